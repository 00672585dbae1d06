import { describe, expect, it } from "vitest";
import { LANGS, type ContentModel, type NoteSlug } from "@/lib/content/types";
import { smallModel } from "./fixtures/small-model";
import { linkCatalog } from "./links";
import {
  allNotesFilter,
  allNotesHref,
  allNotesList,
  allNotesPaths,
  catalogEntries,
  categoryPageCount,
  linkCatalogPaths,
  linkFilter,
  linksHref,
} from "./lists";

const catalog = linkCatalog(smallModel, LANGS);

describe("link catalog pages", () => {
  it("lists every link under each section it is filed in, in reading order", () => {
    const { entries, shown } = catalogEntries(catalog, { area: null, lang: null });
    expect(entries.map((e) => [e.area, e.section, e.link?.key ?? null])).toEqual([
      ["capacity", "capacity/design", "zh-hant-weekly:1:0"],
      ["capacity", "capacity/design", "ko-memo:1:0"],
      ["capacity", "capacity/testing", "ja-log:1:0"],
      // an area without subcategories is its own section
      ["backup-restore", "backup-restore", "ko-memo:1:0"],
      ["unclassified", null, "ja-log:2:1"],
    ]);
    // ko-memo's link is in two areas, counted once
    expect(shown).toBe(4);
  });

  it.each([
    [{ area: "backup-restore", lang: null }, ["ko-memo:1:0"], 1],
    [{ area: null, lang: "ja" }, ["ja-log:1:0", "ja-log:2:1"], 2],
    [{ area: "capacity", lang: "ko" }, ["ko-memo:1:0"], 1],
    [{ area: "unclassified", lang: null }, ["ja-log:2:1"], 1],
    [{ area: "backup-restore", lang: "zh-Hant" }, [], 0],
  ] as const)("filter %j → %j", (filter, keys, shown) => {
    const result = catalogEntries(catalog, filter);
    expect(result.entries.map((e) => e.link?.key)).toEqual(keys);
    expect(result.shown).toBe(shown);
  });

  it.each([
    [{}, { area: null, lang: null }],
    [{ area: "capacity" }, { area: "capacity", lang: null }],
    [
      { area: "unclassified", lang: "zh-Hant" },
      { area: "unclassified", lang: "zh-Hant" },
    ],
    [{ area: "capacity/design" }, null], // areas only
    [{ area: "no-such-area" }, null],
    [{ lang: "zh-Hans" }, null], // no zh-Hans link in the catalog
    [{ lang: "fr" }, null],
  ])("filter segments %j → %j", (raw, expected) => {
    expect(linkFilter(catalog, raw)).toEqual(expected);
  });

  it("builds addresses with the filters in a fixed order", () => {
    expect(linksHref({ area: null, lang: null })).toBe("/links");
    expect(linksHref({ area: "capacity", lang: "zh-Hant" }, 2)).toBe(
      "/links/area/capacity/lang/zh-Hant/page/2",
    );
  });

  it("writes a page for every area × language, /links itself included", () => {
    const paths = linkCatalogPaths(smallModel).map((p) => p.join("/"));
    expect(paths).toContain("area/capacity");
    expect(paths).toContain("area/unclassified/lang/ko");
    expect(paths).toContain("lang/zh-Hant");
    expect(paths[0]).toBe("");
    // (3 areas incl. unclassified + all) × (3 languages + all)
    expect(paths).toHaveLength(4 * 4);
    // A site without links still has /links (the static export refuses a route with no page).
    expect(linkCatalogPaths({ ...smallModel, notes: [] })).toContainEqual([]);
  });
});

describe("all-notes index", () => {
  it("filters by language and orders newest first with undated notes last", () => {
    expect(allNotesList(smallModel, { lang: "ko", sort: null }).map((n) => n.slug)).toEqual([
      "ko-memo",
    ]);
    expect(allNotesList(smallModel, { lang: null, sort: "newest" }).map((n) => n.slug)).toEqual([
      "ko-memo",
      "zh-hant-weekly",
      "ja-log",
      "zh-hans-notes",
      "en-keep-learning",
    ]);
  });

  it.each([
    [{}, { lang: null, sort: null }],
    [
      { lang: "zh-Hans", sort: "newest" },
      { lang: "zh-Hans", sort: "newest" },
    ],
    [{ lang: "jp" }, null],
    [{ sort: "oldest" }, null],
  ])("filter segments %j → %j", (raw, expected) => {
    expect(allNotesFilter(raw)).toEqual(expected);
  });

  it("has a page for every language and order, and later pages of long lists", () => {
    const many: ContentModel = {
      ...smallModel,
      notes: Array.from({ length: 250 }, (_, i) => ({
        ...smallModel.notes[0]!,
        slug: `n${i}` as NoteSlug,
      })),
    };
    const paths = allNotesPaths(many).map((p) => p.join("/"));
    expect(paths).toEqual([
      "",
      "page/2",
      "page/3",
      "sort/newest",
      "sort/newest/page/2",
      "sort/newest/page/3",
      "lang/ja",
      "lang/ja/page/2",
      "lang/ja/page/3",
      "lang/ja/sort/newest",
      "lang/ja/sort/newest/page/2",
      "lang/ja/sort/newest/page/3",
    ]);
    expect(allNotesHref({ lang: "ja", sort: "newest" }, 3)).toBe(
      "/all-notes/lang/ja/sort/newest/page/3",
    );
    // Never empty, even without notes (the static export refuses an empty list).
    expect(allNotesPaths({ notes: [] })).toEqual([[], ["sort", "newest"]]);
  });
});

describe("categoryPageCount", () => {
  const rows = (n: number) => Array.from({ length: n }, () => ({}) as never);
  it.each([
    [0, 0, 0, 0, 1],
    [100, 5, 100, 100, 1],
    [101, 0, 0, 0, 2],
    [3, 2, 750, 120, 8],
  ])("%i chapters, %i notes, %i links, %i items → %i pages", (c, n, l, i, pages) => {
    expect(
      categoryPageCount({ chapters: rows(c), notes: rows(n), links: rows(l), items: rows(i) }),
    ).toBe(pages);
  });
});
