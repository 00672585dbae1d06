import { describe, expect, it } from "vitest";
import {
  laterPages,
  listHref,
  pageCount,
  pageWindow,
  paginate,
  parseListPath,
  parsePageSegment,
} from "./paginate";

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("paginate", () => {
  it.each([
    // total, page, size → from, to, pages, first item
    [250, 1, 100, 1, 100, 3, 1],
    [250, 2, 100, 101, 200, 3, 101],
    [250, 3, 100, 201, 250, 3, 201],
    [100, 1, 100, 1, 100, 1, 1],
    [101, 2, 100, 101, 101, 2, 101],
    [5, 1, 2, 1, 2, 3, 1],
  ])(
    "%i items, page %i of size %i → %i–%i of %i pages",
    (total, page, size, from, to, pages, first) => {
      const slice = paginate(range(total), page, size)!;
      expect(slice).toMatchObject({ page, pages, from, to, total });
      expect(slice.items[0]).toBe(first);
      expect(slice.items).toHaveLength(to - from + 1);
    },
  );

  it("gives an empty list one empty page", () => {
    expect(paginate([], 1)).toEqual({ items: [], page: 1, pages: 1, from: 0, to: 0, total: 0 });
  });

  it.each([0, -1, 4, 1.5, Number.NaN])("has no page %s of 250 items", (page) => {
    expect(paginate(range(250), page, 100)).toBeNull();
  });

  it.each([
    [0, 1],
    [1, 1],
    [100, 1],
    [101, 2],
    [75_000, 750],
  ])("%i items fill %i pages of 100", (total, pages) => {
    expect(pageCount(total)).toBe(pages);
  });
});

describe("page segments", () => {
  it.each([
    ["2", 2],
    ["10", 10],
    ["750", 750],
    ["1", null], // page 1 is the list's own address
    ["0", null],
    ["02", null],
    ["-2", null],
    ["2.5", null],
    ["２", null], // full-width digit
    ["二", null],
    ["두", null],
    ["", null],
  ])("%j → %j", (segment, expected) => {
    expect(parsePageSegment(segment)).toBe(expected);
  });

  it("lists the params of the pages after the first", () => {
    expect(laterPages(0)).toEqual([]);
    expect(laterPages(100)).toEqual([]);
    expect(laterPages(250)).toEqual(["2", "3"]);
  });
});

describe("listHref", () => {
  it.each([
    ["/links", [], 1, "/links"],
    ["/links", [], 2, "/links/page/2"],
    ["/links", [["area", "backup-restore"]], 1, "/links/area/backup-restore"],
    [
      "/links",
      [
        ["area", "capacity"],
        ["lang", "zh-Hant"],
      ],
      3,
      "/links/area/capacity/lang/zh-Hant/page/3",
    ],
    [
      "/links",
      [
        ["area", null],
        ["lang", "ko"],
      ],
      1,
      "/links/lang/ko",
    ],
    ["/all-notes/", [["lang", "ja"]], 2, "/all-notes/lang/ja/page/2"],
    ["/tags/%E9%81%8B%E7%94%A8", [], 2, "/tags/%E9%81%8B%E7%94%A8/page/2"],
  ] as const)("%s %j page %i → %s", (base, filters, page, expected) => {
    expect(listHref(base, filters, page)).toBe(expected);
  });
});

describe("parseListPath", () => {
  const keys = ["area", "lang"] as const;
  it.each([
    [[], { filters: {}, page: 1 }],
    [["page", "2"], { filters: {}, page: 2 }],
    [["area", "capacity"], { filters: { area: "capacity" }, page: 1 }],
    [["lang", "zh-Hans", "page", "12"], { filters: { lang: "zh-Hans" }, page: 12 }],
    [
      ["area", "unclassified", "lang", "ko", "page", "3"],
      { filters: { area: "unclassified", lang: "ko" }, page: 3 },
    ],
    // percent-encoded values (CJK) are decoded
    [["area", "%E9%81%8B%E7%94%A8"], { filters: { area: "運用" }, page: 1 }],
  ])("%j → %j", (segments, expected) => {
    expect(parseListPath(segments, keys)).toEqual(expected);
  });

  it.each([
    [["page", "1"]], // page 1 has no suffix
    [["page", "x"]],
    [["page", "2", "area", "capacity"]], // the page comes last
    [["lang", "ja", "area", "capacity"]], // keys in order
    [["area", "a", "area", "b"]], // each key once
    [["area"]], // a key without a value
    [["colour", "red"]], // an unknown key
  ])("%j is not a list address", (segments) => {
    expect(parseListPath(segments, keys)).toBeNull();
  });
});

describe("pageWindow", () => {
  it.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 10, [1, 2, 3, null, 10]],
    [5, 10, [1, null, 3, 4, 5, 6, 7, null, 10]],
    [10, 10, [1, null, 8, 9, 10]],
    [4, 7, [1, 2, 3, 4, 5, 6, 7]],
  ])("page %i of %i → %j", (page, pages, expected) => {
    expect(pageWindow(page, pages)).toEqual(expected);
  });
});
