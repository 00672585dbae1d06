import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import type { ContentModel } from "@/lib/content/types";
import { collectTags, tagHref } from "@/lib/portal/tags";

/**
 * axe (all rules axe runs by default: WCAG 2.x A/AA and best practices) on every kind of page, in
 * the light and the dark theme, and in a CJK UI language: zero violations.
 */

const model = JSON.parse(
  readFileSync(
    path.join(process.env.SHIORI_E2E_GENERATED ?? ".build/e2e/generated", "content.json"),
    "utf8",
  ),
) as ContentModel;

const withChapters = model.notes.find((n) => n.chapters.length > 0)!;
const ko = model.notes.find((n) => n.lang === "ko" && n.chapters.length > 0) ?? withChapters;
const cjkTag = collectTags(model.notes).find((t) => !/^[\x00-\x7f]*$/.test(t.slug));

const PAGES: [kind: string, url: string][] = [
  ["dashboard", "/"],
  ["area", `/categories/${model.taxonomy.areas[0]!.id}`],
  [
    "subcategory",
    `/categories/${model.taxonomy.areas[0]!.children[0]?.id ?? model.taxonomy.areas[0]!.id}`,
  ],
  ["unclassified", "/categories/unclassified"],
  ["note", `/notes/${withChapters.slug}`],
  ["chapter", withChapters.chapters[3]?.url ?? withChapters.chapters[0]!.url],
  ["Korean chapter", ko.chapters[0]!.url],
  ["tags", "/tags"],
  ["tag", cjkTag ? tagHref(cjkTag.slug) : "/tags"],
  ["link catalog", "/links"],
  ["link catalog, filtered", "/links/area/backup-restore"],
  ["all notes", "/all-notes"],
  ["404", "/no-such-page"],
  ["checklist", "/checklist"],
  ["search", "/search"],
  ["offline reading", "/offline"],
];

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
  }));
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const [kind, url] of PAGES) {
      test(`${kind} (${url})`, async ({ page }) => {
        const response = await page.goto(url);
        if ((kind === "checklist" || kind === "search") && response?.status() === 404) {
          test.skip(true, `${url} is not built yet`);
        }
        await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /^(?!.*dark)/);
        await expect(page.locator("main h1:visible").first()).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
    }

    test("dashboard and a chapter in a CJK UI language (ja, ko)", async ({ page }) => {
      for (const [locale, url] of [
        ["ja", "/"],
        ["ko", withChapters.chapters[0]!.url],
      ] as const) {
        await page.addInitScript((l) => localStorage.setItem("shiori.ui-lang", l), locale);
        await page.goto(url);
        await expect(page.locator("html")).toHaveAttribute("data-ui", locale);
        expect(await violations(page)).toEqual([]);
      }
    });

    test("the phone drawer, open", async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto("/");
      await page.locator("[data-drawer-open]").click();
      await expect(page.locator("dialog[data-drawer]")).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}
