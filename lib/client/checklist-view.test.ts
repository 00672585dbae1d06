import { describe, expect, it } from "vitest";
import { normalizeDocumentText, normalizeText } from "@/lib/search/normalize";
import {
  ALL_ITEMS,
  firstItemsOf,
  groupItems,
  matchFilter,
  subItemCount,
  type ViewItem,
} from "./checklist-view";

/** Stand-in for the search normaliser in these tests: width and case folding only. */
const fold = (text: string) => text.normalize("NFKC").toLowerCase();

const item = (id: string, over: Partial<ViewItem> = {}): ViewItem => ({
  id,
  checked: false,
  plain: id,
  search: fold(over.plain ?? id),
  note: "n",
  chapter: "c1",
  lang: "ja",
  taxonomy: [],
  ...over,
});

const items: ViewItem[] = [
  item("ja", {
    plain: "ｒｅａｄＯｎｌｙRootFilesystemをtrueにしておく",
    taxonomy: ["security/pod"],
  }),
  item("zh-Hant", {
    plain: "監控 Pod 狀態",
    lang: "zh-Hant",
    taxonomy: ["observability"],
    checked: true,
  }),
  item("zh-Hans", { plain: "监控告警", lang: "zh-Hans", taxonomy: ["observability/alerts"] }),
  item("ko", {
    plain: "리소스 제한 설정",
    lang: "ko",
    taxonomy: ["capacity/design", "security/pod"],
  }),
  item("en", { plain: "Velero backups", lang: "en", note: "m", chapter: null }),
].map((i) => ({ ...i, search: fold(i.plain) }));

const ids = (list: readonly ViewItem[]) => list.map((i) => i.id);

describe("matchFilter", () => {
  const noChanges = { items: {} };
  it.each([
    { name: "all", filter: {}, expected: ["ja", "zh-Hant", "zh-Hans", "ko", "en"] },
    { name: "open only", filter: { status: "open" }, expected: ["ja", "zh-Hans", "ko", "en"] },
    { name: "done only", filter: { status: "done" }, expected: ["zh-Hant"] },
    { name: "area security", filter: { area: "security" }, expected: ["ja", "ko"] },
    { name: "area unclassified", filter: { area: "unclassified" }, expected: ["en"] },
    { name: "language ko", filter: { lang: "ko" }, expected: ["ko"] },
    { name: "full-width query matches", filter: { text: "ＲＥＡＤＯＮＬＹ" }, expected: ["ja"] },
    { name: "Traditional Chinese term", filter: { text: "監控" }, expected: ["zh-Hant"] },
    { name: "Simplified Chinese term", filter: { text: "监控" }, expected: ["zh-Hans"] },
    { name: "Korean term", filter: { text: "제한" }, expected: ["ko"] },
    { name: "two terms must both match", filter: { text: "pod 監控" }, expected: ["zh-Hant"] },
    { name: "no match", filter: { text: "存在しない" }, expected: [] },
  ] as const)("$name", ({ filter, expected }) => {
    expect(ids(items.filter(matchFilter({ ...ALL_ITEMS, ...filter }, noChanges, fold)))).toEqual(
      expected,
    );
  });

  it("uses the reader's ticks, not only source defaults", () => {
    const state = {
      items: { ko: { checked: true, updatedAt: "2024-01-01T00:00:00Z", text: null, note: null } },
    };
    expect(ids(items.filter(matchFilter({ ...ALL_ITEMS, status: "done" }, state, fold)))).toEqual([
      "zh-Hant",
      "ko",
    ]);
  });
});

describe("groupItems", () => {
  it("groups by area and subcategory in taxonomy order, then unclassified", () => {
    const taxonomy = [
      { id: "capacity", children: [{ id: "capacity/design" }] },
      { id: "security", children: [{ id: "security/rbac" }, { id: "security/pod" }] },
      { id: "observability", children: [{ id: "observability/alerts" }] },
    ];
    const groups = groupItems(items, taxonomy);
    expect(
      groups.map((g) => [
        g.id,
        g.subs.map((s) => [s.id, s.notes.flatMap((n) => n.chapters.flatMap((c) => ids(c.items)))]),
      ]),
    ).toEqual([
      ["capacity", [["capacity/design", ["ko"]]]],
      ["security", [["security/pod", ["ja", "ko"]]]],
      [
        "observability",
        [
          ["observability/alerts", ["zh-Hans"]],
          ["observability", ["zh-Hant"]],
        ],
      ],
      ["unclassified", [["unclassified", ["en"]]]],
    ]);
  });

  it("still shows items filed under a category the taxonomy does not know", () => {
    const groups = groupItems([item("x", { taxonomy: ["legacy/old"] })], []);
    expect(groups.map((g) => [g.id, g.subs.map((s) => s.id)])).toEqual([
      ["legacy", ["legacy/old"]],
    ]);
  });

  it("keeps notes and chapters in item order", () => {
    const list = [
      item("1", { note: "b", chapter: "c2" }),
      item("2", { note: "a", chapter: "c1" }),
      item("3", { note: "b", chapter: "c1" }),
      item("4", { note: "b", chapter: "c2" }),
    ];
    const [group] = groupItems(list, []);
    expect(
      group?.subs[0]?.notes.map((n) => [n.note, n.chapters.map((c) => [c.chapter, ids(c.items)])]),
    ).toEqual([
      [
        "b",
        [
          ["c2", ["1", "4"]],
          ["c1", ["3"]],
        ],
      ],
      ["a", [["c1", ["2"]]]],
    ]);
  });
});

describe("matchFilter with the search normaliser", () => {
  const list: ViewItem[] = [
    item("ja-server", { plain: "サーバーを3台以上にする", lang: "ja" }),
    item("ja-backup", { plain: "Velero でバックアップ", lang: "ja" }),
    item("zh-Hant", { plain: "監控 Pod 狀態", lang: "zh-Hant" }),
    item("zh-Hans", { plain: "监控告警规则", lang: "zh-Hans" }),
    item("ko", { plain: "리소스 제한을 설정한다", lang: "ko" }),
    item("en", { plain: "Set a PodDisruptionBudget", lang: "en" }),
    item("ja-queue", { plain: "ジョブキューの滞留を監視する", lang: "ja" }),
    item("ja-security", { plain: "セキュリティスキャンを通す", lang: "ja" }),
  ].map((i) => ({ ...i, search: normalizeDocumentText(i.plain) }));

  it.each([
    { query: "監控", expected: ["zh-Hant", "zh-Hans"], why: "Traditional finds both scripts" },
    { query: "监控", expected: ["zh-Hant", "zh-Hans"], why: "Simplified finds both scripts" },
    { query: "ｻｰﾊﾞｰ", expected: ["ja-server"], why: "half-width katakana" },
    { query: "サーバ", expected: ["ja-server"], why: "without the final ー" },
    { query: "ﾊﾞｯｸｱｯﾌﾟ", expected: ["ja-backup"], why: "half-width バックアップ" },
    { query: "제한", expected: ["ko"], why: "Korean" },
    { query: "ＰＯＤ", expected: ["zh-Hant", "en"], why: "full-width Latin, any case" },
    { query: "pod 監控", expected: ["zh-Hant"], why: "every term must match" },
    { query: "キュー", expected: ["ja-queue"], why: "a short word, not the キュ of セキュリティ" },
  ])("$query → $expected ($why)", ({ query, expected }) => {
    const matches = matchFilter({ ...ALL_ITEMS, text: query }, { items: {} }, normalizeText);
    expect(ids(list.filter(matches))).toEqual(expected);
  });
});

describe("firstItemsOf (the no-JavaScript list of a large checklist)", () => {
  // 3 notes × 2 chapters × 3 items, all in one subcategory.
  const many = ["a", "b", "c"].flatMap((note) =>
    ["c1", "c2"].flatMap((chapter) =>
      [1, 2, 3].map((n) =>
        item(`${note}-${chapter}-${n}`, { note, chapter, taxonomy: ["capacity/design"] }),
      ),
    ),
  );
  const [area] = groupItems(many, [{ id: "capacity", children: [{ id: "capacity/design" }] }]);
  const sub = area!.subs[0]!;

  it("keeps the first items in order and drops the chapters and notes left empty", () => {
    expect(subItemCount(sub)).toBe(18);
    const first = firstItemsOf(sub, 4);
    expect(subItemCount(first)).toBe(4);
    expect(first.notes.map((n) => n.note)).toEqual(["a"]);
    expect(first.notes[0]!.chapters.map((c) => c.items.map((i) => i.id))).toEqual([
      ["a-c1-1", "a-c1-2", "a-c1-3"],
      ["a-c2-1"],
    ]);
  });

  it("keeps everything when the limit is not reached", () => {
    expect(firstItemsOf(sub, 100)).toEqual(sub);
    expect(subItemCount(firstItemsOf(sub, 0))).toBe(0);
  });
});
