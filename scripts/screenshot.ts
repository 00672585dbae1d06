/**
 * Takes screenshots of pages of a running site, for looking at what was built:
 *   npx tsx scripts/screenshot.ts <url> <out.png> [--phone] [--dark] [--full] [--ui ja|ko|zh-Hant|zh-Hans|en]
 */
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "./chromium";

const [url, out, ...flags] = process.argv.slice(2);
if (!url || !out) {
  console.error("usage: screenshot.ts <url> <out.png> [--phone] [--dark] [--full] [--ui LOCALE]");
  process.exit(2);
}
const phone = flags.includes("--phone");
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const context = await browser.newContext({
  viewport: phone ? { width: 390, height: 844 } : { width: 1366, height: 900 },
  deviceScaleFactor: 1,
  colorScheme: flags.includes("--dark") ? "dark" : "light",
  isMobile: phone,
  hasTouch: phone,
});
const ui = flags.includes("--ui") ? flags[flags.indexOf("--ui") + 1] : undefined;
if (ui) {
  // The reader's UI language, as the locale picker stores it.
  await context.addInitScript((locale) => localStorage.setItem("shiori.ui-lang", locale), ui);
}
const page = await context.newPage();
await page.goto(url, { waitUntil: "networkidle" });
// Data the page fetches after hydration (the checklist items) may still be on its way.
await page
  .locator("[data-checklist-loading]")
  .waitFor({ state: "detached", timeout: 15_000 })
  .catch(() => console.warn("screenshot: the page was still loading its data"));
await page.screenshot({ path: out, fullPage: flags.includes("--full") });
await browser.close();
console.log(out);
