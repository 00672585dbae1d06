/**
 * One place per page (issue 14): on every note and chapter page of the user's notes, the
 * breadcrumb's category is one the page is listed under; the reason for a filing is there on
 * request; category pages have sections with in-page navigation and fit a 390 px phone.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { areaIdOf, categoryUrl } from "@/lib/portal/categories";
import type { CategoryId, ContentModel } from "@/lib/content/types";
import { notePageUrl } from "@/lib/content/urls";

const model = JSON.parse(
  readFileSync(
    path.join(process.env.SHIORI_E2E_GENERATED ?? ".build/e2e/generated", "content.json"),
    "utf8",
  ),
) as ContentModel;
const corpus = process.env.SHIORI_E2E_CORPUS;
test.skip(corpus === "hostile" || corpus === "sites", "runs on the regular e2e build (the seeds)");

/** The seeds' pages: every note page and chapter page, with what it is filed under. */
const pages = model.notes
  .filter((n) => !n.path.startsWith("notes/e2e/"))
  .flatMap((n) => [
    { url: notePageUrl(n.slug), taxonomy: n.taxonomy, kind: "note" as const },
    ...n.chapters.map((c) => ({ url: c.url, taxonomy: c.taxonomy, kind: "chapter" as const })),
  ]);

test("on every note and chapter page the breadcrumb's category lists the page", async ({
  page,
}) => {
  test.setTimeout(180_000);
  expect(pages.length).toBeGreaterThan(30);
  const listed = new Map<string, Set<string>>();
  for (const p of pages) {
    await page.goto(p.url);
    const crumb = page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link").nth(1);
    const href = await crumb.getAttribute("href");
    const primary = p.taxonomy[0];
    expect(href, `${p.url}: breadcrumb`).toBe(
      primary ? categoryUrl(areaIdOf(primary as CategoryId)) : categoryUrl("unclassified"),
    );
    // The category page the breadcrumb leads to lists this page (chapters, or notes for a note).
    if (!listed.has(href!)) {
      await page.goto(href!);
      const rows = await page
        .locator("main [data-section=chapters] li a, main [data-section=notes] li a")
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      listed.set(href!, new Set(rows));
    }
    expect([...listed.get(href!)!], `${p.url} is listed under ${href}`).toContain(p.url);
  }
});

test("a page says on request why it is filed where it is", async ({ page }) => {
  const chapter = model.notes
    .flatMap((n) => n.chapters)
    .find((c) => c.evidence.some((e) => e.terms.some((t) => t.field !== "toc")))!;
  await page.goto(chapter.url);
  const why = page.locator("details[data-filing-why]").first();
  await expect(why.locator("li").first()).toBeHidden();
  await why.locator("summary").click();
  const first = chapter.evidence[0]!;
  await expect(why.locator(`li[data-filing-category="${first.category}"]`)).toContainText(
    first.terms[0]!.term,
  );
});

test.describe("a category page on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("has sections with in-page navigation and fits the screen", async ({ page }) => {
    for (const area of model.taxonomy.areas) {
      await page.goto(categoryUrl(area.id));
      const nav = page.locator("nav[data-category-sections]");
      await expect(nav.locator("a")).toHaveCount(4);
      for (const id of ["chapters", "notes", "items", "links"])
        await expect(page.locator(`main [data-section=${id}]`)).toHaveCount(1);
      const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      expect(width, `${area.id} fits 390 px`).toBeLessThanOrEqual(390);
      await nav.locator('a[href="#links"]').click();
      await expect(page).toHaveURL(/#links$/);
      await expect(page.locator("#links")).toBeInViewport();
    }
  });
});
