import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { LANGS, type ContentModel, type Note } from "@/lib/content/types";
import { contentsOf, UNCLASSIFIED } from "@/lib/portal/categories";
import { linkCatalog } from "@/lib/portal/links";
import { notePageUrl } from "@/lib/content/urls";
import { allNotesList, catalogEntries, categoryPageCount } from "@/lib/portal/lists";
import { PAGE_SIZE } from "@/lib/portal/paginate";
import { collectTags, tagHref } from "@/lib/portal/tags";

/**
 * The portal as a reader uses it, in real Chromium against the production build: everything is
 * reached from / by clicking, the UI language and theme are switched and kept, the phone drawer
 * navigates. Expected titles and counts come from the content model the build used.
 */

const model = JSON.parse(
  readFileSync(
    path.join(process.env.SHIORI_E2E_GENERATED ?? ".build/e2e/generated", "content.json"),
    "utf8",
  ),
) as ContentModel;

/** Compare the text a reader sees: UI strings are in the HTML once per UI language (CSS shows one). */
const SEEN = { useInnerText: true };
const main = (page: Page) => page.locator("main");
const h1 = (page: Page) => main(page).locator("h1").first();
const noteBySlug = (slug: string): Note => {
  const note = model.notes.find((n) => n.slug === slug);
  if (!note) throw new Error(`note ${slug} is not in the e2e content`);
  return note;
};

test.describe("reach everything from / by clicking", () => {
  test("every area and every subcategory, and the unclassified view", async ({ page }) => {
    await page.goto("/");
    for (const area of model.taxonomy.areas) {
      await page.locator(`[data-area-card="${area.id}"] h3 a`).click();
      await expect(page).toHaveURL(new RegExp(`/categories/${area.id}$`));
      await expect(h1(page)).toHaveText(area.labels.en, SEEN);
      for (const sub of area.children) {
        await main(page)
          .locator("#subcategories ~ ul")
          .getByRole("link", { name: sub.labels.en, exact: true })
          .click();
        await expect(page).toHaveURL(new RegExp(`/categories/${sub.id}$`));
        await expect(h1(page)).toHaveText(sub.labels.en, SEEN);
        // Back up one level with the breadcrumb.
        await page
          .getByRole("navigation", { name: "Breadcrumb" })
          .getByRole("link", { name: area.labels.en })
          .click();
        await expect(page).toHaveURL(new RegExp(`/categories/${area.id}$`));
      }
      await page
        .getByRole("navigation", { name: "Breadcrumb" })
        .getByRole("link", { name: "Home" })
        .click();
      await expect(page).toHaveURL(/\/$/);
    }
    await page.locator('[data-area-card="unclassified"] h3 a').click();
    await expect(page).toHaveURL(/\/categories\/unclassified$/);
    await expect(h1(page)).toHaveText("Unclassified", SEEN);
  });

  for (const note of model.notes) {
    test(`note ${note.slug} and each of its chapters`, async ({ page }) => {
      await page.goto("/");
      await main(page)
        .locator("#notes-heading ~ ul")
        .locator(`a[href="/notes/${note.slug}"]`)
        .click();
      await expect(page).toHaveURL(new RegExp(`/notes/${note.slug}$`));
      await expect(h1(page)).toHaveText(note.title, SEEN);
      await expect(page.locator("html")).toHaveAttribute("lang", note.lang);
      const list = page.locator("[data-chapter-list]");
      for (const chapter of note.chapters) {
        await list.locator(`a[href="/notes/${note.slug}/${chapter.slug}"]`).click();
        await expect(page).toHaveURL(new RegExp(`/notes/${note.slug}/${chapter.slug}$`));
        await expect(main(page).locator("h1", { hasText: chapter.title }).first()).toBeVisible();
        await page
          .getByRole("navigation", { name: "Breadcrumb" })
          .locator(`a[href="/notes/${note.slug}"]`)
          .click();
        await expect(page).toHaveURL(new RegExp(`/notes/${note.slug}$`));
      }
    });
  }

  test("every note through the sidebar's All notes index, filtered by language and date", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto("/");
    const sidebar = page.locator("nav[data-sidebar]");
    await expect(sidebar.locator("a[data-all-notes]")).toContainText(`(${model.notes.length})`);
    await sidebar.locator("a[data-all-notes]").click();
    await expect(page).toHaveURL(/\/all-notes$/);
    await expect(h1(page)).toHaveText("All notes", SEEN);
    await expect(sidebar.locator("a[data-all-notes]")).toHaveAttribute("aria-current", "page");
    // Walk every page of the index with "Next page" and collect the notes it lists.
    const seen: string[] = [];
    for (;;) {
      const hrefs = await main(page)
        .locator("[data-all-notes-list] a")
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      seen.push(...hrefs);
      const next = page.getByRole("navigation", { name: "Pages" }).locator('a[rel="next"]');
      if ((await next.count()) === 0) break;
      const href = await next.getAttribute("href");
      await next.click();
      await expect(page).toHaveURL(new RegExp(`${href}$`));
    }
    // Folder by folder, in reading order (as the sidebar lists them).
    expect(seen).toEqual(
      allNotesList(model, { lang: null, sort: null }).map((n) => notePageUrl(n.slug)),
    );

    const filters = page.locator("[data-note-filters]");
    await filters.getByRole("link", { name: "Korean", exact: true }).click();
    await expect(page).toHaveURL(/\/all-notes\/lang\/ko$/);
    const ko = model.notes.filter((n) => n.lang === "ko");
    await expect(main(page).locator("[data-all-notes-list] > li")).toHaveCount(ko.length);
    await expect(filters.getByRole("link", { name: "Korean", exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await filters.getByRole("link", { name: "All", exact: true }).click();
    await filters.getByRole("link", { name: "Newest first", exact: true }).click();
    await expect(page).toHaveURL(/\/all-notes\/sort\/newest$/);
    const dated = model.notes.filter((n) => n.date).sort((a, b) => b.date!.localeCompare(a.date!));
    await expect(main(page).locator("[data-all-notes-list] > li a").first()).toHaveAttribute(
      "href",
      `/notes/${dated[0]!.slug}`,
    );

    // From the index to a note: the sidebar opens that note and marks it.
    const note = model.notes.find((n) => n.chapters.length > 1)!;
    await page.goto("/all-notes");
    await main(page).locator(`[data-all-notes-list] a[href="/notes/${note.slug}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/notes/${note.slug}$`));
    await expect(sidebar.locator(`a[href="/notes/${note.slug}"]`)).toHaveAttribute(
      "aria-current",
      "page",
    );
    await sidebar.locator(`a[href="${note.chapters[1]!.url}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${note.chapters[1]!.url}$`));
    await expect(sidebar.locator(`a[href="${note.chapters[1]!.url}"]`)).toHaveAttribute(
      "aria-current",
      "page",
    );
  });

  test("a category page lists everything, over numbered pages when long", async ({ page }) => {
    const targets = [
      ...model.taxonomy.areas.flatMap((a) => [a, ...a.children]).map((c) => c.id as string),
      UNCLASSIFIED,
    ];
    const counted = targets.map((t) => ({
      target: t,
      contents: contentsOf(model, t as never),
    }));
    const long = counted.sort(
      (a, b) => categoryPageCount(b.contents) - categoryPageCount(a.contents),
    )[0]!;
    const pages = categoryPageCount(long.contents);
    await page.goto(`/categories/${long.target}`);
    const pager = page.getByRole("navigation", { name: "Pages" });
    if (pages > 1)
      await expect(pager.locator('[aria-current="page"]')).toHaveAttribute("data-page", "1");
    // One page: no pager, and no page 2 to land on.
    else await expect(pager).toHaveCount(0);
    const rows = { links: 0, items: 0, chapters: 0, notes: 0 };
    for (let n = 1; n <= pages; n++) {
      if (n > 1) {
        await pager.getByRole("link", { name: `Page ${n}`, exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`/categories/${long.target}/page/${n}$`));
        await expect(pager.locator('[aria-current="page"]')).toHaveAttribute(
          "data-page",
          String(n),
        );
      }
      rows.links += await main(page).locator("[data-section=links] [data-link-row]").count();
      rows.items += await main(page).locator("[data-item-row]").count();
      rows.chapters += await main(page).locator("[data-chapter-row]").count();
      rows.notes += await main(page).locator("[data-note-row]").count();
      for (const kind of ["links", "items"] as const)
        expect(
          await main(page)
            .locator(`[data-section=${kind}] li[data-${kind === "links" ? "link" : "item"}-row]`)
            .count(),
        ).toBeLessThanOrEqual(PAGE_SIZE);
    }
    expect(rows).toEqual({
      links: long.contents.links.length,
      items: long.contents.items.length,
      chapters: long.contents.chapters.length,
      notes: long.contents.notes.length,
    });
    await expect(page.locator('a[rel="next"]')).toHaveCount(0);
    const after = await page.request.get(`/categories/${long.target}/page/${pages + 1}`);
    expect(after.status()).toBe(404);
  });

  test("every tag, merged across case and width, and the link catalog", async ({ page }) => {
    const tags = collectTags(model.notes);
    expect(tags.length).toBeGreaterThan(0);
    await page.goto("/");
    await page
      .getByRole("navigation", { name: "Site" })
      .getByRole("link", { name: "Tags" })
      .click();
    await expect(page).toHaveURL(/\/tags$/);
    await expect(main(page).locator("[data-tag]")).toHaveCount(tags.length);
    for (const tag of tags) {
      const chip = main(page).locator(`[data-tag="${tag.key}"]`);
      await expect(chip).toContainText(String(tag.notes.length));
      await chip.click();
      await expect(page).toHaveURL(new RegExp(`${tagHref(tag.slug)}$`));
      await expect(h1(page)).toHaveText(`#${tag.label}`, SEEN);
      await expect(main(page).locator("ul li a[href^='/notes/']")).toHaveCount(tag.notes.length);
      await page
        .getByRole("navigation", { name: "Breadcrumb" })
        .getByRole("link", { name: "Tags" })
        .click();
      await expect(page).toHaveURL(/\/tags$/);
    }
    await page
      .getByRole("navigation", { name: "Site" })
      .getByRole("link", { name: "Link catalog" })
      .click();
    await expect(page).toHaveURL(/\/links$/);
    await expect(h1(page)).toHaveText("Link catalog", SEEN);
  });
});

test("Kubernetes, kubernetes and Ｋｕｂｅｒｎｅｔｅｓ are one tag; CJK tag pages load from the static export", async ({
  page,
}) => {
  const tags = collectTags(model.notes);
  const k8s = tags.find((t) => t.key === "kubernetes");
  expect(k8s?.variants).toEqual(
    expect.arrayContaining(["Kubernetes", "kubernetes", "Ｋｕｂｅｒｎｅｔｅｓ"]),
  );
  await page.goto("/tags");
  await main(page).locator('[data-tag="kubernetes"]').click();
  await expect(main(page).locator("[data-variant]")).toHaveText(k8s!.variants, SEEN);

  for (const label of ["운영", "運用", "監控", "监控"]) {
    await page.goto("/tags");
    await main(page).locator(`[data-tag="${label}"]`).click();
    await expect(page).toHaveURL(`/tags/${encodeURIComponent(label)}`);
    await expect(h1(page)).toHaveText(`#${label}`, SEEN);
    // The same page by a typed (not encoded) address, as a fresh load from the static server.
    const response = await page.goto(`/tags/${label}`);
    expect(response?.status()).toBe(200);
    await expect(h1(page)).toHaveText(`#${label}`, SEEN);
  }
});

test("the UI language follows the picker, is kept, and never changes the notes", async ({
  page,
}) => {
  await page.goto("/");
  const picker = page.getByRole("combobox", { name: "Interface language" });
  const capacity = model.taxonomy.areas[0]!;
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(h1(page)).toHaveText("Dashboard", SEEN);

  await picker.selectOption("ja");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(h1(page)).toHaveText("ダッシュボード", SEEN);
  await expect(page.locator(`[data-area-card="${capacity.id}"] h3`)).toHaveText(
    capacity.labels.ja,
    SEEN,
  );
  await expect(
    page.getByRole("navigation", { name: "サイト" }).getByRole("link", { name: "タグ" }),
  ).toBeVisible();

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(h1(page)).toHaveText("ダッシュボード", SEEN);

  await page.getByRole("combobox", { name: "表示言語" }).selectOption("ko");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(h1(page)).toHaveText("대시보드", SEEN);
  await expect(page.locator(`[data-area-card="${capacity.id}"] h3`)).toHaveText(
    capacity.labels.ko!,
    SEEN,
  );
  await expect(
    page.locator("header").getByRole("link", { name: "노트 검색", exact: true }),
  ).toBeVisible();

  // A note page keeps the note's language on <html>; the UI around it stays Korean.
  const ja = model.notes.find((n) => n.lang === "ja")!;
  await main(page).locator("#notes-heading ~ ul").locator(`a[href="/notes/${ja.slug}"]`).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(h1(page)).toHaveText(ja.title, SEEN);
  await expect(
    page.getByRole("navigation", { name: "이동 경로" }).getByRole("link", { name: "홈" }),
  ).toBeVisible();
  await expect(page.locator("#filing-heading")).toHaveText("분류", SEEN);
});

test("dark mode is chosen, kept across reloads and pages, and follows the system until chosen", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const html = page.locator("html");
  const theme = page.getByRole("combobox", { name: "Theme" });
  await expect(html).not.toHaveClass(/dark/);
  await theme.selectOption("dark");
  await expect(html).toHaveClass(/dark/);
  await page.reload();
  await expect(html).toHaveClass(/dark/);
  await expect(theme).toHaveValue("dark");
  await main(page).locator("#notes-heading ~ ul a").first().click();
  await expect(page).toHaveURL(/\/notes\//);
  await expect(html).toHaveClass(/dark/);
  await theme.selectOption("light");
  await expect(html).not.toHaveClass(/dark/);
  await page.reload();
  await expect(html).not.toHaveClass(/dark/);

  // A fresh reader whose system is dark gets dark without choosing.
  await page.evaluate(() => localStorage.removeItem("shiori.theme"));
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  await expect(html).toHaveClass(/dark/);
});

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the drawer opens, navigates, and closes", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("[data-sidebar]")).toBeHidden();
    const drawer = page.locator("dialog[data-drawer]");
    // The drawer draws its tree when opened (from the sidebar's data): no second copy before.
    await expect(drawer.locator("nav a")).toHaveCount(0);
    await page.getByRole("button", { name: "Open navigation" }).click();
    await expect(drawer).toBeVisible();
    await expect(drawer.locator("a[data-all-notes]")).toBeVisible();
    // Escape closes it (a modal dialog), focus goes back to the button.
    await page.keyboard.press("Escape");
    await expect(drawer).toBeHidden();
    await expect(page.getByRole("button", { name: "Open navigation" })).toBeFocused();

    // A category (same root layout: client-side navigation).
    await page.getByRole("button", { name: "Open navigation" }).click();
    const area = model.taxonomy.areas.at(-1)!;
    await drawer.getByRole("link", { name: area.labels.en, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/categories/${area.id}$`));
    await expect(drawer).toBeHidden();
    await expect(h1(page)).toHaveText(area.labels.en, SEEN);

    // A chapter inside a note group that has to be opened first.
    const note = model.notes.find((n) => n.chapters.length > 1)!;
    const chapter = note.chapters[1]!;
    await page.getByRole("button", { name: "Open navigation" }).click();
    await drawer
      .getByRole("button", { name: `Show or hide the contents of ${note.title}` })
      .click();
    await drawer.locator(`a[href="${chapter.url}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${chapter.url}$`));
    await expect(main(page).locator("h1", { hasText: chapter.title }).first()).toBeVisible();
    await expect(drawer).toBeHidden();
    // No sideways scrolling on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});

test.describe("a chapter page", () => {
  const note = noteBySlug("cloud-native-devops-study-log");
  const chapter = note.chapters.find((c) => c.slug === "chapter-4")!;

  test("has breadcrumbs, prev/next and a table of contents that follows the reading", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(chapter.url);
    // Home › area › note › chapter (the chapter is the current page, not a link).
    const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
    const crumbs = breadcrumb.getByRole("link");
    await expect(crumbs).toHaveCount(3);
    await expect(crumbs.nth(0)).toHaveText("Home", SEEN);
    await expect(crumbs.nth(1)).toHaveAttribute("href", /^\/categories\//);
    await expect(crumbs.nth(2)).toHaveText(note.title, SEEN);
    await expect(breadcrumb.locator('[aria-current="page"]')).toHaveText(chapter.title, SEEN);

    const toc = page.locator("aside [data-toc]");
    const headings = chapter.headings.filter((h) => h.anchor !== chapter.anchor);
    expect(headings.length).toBeGreaterThan(4);
    for (const target of [headings[3]!, headings[1]!]) {
      await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), target.anchor);
      await expect(toc.locator('a[aria-current="location"]')).toHaveText(target.text, SEEN);
      await expect(toc).toBeInViewport();
    }

    await page.getByRole("link", { name: /^Next/ }).click();
    await expect(page).toHaveURL(new RegExp(`/notes/${note.slug}/${chapter.next!.slug}$`));
    await page.getByRole("link", { name: /^← Previous/ }).click();
    await expect(page).toHaveURL(new RegExp(`${chapter.url}$`));
  });

  test("copies code and heading links, marks external links and lazy-loads images", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(chapter.url);
    const figure = page.locator("figure.code-block", { has: page.locator(".code-file") }).first();
    await expect(figure.locator(".code-file")).not.toBeEmpty();
    await expect(figure.locator(".code-lang")).not.toBeEmpty();
    await figure.getByRole("button", { name: "Copy" }).click();
    await expect(figure.getByRole("button", { name: "Copied" })).toBeVisible();
    const code = await figure.locator("pre").textContent();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await expect(page.getByRole("status").filter({ hasText: "Code copied" })).toBeAttached();

    const heading = chapter.headings.find((h) => h.anchor !== chapter.anchor)!;
    const anchor = page.locator(`[id="${heading.anchor}"] a.heading-anchor`);
    await page.locator(`[id="${heading.anchor}"]`).hover();
    await anchor.click();
    await expect
      .poll(() => decodeURIComponent(new URL(page.url()).hash))
      .toBe(`#${heading.anchor}`);
    await expect
      .poll(async () =>
        decodeURIComponent(await page.evaluate(() => navigator.clipboard.readText())),
      )
      .toBe(decodeURIComponent(page.url()));
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeAttached();

    const external = page.locator("article[data-note-body] a.external");
    expect(await external.count()).toBeGreaterThan(0);
    for (const a of await external.all()) {
      await expect(a).toHaveAttribute("target", "_blank");
      await expect(a).toHaveAttribute("rel", "noopener noreferrer");
    }
    await page.goto(note.chapters.find((c) => c.slug === "chapter-3")!.url);
    const images = page.locator("article[data-note-body] img");
    expect(await images.count()).toBeGreaterThan(0);
    for (const img of await images.all()) {
      await expect(img).toHaveAttribute("loading", "lazy");
      await expect(img).toHaveAttribute("alt", /.*/);
    }
  });
});

test("a note page shows a short meta line, the overview and each chapter's categories", async ({
  page,
}) => {
  const note = noteBySlug("cloud-native-devops-study-log");
  await page.goto(`/notes/${note.slug}`);
  // The date as written is not a date: that is a diagnostic for /health, not a line for readers.
  expect(note.date).toBeNull();
  await expect(page.locator("[data-meta='date']")).toHaveCount(0);
  await expect(page.locator("main")).not.toContainText(note.dateText!);
  await expect(page.locator("[data-meta='language']")).toContainText("Japanese");
  await expect(page.locator("main")).not.toContainText(note.file);
  for (const tag of note.tags) await expect(page.locator("[data-meta='tags']")).toContainText(tag);
  await expect(page.locator("[data-meta='categories'] a")).toHaveCount(note.taxonomy.length);
  await expect(page.locator("article[data-note-body]")).toHaveAttribute("lang", note.lang);
  const rows = page.locator("[data-chapter-list] > li");
  await expect(rows).toHaveCount(note.chapterList.length);
  const first = note.chapters[0]!;
  await expect(rows.first().locator("a[href^='/categories/']")).toHaveCount(
    Math.max(1, first.taxonomy.length),
  );
});

test("the link catalog lists every link over numbered pages and filters by area and language", async ({
  page,
}) => {
  const all = model.notes.flatMap((n) => n.links);
  const catalog = linkCatalog(model, LANGS);
  const rowsOf = (filter: Parameters<typeof catalogEntries>[1]) =>
    catalogEntries(catalog, filter).entries.filter((e) => e.link !== null).length;
  await page.goto("/links");
  await expect(page.locator("[data-link-count]")).toHaveAttribute(
    "data-link-count",
    String(all.length),
  );
  // Every page by "Next page": together they hold every row of the catalog.
  let rows = 0;
  for (;;) {
    const here = await page.locator("[data-link-row]").count();
    expect(here).toBeLessThanOrEqual(PAGE_SIZE);
    rows += here;
    const next = page.getByRole("navigation", { name: "Pages" }).locator('a[rel="next"]');
    if ((await next.count()) === 0) break;
    const href = await next.getAttribute("href");
    await next.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(
      page.getByRole("navigation", { name: "Pages" }).locator('[aria-current="page"]'),
    ).toHaveAttribute("href", href!);
  }
  expect(rows).toBe(rowsOf({ area: null, lang: null }));

  const backup = "backup-restore";
  const inBackup = all.filter((l) => l.taxonomy.includes(backup as never));
  await page.goto("/links");
  await page.locator("[data-link-filters]").getByText("Backup & restore", { exact: true }).click();
  await expect(page).toHaveURL(/\/links\/area\/backup-restore$/);
  await expect(page.locator("[data-link-area]")).toHaveCount(1);
  await expect(page.locator("[data-link-count]")).toHaveAttribute(
    "data-link-count",
    String(inBackup.length),
  );
  await expect(page.locator("[data-link-row]")).toHaveCount(
    Math.min(PAGE_SIZE, rowsOf({ area: backup, lang: null })),
  );
  for (const link of inBackup.slice(0, 20))
    await expect(main(page).getByText(link.domain, { exact: true }).first()).toBeVisible();

  await page.locator("[data-link-filters]").getByText("All", { exact: true }).first().click();
  await expect(page).toHaveURL(/\/links$/);
  await page
    .locator("[data-link-filters]")
    .getByRole("link", { name: "Chinese (Traditional)", exact: true })
    .click();
  await expect(page).toHaveURL(/\/links\/lang\/zh-Hant$/);
  const zh = all.filter((l) => l.lang === "zh-Hant");
  await expect(page.locator("[data-link-count]")).toHaveAttribute(
    "data-link-count",
    String(zh.length),
  );
  for (const row of await page.locator("[data-link-row]").all())
    await expect(row).toHaveAttribute("data-lang", "zh-Hant");
  // The filter is in the address, so a reload keeps it.
  await page.reload();
  await expect(page.locator("[data-link-count]")).toHaveAttribute(
    "data-link-count",
    String(zh.length),
  );
  // An old bookmark with the filter in the query lands on the filtered page.
  await page.goto("/links?area=backup-restore");
  await expect(page).toHaveURL(/\/links\/area\/backup-restore$/);
});

test("an unknown address shows a useful 404 page", async ({ page }) => {
  const response = await page.goto("/notes/no-such-note/chapter-1");
  expect(response?.status()).toBe(404);
  await expect(h1(page)).toHaveText("Page not found", SEEN);
  await expect(page.locator("main [data-search-open]")).toBeVisible();
  const area = model.taxonomy.areas[0]!;
  await main(page).getByRole("link", { name: area.labels.en, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/categories/${area.id}$`));
});

test("the sidebar and the skip link work from the keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);

  const sidebar = page.locator("nav[data-sidebar]");
  const area = model.taxonomy.areas.find((a) => a.children.length > 0)!;
  const toggle = sidebar.getByRole("button", {
    name: `Show or hide the contents of ${area.labels.en}`,
  });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const sub = sidebar.getByRole("link", { name: area.children[0]!.labels.en, exact: true });
  await sub.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/categories/${area.children[0]!.id}$`));
  await expect(
    sidebar.getByRole("link", { name: area.children[0]!.labels.en, exact: true }),
  ).toHaveAttribute("aria-current", "page");
});

test.describe("at 360 px", () => {
  test.use({ viewport: { width: 360, height: 740 } });
  const note = model.notes.find((n) => n.chapters.length > 3)!;
  for (const url of [
    "/",
    `/categories/${model.taxonomy.areas[0]!.id}`,
    "/categories/unclassified",
    "/links",
    "/all-notes",
    "/tags",
    `/notes/${note.slug}`,
    note.chapters[3]!.url,
  ]) {
    test(`${url} does not scroll sideways`, async ({ page }) => {
      await page.goto(url);
      await expect(h1(page)).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
    });
  }
});
