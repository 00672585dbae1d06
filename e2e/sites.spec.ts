/**
 * Real note folders (test/fixtures/sites: a Jekyll book at the top, a Docusaurus docs folder, a
 * Hugo section with a page bundle, an Obsidian vault and a glossary translated into five
 * languages, built by scripts/e2e-sites.ts): every internal link on every page leads to a page and
 * heading that exist, images load, a reader can switch language and sees backlinks.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { notePageUrl } from "@/lib/content/urls";
import type { ContentModel, Note } from "@/lib/content/types";

const sites = process.env.SHIORI_E2E_CORPUS === "sites";
test.skip(!sites, "needs the note-folder fixtures build (scripts/e2e-sites.ts)");

const model: ContentModel | null = sites
  ? (JSON.parse(
      readFileSync(path.join(process.env.SHIORI_E2E_GENERATED ?? "", "content.json"), "utf8"),
    ) as ContentModel)
  : null;
const SEEN = { useInnerText: true };

const byPath = (p: string): Note => {
  const note = model?.notes.find((n) => n.path === p);
  if (!note) throw new Error(`${p} is not in the sites build`);
  return note;
};

/** Every page of the notes: note pages, chapter pages, folder pages; and the site's own pages. */
function allPages(): string[] {
  if (!model) return [];
  const noteSlugs = new Set(model.notes.map((n) => n.slug as string));
  return [
    "/",
    "/all-notes",
    "/tags",
    "/links",
    "/checklist",
    "/health",
    ...model.folders.filter((f) => !noteSlugs.has(f.slug)).map((f) => notePageUrl(f.slug)),
    ...model.notes.flatMap((n) => [notePageUrl(n.slug), ...n.chapters.map((c) => c.url)]),
  ];
}

/** The internal links of the current page, resolved against it (fragments kept), deduplicated. */
async function internalLinks(page: Page, selector = "a[href]"): Promise<string[]> {
  const hrefs = await page
    .locator(selector)
    .evaluateAll((els) =>
      els.map((a) => (a as HTMLAnchorElement).href).filter((h) => h.startsWith(location.origin)),
    );
  return [...new Set(hrefs.map((h) => h.slice(new URL(h).origin.length)))].filter(
    (h) => !h.startsWith("/_next/"),
  );
}

test("every internal link on every page leads to a page and heading that exist (0 404s)", async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const pages = allPages();
  expect(pages.length).toBeGreaterThan(40);
  const targets = new Map<string, Set<string>>();
  for (const url of pages) {
    const response = await page.goto(url);
    expect(response?.status(), `${url} answers`).toBe(200);
    for (const link of await internalLinks(page)) {
      const [pathPart, fragment] = link.split("#") as [string, string | undefined];
      const set = targets.get(pathPart) ?? new Set<string>();
      if (fragment) set.add(decodeURIComponent(fragment));
      targets.set(pathPart, set);
    }
  }
  const broken: string[] = [];
  for (const [target, fragments] of targets) {
    const status = (await request.get(target)).status();
    if (status !== 200) {
      broken.push(`${target} → ${status}`);
      continue;
    }
    if (fragments.size === 0) continue;
    await page.goto(target);
    for (const id of fragments) {
      if (!(await page.evaluate((i) => document.getElementById(i) !== null, id)))
        broken.push(`${target}#${id} (no such heading)`);
    }
  }
  expect(broken).toEqual([]);
  // The crawl saw the note links of every shape the fixtures use.
  expect([...targets.keys()]).toEqual(
    expect.arrayContaining([
      "/notes/chapters/chapter02",
      "/notes/appendices/appendix-b",
      "/notes/hugo/posts/etcd-backup",
      "/notes/vault/incident-response",
      "/notes/docs/guides/backup",
      "/notes/glossary/ko/autoscaling",
    ]),
  );
});

test("clicking each link in a note's text lands on the page and the heading it names", async ({
  page,
}) => {
  test.setTimeout(240_000);
  let clicked = 0;
  for (const note of model?.notes ?? []) {
    for (const url of [notePageUrl(note.slug), ...note.chapters.map((c) => c.url)]) {
      await page.goto(url);
      const links = await internalLinks(page, "[data-note-body] a[href]:not(.heading-anchor)");
      for (const link of links) {
        await page.goto(url);
        const anchor = page.locator(`[data-note-body] a[href="${link}"]`).first();
        if (!(await anchor.count())) continue; // written percent-encoded in the HTML: covered by the crawl
        await anchor.click();
        const [pathPart, fragment] = link.split("#") as [string, string | undefined];
        await expect(page).toHaveURL(
          (u) => u.pathname === pathPart || decodeURIComponent(u.pathname) === pathPart,
        );
        await expect(page.locator("main h1").first()).toBeVisible();
        if (fragment)
          await expect(page.locator(`[id="${decodeURIComponent(fragment)}"]`)).toBeAttached();
        clicked++;
      }
    }
  }
  // Every fixture note links to others; far fewer would mean links render as text.
  expect(clicked).toBeGreaterThan(60);
});

test("{#id} headings: the id is set, the text is clean, and links from other notes land on it", async ({
  page,
}) => {
  const chapter01 = byPath("chapters/chapter01/index.md");
  await page.goto(notePageUrl(chapter01.slug));
  const heading = page.locator("#flow-index");
  await expect(heading).toHaveText(/^フロー一覧/);
  await expect(page.locator("[data-note-body]")).not.toContainText("{#");
  // chapter02 links to ../chapter01/#flow-index.
  await page.goto(notePageUrl(byPath("chapters/chapter02/index.md").slug));
  await page.locator('[data-note-body] a[href$="#flow-index"]').first().click();
  await expect(page).toHaveURL(/\/notes\/chapters\/chapter01#flow-index$/);
  await expect(page.locator("#flow-index")).toBeInViewport();
});

test("a link to a heading of a long note lands on the chapter page that holds it", async ({
  page,
}) => {
  await page.goto(notePageUrl(byPath("chapters/chapter01/index.md").slug));
  await page.locator('[data-note-body] a[href*="#rollback"]').first().click();
  const chapter03 = byPath("chapters/chapter03/index.md");
  const holder = chapter03.anchors["rollback"];
  expect(holder).toBeTruthy();
  await expect(page).toHaveURL(new RegExp(`${notePageUrl(chapter03.slug, holder)}#rollback$`));
  await expect(page.locator("#rollback")).toBeVisible();
});

test("images next to notes load, with their size", async ({ page }) => {
  for (const [file, alt] of [
    ["chapters/chapter01/index.md", "アーキテクチャ図"],
    ["chapters/chapter02/index.md", null],
    ["hugo/posts/etcd-backup/index.md", null],
    ["vault/daily/2026-01-05.md", null],
  ] as const) {
    await page.goto(notePageUrl(byPath(file).slug));
    const images = page.locator("[data-note-body] img");
    expect(await images.count(), `${file} shows an image`).toBeGreaterThan(0);
    for (const img of await images.all()) {
      await img.scrollIntoViewIfNeeded();
      await expect
        .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0))
        .toBe(true);
      expect(await img.getAttribute("src")).toMatch(/^\/_media\/[0-9a-f]{16}\//);
      expect(Number(await img.getAttribute("width"))).toBeGreaterThan(0);
    }
    if (alt)
      await expect(page.locator(`[data-note-body] img[alt="${alt}"]`)).toHaveAttribute(
        "width",
        "320",
      );
  }
});

test("a broken link and a missing image are text, not links to a 404", async ({ page }) => {
  await page.goto(notePageUrl(byPath("chapters/chapter02/index.md").slug));
  const broken = page.locator("[data-note-body] .broken-link");
  await expect(broken.filter({ hasText: "第9章" })).toHaveCount(1);
  await expect(broken.filter({ hasText: "missing.png" })).toHaveCount(1);
  await expect(page.locator('[data-note-body] a[href*="chapter09"]')).toHaveCount(0);
});

test("switching language on a translated note, with hreflang alternates", async ({ page }) => {
  const ja = byPath("glossary/ja/autoscaling.md");
  await page.goto(notePageUrl(ja.slug));
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  const switcher = page.locator("[data-translations]");
  await expect(switcher).toContainText("한국어");
  await expect(switcher).toContainText("简体中文");
  await expect(switcher).toContainText("繁體中文");
  expect(await page.locator('head link[rel="alternate"][hreflang]').count()).toBe(5);
  await switcher.getByRole("link", { name: "한국어" }).click();
  await expect(page).toHaveURL(/\/notes\/glossary\/ko\/autoscaling$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  // The file missing in zh-tw: its versions offer the four others only.
  await page.goto(notePageUrl(byPath("glossary/ja/backup.md").slug));
  await expect(page.locator("[data-translations] a")).toHaveCount(3);
  await expect(page.locator("[data-translations]")).not.toContainText("繁體中文");
  // `name.ko.md` and translationKey pairs are linked the same way.
  await page.goto(notePageUrl(byPath("runbooks/oncall.md").slug));
  await expect(page.locator("[data-translations] a")).toHaveCount(2);
  await page.goto(notePageUrl(byPath("reliability/slo-nyumon.md").slug));
  await page.locator("[data-translations]").getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/notes\/reliability\/service-level-objectives$/);
});

test("backlinks: a page shows the notes that link to it, in the UI language", async ({ page }) => {
  await page.goto(notePageUrl(byPath("chapters/chapter02/index.md").slug));
  const backlinks = page.locator("[data-backlinks]");
  await expect(backlinks.locator("h2")).toHaveText(/Linked from/, SEEN);
  await expect(backlinks).toContainText(byPath("chapters/chapter01/index.md").title);
  await backlinks.getByRole("link", { name: byPath("chapters/chapter01/index.md").title }).click();
  await expect(page).toHaveURL(/\/notes\/chapters\/chapter01$/);
  // In Japanese UI the heading is Japanese.
  await page.evaluate(() => localStorage.setItem("shiori.ui-lang", "ja"));
  await page.goto(notePageUrl(byPath("chapters/chapter02/index.md").slug));
  await expect(page.locator("[data-backlinks] h2")).toHaveText(/このページへのリンク/, SEEN);
});

test("folders are structure: folder pages list their notes in nav_order, the sidebar groups by folder", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/notes/chapters");
  const rows = page.locator("main [data-folder-contents] li a");
  await expect(rows).toHaveText(
    [1, 2, 3].map((n) => byPath(`chapters/chapter0${n}/index.md`).title),
    SEEN,
  );
  const sidebar = page.locator("[data-sidebar]");
  await expect(sidebar.getByRole("link", { name: "chapters", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await page.goto(notePageUrl(byPath("docs/guides/backup.md").slug));
  // The Docusaurus _category_.json label names the folder.
  await expect(sidebar.getByRole("link", { name: "運用ガイド", exact: true })).toBeVisible();
  // A Jekyll _includes/ note is not published.
  expect((await page.request.get("/notes/_includes/snippet")).status()).toBe(404);
  expect(model?.notes.some((n) => n.path.startsWith("_includes/"))).toBe(false);
});

test("team readiness profiles in the static export: picked on the checklist, beside items on note pages, compared on the dashboard", async ({
  page,
}) => {
  await page.goto("/checklist");
  const picker = page.locator("[data-profile-picker]");
  await expect(picker.locator("option")).toHaveText([
    "My study (this browser)",
    "payments-api",
    "prod-tokyo (東京)",
  ]);
  // Until a profile is picked the page is the reader's own checklist, as before.
  await expect(page.locator("input[data-item-id]").first()).toBeVisible();
  await picker.selectOption("prod-tokyo");
  const board = page.locator('[data-profile-board="prod-tokyo"]');
  await expect(board).toBeVisible();
  const slo = board.locator(
    '[data-profile-item="reliability/service-level-objectives--mJxlVfNXix"]',
  );
  await expect(slo.locator("[data-state]").first()).toHaveAttribute("data-state", "done");
  await expect(slo.locator('[data-decision="owner"]')).toHaveText("@alice");
  const secrets = board.locator('[data-profile-item="appendices/appendix-b--i987odc0jA"]');
  await expect(secrets.locator("[data-state]").first()).toHaveAttribute(
    "data-state",
    "not-applicable",
  );
  await expect(secrets.locator('[data-decision="reason"]')).toContainText("External Secrets");
  // The entry whose item is gone is listed, with its file and line.
  const missing = page.locator("[data-profile-missing]");
  await expect(missing).toContainText("当番表を Google カレンダーに登録した");
  await expect(missing).toContainText("prod-tokyo.yaml:27");
  await expect(board.locator("[data-profile-counts]")).toContainText("2 done");

  // The pick is remembered: the on-call runbook shows the profile's decisions, read-only.
  await page.goto(notePageUrl("runbooks/oncall"));
  await expect(page.locator('[data-task-id="runbooks/oncall--dJkDAbxM1j"]')).toBeDisabled();
  await expect(page.locator('[data-task-id="runbooks/oncall--dJkDAbxM1j"]')).toBeChecked();
  await expect(page.locator('[data-profile-badge="done"]')).toHaveText("Done · 2026-11-20");
  await expect(page.locator('[data-profile-badge="none"]')).toHaveCount(2);

  // The dashboard compares both profiles per area, as committed.
  await page.goto("/");
  const table = page.locator("[data-readiness-comparison] table");
  await expect(table.locator("[data-profile-column]")).toHaveText([
    "payments-api",
    "prod-tokyo (東京)",
  ]);
  await expect(table.locator('[data-area-row="all"] td').nth(1)).toHaveAttribute(
    "data-cell-done",
    "2",
  );
});
