// Screenshots of the palette and /search in a UI language (default ja and ko), desktop and phone,
// light and dark, from the last e2e build (.build/e2e/site). Writes /tmp/search-i18n/*.png.
//   npx tsx test/search/tools/screens-i18n.ts [ja,ko]
import type { AddressInfo } from "node:net";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "@/scripts/chromium";
import { createStaticServer } from "@/scripts/serve-static";

const locales = (process.argv[2] ?? "ja,ko").split(",");
const QUERY: Record<string, string> = {
  ja: "障害",
  ko: "자원을",
  "zh-Hant": "資料庫",
  "zh-Hans": "数据库",
  en: "etcd",
};
const server = createStaticServer(path.resolve(".build/e2e/site"));
await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const out = "/tmp/search-i18n";
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const locale of locales) {
  for (const scheme of ["light", "dark"] as const) {
    for (const [name, width, height] of [
      ["desktop", 1280, 800],
      ["phone", 390, 844],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
      await page.addInitScript((l) => localStorage.setItem("shiori.ui-lang", l), locale);
      await page.goto(`${base}/`);
      await page.waitForLoadState("networkidle");
      await page.keyboard.press("Control+k");
      const box = page.locator("dialog[open] input[type=search]");
      await box.waitFor();
      await box.fill(QUERY[locale] ?? "etcd");
      await page.locator("dialog[open] [role=option]").first().waitFor();
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${out}/${locale}-palette-${name}-${scheme}.png` });
      await box.fill("障害 zzzzqx");
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${out}/${locale}-palette-none-${name}-${scheme}.png` });
      await page.goto(`${base}/search?q=${encodeURIComponent(QUERY[locale] ?? "etcd")}`);
      await page.locator("main ol > li").first().waitFor();
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${out}/${locale}-page-${name}-${scheme}.png` });
      await page.goto(`${base}/search?q=${encodeURIComponent("障害")}&lang=zh-Hant`);
      await page.waitForTimeout(800);
      await page.screenshot({ path: `${out}/${locale}-page-none-${name}-${scheme}.png` });
      await page.goto(`${base}/search`);
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${out}/${locale}-page-idle-${name}-${scheme}.png` });
      await page.close();
    }
  }
}
await browser.close();
server.close();
console.log(`screenshots in ${out}`);
