import { expect, test, type Page } from "@playwright/test";

/**
 * Reader-first pages (issue #15), in real Chromium against the production build (scripts/e2e.ts):
 * what works without JavaScript, the search palette's shortcut, early index loading, recent
 * searches and focus on arrival, and the three-way theme choice. Texts and items come from the
 * fixture notes (test/fixtures/e2e-notes), which the e2e build adds under notes/e2e/.
 */

/** The fixture's one checklist item (test/fixtures/e2e-notes/xss-script.md). */
const FIXTURE_ITEM = "Make sure scripts in notes never run";
/** A word of the Korean fixture note (test/fixtures/e2e-notes/portal-cjk-tags.md). */
const KOREAN_QUERY = "롤링";

/** Requests for the search index, recorded from page creation. */
function recordIndexRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r) => {
    const p = new URL(r.url()).pathname;
    if (p.startsWith("/_search/")) urls.push(p);
  });
  return urls;
}

const searchBox = (page: Page) => page.getByRole("combobox", { name: "Search" });

/** Presses `/` (outside any text field) until the palette is open: before hydration it does nothing. */
async function openWithSlash(page: Page) {
  const box = searchBox(page);
  await expect(async () => {
    if (await box.isVisible()) return;
    await page.locator("body").press("/");
    await expect(box).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(box).toBeFocused();
  return box;
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("/search says search needs JavaScript and links to all notes", async ({ page }) => {
    await page.goto("/search");
    await expect(page.locator("main")).toContainText(
      "Search needs JavaScript, which is turned off in this browser.",
    );
    const browse = page.locator("main").getByRole("link", { name: "Browse all notes instead" });
    await expect(browse).toHaveAttribute("href", "/all-notes");
    await browse.click();
    await expect(page).toHaveURL(/\/all-notes\/?$/);
  });

  test("/checklist lists the items read-only, with a line that ticks need JavaScript", async ({
    page,
  }) => {
    await page.goto("/checklist");
    const main = page.locator("main");
    await expect(main).toContainText("Ticking items needs JavaScript");
    // The "Loading…" line only scripts would end is in the HTML but never shown.
    await expect(main.locator("[data-checklist-loading] [role=status]")).toBeHidden();
    await expect(main.getByRole("checkbox")).toHaveCount(0);
    const item = main.getByRole("link", { name: FIXTURE_ITEM, exact: true });
    await expect(item).toHaveCount(1);
    await expect(item).toHaveAttribute("href", /^\/notes\/e2e\/xss-script[^#]*#task-/);
    // Its row shows the note's own state (`- [ ]`: open) and sits under an area heading.
    // (`has` is matched inside the row: a locator that starts at <main> would never match.)
    const row = main.locator("li", {
      has: page.getByRole("link", { name: FIXTURE_ITEM, exact: true }),
    });
    await expect(row).toContainText("☐");
    await expect(row).toContainText("not ticked");
    await expect(main.locator("h2").first()).toBeVisible();
  });

  test("the header search control is a link to /search", async ({ page }) => {
    await page.goto("/");
    const search = page.locator("header").getByRole("link", { name: "Search notes" });
    await expect(search).toHaveAttribute("href", "/search");
    await search.click();
    await expect(page).toHaveURL(/\/search\/?$/);
    await expect(page.locator("main")).toContainText("Search needs JavaScript");
  });
});

test("/ opens the palette, and the index starts loading before the first keystroke", async ({
  page,
}) => {
  const index = recordIndexRequests(page);
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  expect(index).toEqual([]);
  const box = await openWithSlash(page);
  await expect(box).toHaveValue("");
  await expect.poll(() => index).toContain("/_search/manifest.json");
  await expect(box).toHaveValue("");

  // `/` typed into the search field is a character, not the shortcut.
  await box.press("/");
  await expect(box).toHaveValue("/");
});

test("pointing at the search button starts loading the index", async ({ page }) => {
  const index = recordIndexRequests(page);
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  expect(index).toEqual([]);
  const button = page.locator("header [data-search-open]");
  // Before hydration the pointer event reaches nobody: move off and on until it is heard.
  await expect(async () => {
    await page.mouse.move(0, 0);
    await button.hover();
    expect(index).toContain("/_search/manifest.json");
  }).toPass({ timeout: 20_000 });
  await expect(searchBox(page)).toBeHidden();
});

test("a search is offered again as a recent search; the result's heading gets focus; recent searches can be cleared", async ({
  page,
}) => {
  await page.goto("/");
  let box = await openWithSlash(page);
  await box.fill(KOREAN_QUERY);
  const options = page.getByRole("listbox", { name: "Search results" }).getByRole("option");
  await expect(options.first()).toBeVisible();
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\?hl=/);
  // Focus moves to where the result is: the #anchor heading, else the page title.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const el = document.activeElement;
        const hash = decodeURIComponent(window.location.hash.slice(1));
        if (!el || el === document.body) return "body";
        return hash ? (el.id === hash ? "target" : `other ${el.tagName}#${el.id}`) : el.tagName;
      }),
    )
    .toMatch(/^(target|H1)$/);
  await expect(page.locator(":focus")).toHaveAttribute("tabindex", "-1");

  box = await openWithSlash(page);
  const recent = page.locator("[data-recent-search]");
  await expect(recent).toHaveText([KOREAN_QUERY]);
  await recent.first().click();
  await expect(box).toHaveValue(KOREAN_QUERY);
  await expect(box).toBeFocused();
  await expect(options.first()).toBeVisible();

  await box.fill("");
  await page.getByRole("button", { name: "Clear recent searches" }).click();
  await expect(recent).toHaveCount(0);
  await page.keyboard.press("Escape");
  await page.reload();
  await openWithSlash(page);
  await expect(page.getByText("Recent searches")).toHaveCount(0);
});

test("garbage in the stored recent searches is ignored", async ({ page }) => {
  await page.addInitScript(() => {
    window.localStorage.setItem("shiori.recent-searches", '{"not":"a list"');
  });
  await page.goto("/");
  const box = await openWithSlash(page);
  await expect(page.locator("[data-recent-search]")).toHaveCount(0);
  await box.fill(KOREAN_QUERY);
  await expect(
    page.getByRole("listbox", { name: "Search results" }).getByRole("option").first(),
  ).toBeVisible();
});

test("the theme can follow the system, and then follows it live", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  const html = page.locator("html");
  const theme = page.getByRole("combobox", { name: "Theme" });
  await expect(theme.locator("option")).toHaveText(["System", "Light", "Dark"]);
  await expect(html).toHaveClass(/\bdark\b/);

  // Choosing light overrides the system (retried until React has hydrated the header).
  await expect(async () => {
    await theme.selectOption("light");
    await expect(html).not.toHaveClass(/\bdark\b/, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  expect(await page.evaluate(() => localStorage.getItem("shiori.theme"))).toBe("light");
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(html).not.toHaveClass(/\bdark\b/);

  // "System" forgets the choice and follows prefers-color-scheme, live.
  await theme.selectOption("system");
  expect(await page.evaluate(() => localStorage.getItem("shiori.theme"))).toBeNull();
  await expect(html).toHaveClass(/\bdark\b/);
  await page.emulateMedia({ colorScheme: "light" });
  await expect(html).not.toHaveClass(/\bdark\b/);
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(html).toHaveClass(/\bdark\b/);

  // It stays "system" after a reload.
  await page.reload();
  await expect(theme).toHaveValue("system");
  await expect(html).toHaveClass(/\bdark\b/);
});
