import { expect, test, type Page } from "@playwright/test";

const NOTES = {
  "cloud-native-devops-study-log": { lang: "ja", chapters: 15 },
  "k8s-design-link-index": { lang: "ja", chapters: 0 },
  "keep-learning-k8s": { lang: "ko", chapters: 8 },
  "kubernetes-first-steps": { lang: "ja", chapters: 6 },
  "weekly-08": { lang: "zh-Hant", chapters: 0 },
} as const;

async function trapScripts(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    Object.defineProperty(window, "__pwned", {
      configurable: false,
      set(v: unknown) {
        (window as unknown as { __pwnedHits: unknown[] }).__pwnedHits ??= [];
        (window as unknown as { __pwnedHits: unknown[] }).__pwnedHits.push(v);
      },
      get() {
        return undefined;
      },
    });
  });
  return dialogs;
}

test("every note and every chapter page is reachable by clicking from /", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  for (const [slug, expected] of Object.entries(NOTES)) {
    // Through the sidebar's "All notes" index, which lists every note however many there are.
    await page.goto("/");
    await page.locator("nav[data-sidebar] a[data-all-notes]").click();
    await expect(page).toHaveURL(/\/all-notes$/);
    await page.locator(`main [data-all-notes-list] a[href="/notes/${slug}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/notes/${slug}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", expected.lang);
    if (expected.chapters === 0) {
      await expect(
        page.locator("article[data-note-body] h1, article[data-note-body] h2").first(),
      ).toBeVisible();
      continue;
    }
    // Walk the chapters with the Next links, starting from the first in the chapter list.
    const first = page.locator('section[aria-labelledby="chapters-heading"] a').first();
    await first.click();
    let visited = 1;
    await expect(page.locator("article[data-note-body]")).toBeVisible();
    while (visited < expected.chapters) {
      const next = page.locator('a[rel="next"]');
      const href = await next.getAttribute("href");
      await next.click();
      // Wait for the navigation itself: the old page's article is visible too.
      await expect(page).toHaveURL(new RegExp(`${href}$`));
      await expect(page.locator("article[data-note-body]")).toBeVisible();
      visited++;
    }
    await expect(page.locator('a[rel="next"]')).toHaveCount(0);
    expect(visited).toBe(expected.chapters);
  }
});

test("in-note anchor links land on their headings, also across chapter pages", async ({ page }) => {
  // Seed 000's TOC links to CJK headings, written with different case.
  await page.goto("/notes/k8s-design-link-index");
  const tocLinks = page.locator("article[data-note-body] a[href^='#']:not(.heading-anchor)");
  const count = await tocLinks.count();
  expect(count).toBe(7);
  for (let i = 0; i < count; i++) {
    const href = await tocLinks.nth(i).getAttribute("href");
    expect(href).toBeTruthy();
    const id = decodeURIComponent(href!.slice(1));
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  }
  await page.getByRole("link", { name: "Kubernetesアンチパターン" }).first().click();
  await expect(page).toHaveURL(/#kubernetes%E3%82%A2%E3%83%B3%E3%83%81|#kubernetesアンチ/);
  await expect(page.locator('[id="kubernetesアンチパターン"]')).toBeInViewport();

  // Seed 002 (Chinese) TOC anchors.
  await page.goto("/notes/weekly-08");
  await page
    .locator(
      "article[data-note-body] a[href='#kubernetes-原来-k8s-pod也有生命周期']:not(.heading-anchor)",
    )
    .click();
  await expect(page.locator('[id="kubernetes-原来-k8s-pod也有生命周期"]')).toBeInViewport();

  // Seed 004's own TOC is in the overview; its links go to the talk pages.
  await page.goto("/notes/keep-learning-k8s");
  const cross = page
    .locator("article[data-note-body] a[href*='/notes/keep-learning-k8s/']:not(.heading-anchor)")
    .first();
  const target = await cross.getAttribute("href");
  expect(target).toMatch(/^\/notes\/keep-learning-k8s\/[a-z0-9-]+#.+/);
  await cross.click();
  const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`[id="${hash}"]`)).toBeInViewport();
});

test("every in-note anchor link on every seed page resolves to a heading", async ({ page }) => {
  test.setTimeout(180_000);
  const pages: string[] = [];
  for (const [slug, expected] of Object.entries(NOTES)) {
    pages.push(`/notes/${slug}`);
    if (expected.chapters === 0) continue;
    await page.goto(`/notes/${slug}`);
    const hrefs = await page
      .locator('section[aria-labelledby="chapters-heading"] a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    pages.push(...new Set(hrefs));
  }
  const checked = new Map<string, boolean>();
  let links = 0;
  for (const path of pages) {
    await page.goto(path);
    const targets = await page
      .locator("article[data-note-body] a[href*='#']:not(.heading-anchor)")
      .evaluateAll((as) =>
        as
          .map((a) => a as HTMLAnchorElement)
          .filter((a) => a.origin === location.origin)
          .map((a) => ({ path: a.pathname, id: decodeURIComponent(a.hash.slice(1)) })),
      );
    for (const t of targets) {
      links++;
      const key = `${t.path}#${t.id}`;
      if (checked.has(key)) continue;
      if (t.path !== new URL(page.url()).pathname) {
        const other = await page.context().newPage();
        await other.goto(t.path);
        checked.set(key, (await other.locator(`[id="${t.id}"]`).count()) === 1);
        await other.close();
      } else {
        checked.set(key, (await page.locator(`[id="${t.id}"]`).count()) === 1);
      }
    }
  }
  expect(links).toBeGreaterThanOrEqual(25);
  expect([...checked].filter(([, ok]) => !ok).map(([k]) => k)).toEqual([]);
});

test("Qiita-style code fences show their file name", async ({ page }) => {
  await page.goto("/notes/cloud-native-devops-study-log/chapter-4");
  await expect(page.locator("figure.code-block figcaption").first()).toBeVisible();
  await expect(page.locator("figure.code-block .code-copy").first()).toHaveText("Copy", {
    useInnerText: true,
  });
});

test("the note body's own labels are in the reader's language before any script runs", async ({
  page,
}) => {
  // Only the inline <head> script runs: the renderer's labels must not need hydration.
  await page.route(/\/_next\/static\/.*\.js(\?|$)/, (route) => route.abort());
  await page.addInitScript(() => localStorage.setItem("shiori.ui-lang", "ko"));
  await page.goto("/notes/cloud-native-devops-study-log/chapter-4");
  const copy = page.locator("figure.code-block .code-copy").first();
  await expect(copy).toHaveText("복사", { useInnerText: true });
  await expect(copy).toHaveAccessibleName("복사");
  const anchor = page.locator("article[data-note-body] a.heading-anchor").first();
  await expect(anchor).toHaveAttribute("aria-label", /^이 섹션으로 연결되는 링크: /);
  const external = page.locator("article[data-note-body] a.external").first();
  // The name ends with the CSS arrow (↗) after the hidden text.
  await expect(external).toHaveAccessibleName(/\(새 탭에서 열림\)/);
  await expect(external).not.toHaveAccessibleName(/opens in a new tab|新しいタブ/);
  await expect(page.locator("figure.code-block pre[aria-label]").first()).toHaveAttribute(
    "aria-label",
    /코드$/,
  );
});

test("a <script> in a note does not run", async ({ page }) => {
  const dialogs = await trapScripts(page);
  await page.goto("/notes/e2e/xss-script");
  await expect(page.getByRole("heading", { name: "XSS fixture: script in a note" })).toBeVisible();
  await page
    .getByText("click me")
    .click()
    .catch(() => undefined);
  const hits = await page.evaluate(
    () => (window as unknown as { __pwnedHits?: unknown[] }).__pwnedHits ?? [],
  );
  expect(hits).toEqual([]);
  expect(dialogs).toEqual([]);
  await expect(page.locator("article[data-note-body] script")).toHaveCount(0);
});
