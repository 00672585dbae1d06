import { describe, expect, it } from "vitest";
import type { ContentModel } from "@/lib/content/types";
import { areaSummaries, languagesPresent, recentNotes, unclassifiedSummary } from "./dashboard";
import { smallModel } from "./fixtures/small-model";
import { checklistProgressFile } from "./model-json";
import { progressProps } from "./progress";
import { decodeProgressIndex } from "@/lib/client/progress-index";

describe("areaSummaries", () => {
  const areas = areaSummaries(smallModel);
  const byId = Object.fromEntries(
    areas.flatMap((a) => [a, ...a.subcategories]).map((s) => [s.id, s]),
  );

  it("has one card per area, in taxonomy order", () => {
    expect(areas.map((a) => a.id)).toEqual(["capacity", "backup-restore"]);
    expect(areas.map((a) => a.url)).toEqual(["/categories/capacity", "/categories/backup-restore"]);
  });

  it.each([
    // area: anything filed under one of its subcategories counts once
    ["capacity", { notes: 3, chapters: 3, links: 3, items: 2 }],
    ["capacity/design", { notes: 2, chapters: 2, links: 2, items: 2 }],
    ["capacity/testing", { notes: 1, chapters: 2, links: 1, items: 1 }],
    // an area without subcategories is filed on directly
    ["backup-restore", { notes: 2, chapters: 2, links: 1, items: 1 }],
  ])("counts what is filed under %s", (id, counts) => {
    expect(byId[id]?.counts).toEqual(counts);
  });

  it("gives each area's progress bar its counts by source defaults, not its item ids", () => {
    const url = checklistProgressFile(smallModel).url;
    expect(url).toMatch(/^\/checklist-progress\.json\?v=[A-Za-z0-9]{16}$/);
    expect(progressProps(smallModel, "capacity")).toEqual({
      scope: "capacity",
      base: { done: 1, total: 2 },
      src: url,
    });
    expect(progressProps(smallModel, "backup-restore").base).toEqual({ done: 0, total: 1 });
    expect(progressProps(smallModel, "no-such-area").base).toEqual({ done: 0, total: 0 });
    expect(
      decodeProgressIndex(checklistProgressFile(smallModel).body).get("ja-log--item1"),
    ).toEqual({
      checked: true,
      scopes: ["capacity", "capacity/design"],
    });
  });

  it("counts what matched no category in the unclassified summary", () => {
    const u = unclassifiedSummary(smallModel);
    expect(u.url).toBe("/categories/unclassified");
    expect(u.counts).toEqual({ notes: 1, chapters: 1, links: 1, items: 1 });
    expect(progressProps(smallModel, u.id).base).toEqual({ done: 0, total: 1 });
  });

  it("is all zeros for an empty model", () => {
    const empty: ContentModel = { ...smallModel, notes: [] };
    expect(areaSummaries(empty).map((a) => a.counts)).toEqual([
      { notes: 0, chapters: 0, links: 0, items: 0 },
      { notes: 0, chapters: 0, links: 0, items: 0 },
    ]);
  });
});

describe("languagesPresent", () => {
  it("counts notes by note language and chapters by chapter language, in LANGS order", () => {
    expect(languagesPresent(smallModel)).toEqual([
      { lang: "ja", notes: 1, chapters: 4 },
      { lang: "zh-Hant", notes: 1, chapters: 0 },
      { lang: "zh-Hans", notes: 1, chapters: 0 },
      { lang: "ko", notes: 1, chapters: 2 },
      { lang: "en", notes: 1, chapters: 0 },
    ]);
  });

  it("leaves out languages with nothing written in them", () => {
    const onlyKo = { notes: smallModel.notes.filter((n) => n.lang === "ko") };
    expect(languagesPresent(onlyKo).map((l) => l.lang)).toEqual(["ko"]);
  });
});

describe("recentNotes", () => {
  it("lists dated notes newest first and leaves out notes whose date is only text", () => {
    expect(recentNotes(smallModel).map((n) => [n.slug, n.date])).toEqual([
      ["ko-memo", "2023-05-14"],
      ["zh-hant-weekly", "2022-04-03"],
      ["ja-log", "2020-03-27"],
    ]);
  });

  it("stops at the limit", () => {
    expect(recentNotes(smallModel, 1).map((n) => n.slug)).toEqual(["ko-memo"]);
  });
});
