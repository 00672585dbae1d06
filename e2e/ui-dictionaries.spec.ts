import { expect, test, type Page } from "@playwright/test";

/**
 * A page ships the UI texts of English only (the reference every text falls back to) and fetches
 * the reader's language when it is shown (lib/i18n/load.ts): never the other three. What React
 * renders after a switch (the palette, opened only then) is in the new language.
 */

/** Each language's word for "Tags" (`nav.tags`), as it appears in a dictionary chunk. */
const TAGS = { en: "Tags", ja: "タグ", "zh-Hant": "標籤", "zh-Hans": "标签", ko: "태그" } as const;
type Locale = keyof typeof TAGS;
/** Compare what the reader sees (the other languages' spans are hidden by CSS). */
const SEEN = { useInnerText: true };

/**
 * The languages whose dictionary the page downloaded as script, from the script bodies. Scripts are
 * fetched through a route, so every body is read before the page gets it: a response event's body
 * can be gone by the time it is asked for (a CI run lost the Japanese chunk that way).
 */
async function recordDictionaries(page: Page): Promise<{ langs: () => Promise<Locale[]> }> {
  const seen = new Set<Locale>();
  await page.unrouteAll({ behavior: "ignoreErrors" });
  await page.route("**/_next/static/**/*.js", async (route) => {
    try {
      const response = await route.fetch();
      const body = await response.text();
      for (const [locale, word] of Object.entries(TAGS) as [Locale, string][])
        if (
          body.includes(`"nav.tags":"${word}"`) ||
          body.includes(`"nav.tags":${JSON.stringify(word)}`)
        )
          seen.add(locale);
      await route.fulfill({ response, body });
    } catch {
      // The page closed while this script was in flight (the test is over): nothing to serve.
    }
  });
  return { langs: async () => [...seen].sort() };
}

async function hydrated(page: Page) {
  await page.waitForFunction(() => Object.keys(document.body).some((k) => k.startsWith("__react")));
}

test("an English reader's page carries no other language's UI texts", async ({ page }) => {
  const seen = await recordDictionaries(page);
  await page.goto("/");
  await hydrated(page);
  await page.waitForLoadState("networkidle");
  expect(await seen.langs()).toEqual(["en"]);
});

test("a Japanese reader fetches Japanese only; switching to Korean fetches Korean and React renders it", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript(() => {
    if (!localStorage.getItem("shiori.ui-lang")) localStorage.setItem("shiori.ui-lang", "ja");
  });
  const seen = await recordDictionaries(page);
  await page.goto("/");
  await hydrated(page);
  await page.waitForLoadState("networkidle");
  await expect.poll(() => seen.langs()).toEqual(["en", "ja"]);
  await expect(page.locator("h1 [data-l='ja']")).toHaveText("ダッシュボード");
  await expect(page.locator("h1 [data-l='ja']")).toBeVisible();

  await page.getByRole("combobox", { name: "表示言語" }).selectOption("ko");
  await expect(page.locator("h1")).toHaveText("대시보드", SEEN);
  await page.waitForLoadState("networkidle");
  await expect.poll(() => seen.langs()).toEqual(["en", "ja", "ko"]);

  // The palette did not exist before the switch: every text in it comes from the Korean dictionary.
  await page.keyboard.press("Control+k");
  const box = page.getByRole("combobox", { name: "검색" });
  await expect(box).toBeVisible();
  await expect(box).toHaveAttribute("placeholder", /[\uac00-\ud7a3]/);
  await page.keyboard.press("Escape");

  // The choice is kept: the next page is Korean from the first paint and fetches only Korean.
  const next = await recordDictionaries(page);
  await page.reload();
  await hydrated(page);
  await page.waitForLoadState("networkidle");
  await expect(page.locator("h1")).toHaveText("대시보드", SEEN);
  expect(await next.langs()).toEqual(["en", "ko"]);
  expect(errors).toEqual([]);
});

test("when a language's dictionary cannot be fetched, the switch still happens with the server's texts", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  // The Korean dictionary chunk fails (offline, a deploy that removed it): found by its content.
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    try {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes(`"nav.tags":"${TAGS.ko}"`)) await route.abort("internetdisconnected");
      else await route.fulfill({ response, body });
    } catch {
      // The page closed while this script was in flight (the test is over): nothing to serve.
    }
  });
  await page.goto("/");
  await hydrated(page);
  await page.getByRole("combobox", { name: "Interface language" }).selectOption("ko");
  await expect(page.locator("html")).toHaveAttribute("data-ui", "ko");
  await expect(page.locator("h1")).toHaveText("대시보드", SEEN);
  await expect(page.getByRole("combobox", { name: "인터페이스 언어" })).toHaveValue("ko");
  // Text React draws from now on falls back to English rather than to nothing.
  await page.keyboard.press("Control+k");
  await expect(page.getByRole("combobox", { name: /^(Search|검색)$/ })).toBeVisible();
  expect(errors).toEqual([]);
  await page.unrouteAll({ behavior: "ignoreErrors" });
});

test("a stored UI language that is not one is ignored", async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("shiori.ui-lang", '{"lang":"ja"}'));
  await page.goto("/");
  await hydrated(page);
  await expect(page.locator("html")).toHaveAttribute("data-ui", "en");
  await expect(page.locator("h1")).toHaveText("Dashboard", SEEN);
});
