import { expect, test, type Page } from "@playwright/test";

/**
 * A reader on a slow connection may pick a theme or a UI language before the page's scripts have
 * run. The pick must not be lost: the head script records it, and the picker applies it once
 * React has hydrated (lib/client/early-choice.ts). The scripts are held back here until the pick
 * is made, so the test sees the slow case every time, not only when the machine is busy.
 */

/** Holds every Next script until `release()` is called. */
async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/**/*.js", async (route) => {
    await released;
    try {
      await route.continue();
    } catch {
      // The page closed first: nothing to serve.
    }
  });
  return release;
}

const hydrated = (page: Page) =>
  page.waitForFunction(() => Object.keys(document.body).some((k) => k.startsWith("__react")));

test("a theme picked before the scripts ran is applied and kept", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  const release = await holdScripts(page);
  await page.goto("/", { waitUntil: "domcontentloaded" });
  const theme = page.locator("select[data-theme-toggle]");
  await theme.selectOption("dark");
  expect(
    await page.evaluate(() => Object.keys(document.body).some((k) => k.startsWith("__react"))),
  ).toBe(false);
  release();
  await hydrated(page);
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expect(theme).toHaveValue("dark");
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.unrouteAll({ behavior: "ignoreErrors" });
});

test("a UI language picked before the scripts ran is applied and kept", async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto("/", { waitUntil: "domcontentloaded" });
  const picker = page.locator('select[data-early="locale"]');
  await picker.selectOption("ko");
  release();
  await hydrated(page);
  await expect(page.locator("html")).toHaveAttribute("data-ui", "ko");
  await expect(page.locator("h1")).toHaveText("대시보드", { useInnerText: true });
  await expect(picker).toHaveValue("ko");
  await page.unrouteAll({ behavior: "ignoreErrors" });
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-ui", "ko");
});

test("a pick after hydration is React's alone (the early record is taken)", async ({ page }) => {
  await page.goto("/");
  await hydrated(page);
  await page.locator('select[data-early="locale"]').selectOption("ja");
  await expect(page.locator("html")).toHaveAttribute("data-ui", "ja");
  expect(
    await page.evaluate(
      () => (window as unknown as { __shioriEarly?: Record<string, unknown> }).__shioriEarly,
    ),
  ).toEqual({ theme: null, locale: null });
});
