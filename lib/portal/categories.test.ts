import { describe, expect, it } from "vitest";
import type { CategoryId } from "@/lib/content/types";
import { contentsOf, isFiledUnder, resolveCategory } from "./categories";
import { smallModel } from "./fixtures/small-model";

const ids = (...list: string[]) => list as CategoryId[];

describe("isFiledUnder", () => {
  it.each([
    [ids("capacity/design"), "capacity", true],
    [ids("capacity/design"), "capacity/design", true],
    [ids("capacity/design"), "capacity/testing", false],
    [ids("backup-restore"), "backup-restore", true],
    [ids("backup-restore"), "capacity", false],
    [ids(), "unclassified", true],
    [ids("capacity"), "unclassified", false],
    [ids("capacity"), "capacity/design", false],
  ] as const)("%j under %s → %s", (taxonomy, target, expected) => {
    expect(isFiledUnder(taxonomy, target as CategoryId)).toBe(expected);
  });
});

describe("resolveCategory", () => {
  it.each([
    ["capacity", undefined, "capacity"],
    ["capacity", "design", "capacity/design"],
    ["backup-restore", undefined, "backup-restore"],
    ["capacity", "nope", null],
    ["nope", undefined, null],
    ["backup-restore", "design", null],
  ])("%s / %s → %s", (area, sub, expected) => {
    expect(resolveCategory(smallModel, area, sub)?.id ?? null).toBe(expected);
  });
});

describe("contentsOf", () => {
  it("lists each chapter, link and item of a subcategory with its language", () => {
    const c = contentsOf(smallModel, "capacity/testing" as CategoryId);
    expect(c.chapters.map((r) => [r.url, r.lang])).toEqual([
      ["/notes/ja-log/chapter-2", "ja"],
      ["/notes/en-keep-learning/vitess", "ko"],
    ]);
    expect(c.links.map((r) => [r.url, r.lang, r.at])).toEqual([
      ["https://example.com/ja-log/1", "ja", "/notes/ja-log"],
    ]);
    expect(c.items.map((r) => [r.id, r.lang])).toEqual([["ja-log--item2", "ja"]]);
    expect(c.notes.map((r) => [r.note, r.lang])).toEqual([["en-keep-learning", "en"]]);
  });

  it("makes the unclassified view list everything filed nowhere", () => {
    const c = contentsOf(smallModel, "unclassified");
    expect(c.chapters.map((r) => r.url)).toEqual(["/notes/ja-log/chapter-4"]);
    expect(c.notes.map((r) => r.note)).toEqual(["zh-hans-notes"]);
    expect(c.links.map((r) => r.url)).toEqual(["https://example.com/ja-log/2"]);
    expect(c.items.map((r) => r.id)).toEqual(["zh-hans-notes--item1"]);
  });
});
