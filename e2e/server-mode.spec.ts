/**
 * Server mode (`npm run serve`): Next's production server renders note and chapter pages on demand
 * at the same URLs as the static export, and search works against it. Run by
 * scripts/e2e-server.ts (`npm run test:e2e:server`), which builds for server mode and starts the
 * server; under the static e2e runner these tests are skipped.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { z } from "zod";

const base = process.env.SHIORI_SERVER_BASE_URL;
test.skip(
  !base,
  "server mode is tested by npm run test:e2e:server (scripts/e2e-server.ts), which starts the server",
);

interface ChapterRef {
  note: string;
  noteTitle: string;
  chapter: string;
  title: string;
}

/** The part of content.json these tests read. */
const contentSchema = z.object({
  notes: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      chapters: z.array(z.object({ slug: z.string(), title: z.string() })),
    }),
  ),
});
/** The part of Next's prerender-manifest.json these tests read. */
const prerenderSchema = z.object({
  routes: z.record(z.string(), z.unknown()),
  dynamicRoutes: z.record(z.string(), z.unknown()),
});

/** The first note with chapters, from the content model the server renders from. */
function firstChapter(): ChapterRef {
  const generated = process.env.SHIORI_E2E_GENERATED;
  if (!generated)
    throw new Error(
      "SHIORI_E2E_GENERATED is not set; run these tests with npm run test:e2e:server.",
    );
  const model = contentSchema.parse(
    JSON.parse(readFileSync(path.join(generated, "content.json"), "utf8")),
  );
  const note = model.notes.find((n) => n.chapters.length >= 2);
  if (!note) throw new Error("the e2e content has no note with chapters");
  const chapter = note.chapters[1]!;
  return { note: note.slug, noteTitle: note.title, chapter: chapter.slug, title: chapter.title };
}

test.use({ baseURL: base });

test("note and chapter pages are not pre-rendered by the server build", () => {
  const dist = process.env.SHIORI_SERVER_DIST;
  if (!dist)
    throw new Error("SHIORI_SERVER_DIST is not set; run these tests with npm run test:e2e:server.");
  const manifest = prerenderSchema.parse(
    JSON.parse(readFileSync(path.join(dist, "prerender-manifest.json"), "utf8")),
  );
  expect(Object.keys(manifest.routes).filter((r) => r.startsWith("/notes/"))).toEqual([]);
  expect(Object.keys(manifest.dynamicRoutes)).toEqual(
    expect.arrayContaining(["/notes/[note]", "/notes/[note]/[chapter]"]),
  );
});

test("a chapter page is served at the static export's URL, rendered on demand", async ({
  page,
}) => {
  const ref = firstChapter();
  const response = await page.goto(`/notes/${ref.note}/${ref.chapter}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(ref.title);
  await expect(
    page
      .getByRole("navigation", { name: /breadcrumb/i })
      .getByRole("link", { name: ref.noteTitle }),
  ).toBeVisible();
  // The note page links to the same chapter URL.
  await page.goto(`/notes/${ref.note}`);
  await expect(
    page.getByRole("main").locator(`a[href="/notes/${ref.note}/${ref.chapter}"]`).first(),
  ).toBeVisible();
});

test("an unknown note is a 404 page", async ({ page }) => {
  const response = await page.goto("/notes/no-such-note-anywhere");
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(/not (be )?found/i);
});

test("search finds a chapter and opens it, with the index served from /_search/", async ({
  page,
}) => {
  const ref = firstChapter();
  const query =
    ref.title
      .replace(/^[\d\s.章第-]+/, "")
      .trim()
      .slice(0, 12) || ref.title;
  const searchResponses: { url: string; status: number; cache: string | null }[] = [];
  page.on("response", (r) => {
    if (new URL(r.url()).pathname.startsWith("/_search/"))
      searchResponses.push({
        url: r.url(),
        status: r.status(),
        cache: r.headers()["cache-control"] ?? null,
      });
  });
  await page.goto(`/notes/${ref.note}/${ref.chapter}`);
  expect(searchResponses).toEqual([]); // nothing of the index before the first query

  const box = page.getByRole("combobox", { name: "Search" });
  // A click before the page has hydrated does nothing; click again until the palette opens.
  await expect(async () => {
    await page.locator("[data-search-open]:visible").first().click();
    await expect(box).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(box).toBeFocused();
  await box.fill(query);
  const option = page.getByRole("option").filter({ hasText: query }).first();
  await expect(option).toBeVisible();
  await option.click();
  await expect(page).toHaveURL(/\/notes\/[^?#]+\?hl=/);
  await expect(page.locator("article[data-note-body]")).toContainText(query);

  expect(searchResponses.length).toBeGreaterThan(1);
  expect(searchResponses.filter((r) => r.status !== 200)).toEqual([]);
  const manifest = searchResponses.find((r) => r.url.endsWith("/_search/manifest.json"));
  expect(manifest?.cache).toBe("no-cache");
  const shards = searchResponses.filter((r) => /\/_search\/p\//.test(r.url));
  expect(shards.length).toBeGreaterThan(0);
  for (const s of shards) expect(s.cache).toBe("public, max-age=31536000, immutable");
});
