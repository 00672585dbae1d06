import { describe, expect, it } from "vitest";
import {
  computeProgress,
  defaultCounts,
  liveCount,
  type Count,
  type ProgressItem,
} from "./checklist-progress";
import type { ChecklistState } from "./checklist-schema";
import { seededRandom as random } from "@/scripts/bench/corpus";
import { decodeProgressIndex, encodeProgressIndex } from "./progress-index";

const AREAS = ["security", "容量", "备份", "보안"];
const SUBS = ["security/pod", "security/rbac", "容量/設計", "备份/etcd", "보안/네트워크"];
const NOTES = ["k8s-study", "日本語ノート", "zh-hans-notes", "a--b"];

/** A model: items with random notes, defaults and taxonomies (none, areas, subcategories, both). */
function generateItems(next: () => number, count: number): ProgressItem[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const items: ProgressItem[] = [];
  for (let i = 0; i < count; i++) {
    const note = pick(NOTES);
    const taxonomy = Array.from({ length: Math.floor(next() * 4) }, () =>
      next() < 0.5 ? pick(AREAS) : pick(SUBS),
    );
    const occurrence = next() < 0.1 ? "-2" : "";
    items.push({ id: `${note}--h${i}x${occurrence}`, checked: next() < 0.3, note, taxonomy });
  }
  // An id that does not start with its note's slug, and one that occurs twice.
  items.push({ id: "odd-id", checked: true, note: "k8s-study", taxonomy: ["security/pod"] });
  if (items[0]) items.push({ ...items[0], checked: !items[0].checked, taxonomy: ["보안"] });
  return items;
}

/** Reader changes to random items, plus ticks of items that no longer exist. */
function generateState(next: () => number, items: readonly ProgressItem[]): ChecklistState {
  const state: ChecklistState = { version: 2, items: {}, previous: null };
  const entry = (checked: boolean) => ({
    checked,
    updatedAt: "2024-01-01T00:00:00Z",
    text: null,
    note: null,
  });
  for (const item of items) if (next() < 0.4) state.items[item.id] = entry(next() < 0.5);
  for (let i = 0; i < 5; i++) state.items[`removed-note--gone${i}`] = entry(next() < 0.5);
  state.items["k8s-study--reworded"] = entry(true);
  return state;
}

describe("progress bars from server counts and the progress file", () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))(
    "show the checklist page's numbers for every scope (seed %i)",
    (seed) => {
      const next = random(seed);
      const items = generateItems(next, 1 + Math.floor(next() * 120));
      const state = generateState(next, items);
      // Through JSON, as the browser gets it.
      const index = decodeProgressIndex(JSON.parse(JSON.stringify(encodeProgressIndex(items))));
      const base = defaultCounts(items);
      const page = computeProgress(items, state);
      const expected: Record<string, Count> = { ...page.areas, ...page.subcategories };
      if (page.unclassified.total > 0) expected.unclassified = page.unclassified;
      const bars = Object.fromEntries(
        Object.entries(base).map(([scope, count]) => [
          scope,
          liveCount(count, scope, index, state),
        ]),
      );
      expect(bars).toEqual(expected);
      // With no changes the server's counts are the page's numbers.
      const untouched = computeProgress(items, { items: {} });
      expect(base).toEqual({
        ...untouched.areas,
        ...untouched.subcategories,
        ...(untouched.unclassified.total > 0 ? { unclassified: untouched.unclassified } : {}),
      });
    },
  );

  it("stores each id with its default and scopes, grouped by note", () => {
    const file = encodeProgressIndex([
      { id: "k8s-study--abc", checked: true, note: "k8s-study", taxonomy: ["security/pod"] },
      { id: "k8s-study--def-2", checked: false, note: "k8s-study", taxonomy: [] },
      { id: "日本語--ghi", checked: false, note: "日本語", taxonomy: ["security/pod"] },
    ]);
    expect(file).toEqual({
      scopes: ["security", "security/pod", "unclassified"],
      sets: [[0, 1], [2]],
      items: {
        "k8s-study--": [
          ["abc", 1, 0],
          ["def-2", 0, 1],
        ],
        "日本語--": [["ghi", 0, 0]],
      },
    });
    const index = decodeProgressIndex(file);
    expect(index.get("k8s-study--def-2")).toEqual({ checked: false, scopes: ["unclassified"] });
    expect(index.get("日本語--ghi")).toEqual({
      checked: false,
      scopes: ["security", "security/pod"],
    });
  });

  it.each([
    ["not an object", "[]"],
    ["a dangling scope", '{"scopes":[],"sets":[[0]],"items":{}}'],
    ["a dangling set", '{"scopes":["a"],"sets":[[0]],"items":{"n--":[["x",1,3]]}}'],
    ["a default that is not 0 or 1", '{"scopes":["a"],"sets":[[0]],"items":{"n--":[["x",2,0]]}}'],
  ])("rejects a file with %s", (_, json) => {
    expect(() => decodeProgressIndex(JSON.parse(json))).toThrow();
  });
});
