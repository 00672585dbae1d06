// Screenshots of search (palette, /search page, highlight on arrival) at desktop and phone widths,
// light and dark, from the last test/search/tools/e2e.ts build. Writes /tmp/search-shots/*.png.
import type { AddressInfo } from "node:net";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "@/scripts/chromium";
import { createStaticServer } from "@/scripts/serve-static";

const server = createStaticServer(path.resolve(".build/search-e2e/site"));
await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const out = "/tmp/search-shots";
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const scheme of ["light", "dark"] as const) {
  for (const [name, width, height] of [
    ["desktop", 1280, 800],
    ["phone", 390, 844],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
    await page.goto(`${base}/`);
    await page.waitForTimeout(800);
    await page.keyboard.press("Control+k");
    await page.getByRole("combobox", { name: "Search" }).fill("障害");
    await page
      .getByRole("listbox", { name: "Search results" })
      .getByRole("option")
      .first()
      .waitFor();
    await page.keyboard.press("ArrowDown");
    await page.screenshot({ path: `${out}/palette-${name}-${scheme}.png` });
    await page.getByRole("combobox", { name: "Search" }).fill("백업 監控");
    await page.waitForTimeout(300);
    await page.getByRole("combobox", { name: "Search" }).fill("etcd");
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/palette-etcd-${name}-${scheme}.png` });
    await page.goto(`${base}/search?q=${encodeURIComponent("監控")}`);
    await page.locator("main ol > li").first().waitFor();
    await page.screenshot({ path: `${out}/page-${name}-${scheme}.png`, fullPage: false });
    await page.goto(`${base}/search?q=${encodeURIComponent("障害対応手順")}`);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${out}/none-${name}-${scheme}.png` });
    await page.goto(`${base}/search?q=${encodeURIComponent("ﾊﾞｯｸｱｯﾌﾟ")}`);
    await page.locator("main ol > li a").first().click();
    await page.locator("mark[data-search-hit]").first().waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${out}/arrival-${name}-${scheme}.png` });
    await page.close();
  }
}
await browser.close();
server.close();
console.log("ok");
