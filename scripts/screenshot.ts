/**
 * Takes screenshots of pages of a running site, for looking at what was built:
 *   npx tsx scripts/screenshot.ts <url> <out.png> [--phone] [--dark] [--full] [--ui en|ja|zh-Hant|zh-Hans|ko]
 */
import { chromium } from "playwright-core";
import { LOCALE_STORAGE_KEY, UI_LOCALES } from "@/lib/i18n/locales";
import { CHROMIUM_ARGS, findChromium } from "./chromium";
import { oneOf, parseArgv } from "./cli";

const { values, positionals } = parseArgv({
  command: "screenshot",
  usage: `Usage: npx tsx scripts/screenshot.ts <url> <out.png> [--phone] [--dark] [--full] [--ui ${UI_LOCALES.join("|")}]
  --phone   390×844, touch    --dark   dark colour scheme    --full   the whole page, not the viewport
  --ui L    the reader's UI language, as the locale picker stores it`,
  options: {
    phone: { type: "boolean" },
    dark: { type: "boolean" },
    full: { type: "boolean" },
    ui: { type: "string", parse: oneOf(UI_LOCALES) },
  },
  positionals: [
    { name: "url", required: true },
    { name: "out.png", required: true },
  ],
});
const [url, out] = positionals;
const { phone, ui } = values;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const context = await browser.newContext({
  viewport: phone ? { width: 390, height: 844 } : { width: 1366, height: 900 },
  deviceScaleFactor: 1,
  colorScheme: values.dark ? "dark" : "light",
  isMobile: phone,
  hasTouch: phone,
});
if (ui) {
  // The reader's UI language, as the locale picker stores it.
  await context.addInitScript(([key, locale]) => localStorage.setItem(key, locale), [
    LOCALE_STORAGE_KEY,
    ui,
  ] as const);
}
const page = await context.newPage();
await page.goto(url, { waitUntil: "networkidle" });
// Data the page fetches after hydration (the checklist items) may still be on its way.
await page
  .locator("[data-checklist-loading]")
  .waitFor({ state: "detached", timeout: 15_000 })
  .catch(() => console.warn("screenshot: the page was still loading its data"));
await page.screenshot({ path: out, fullPage: values.full });
await browser.close();
console.log(out);
