import { expect, test, type Page } from "@playwright/test";

/**
 * The search palette is not part of the first load (components/SearchPaletteLoader.tsx): its code
 * comes on the first Ctrl-K or search-button click, and that first press already opens it. The
 * idle-time prefetch is switched off here so each test really starts without the palette.
 */

async function gotoWithoutPalette(page: Page, url: string) {
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
    window.cancelIdleCallback = () => {};
  });
  await page.goto(url);
  // Hydrated: React has attached itself to the document (only then do key presses reach it).
  await page.waitForFunction(() => Object.keys(document.body).some((k) => k.startsWith("__react")));
  await expect(page.locator('input[type="search"]')).toHaveCount(0);
}

test("the first Ctrl-K loads and opens the palette; Esc closes it and focus goes back", async ({
  page,
}) => {
  await gotoWithoutPalette(page, "/");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await skip.focus();
  await page.keyboard.press("Control+k");
  const box = page.getByRole("combobox", { name: "Search" });
  await expect(box).toBeVisible();
  await expect(box).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(box).toBeHidden();
  await expect(skip).toBeFocused();
  // From now on the palette handles the shortcut itself: it opens again.
  await page.keyboard.press("Control+k");
  await expect(box).toBeVisible();
});

test("the first click on the search button loads and opens the palette", async ({ page }) => {
  await gotoWithoutPalette(page, "/");
  const button = page.locator("header [data-search-open]");
  await button.click();
  const box = page.getByRole("combobox", { name: "Search" });
  await expect(box).toBeVisible();
  await expect(box).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(box).toBeHidden();
  await expect(button).toBeFocused();
});
