import { describe, expect, it } from "vitest";
import {
  computeProgress,
  countDone,
  defaultCounts,
  inCategory,
  liveCount,
  percent,
  scopesOf,
  type ProgressItem,
} from "./checklist-progress";
import { decodeProgressIndex, encodeProgressIndex } from "./progress-index";

const items: ProgressItem[] = [
  { id: "a--1", checked: false, note: "a", taxonomy: ["security/pod"] },
  { id: "a--2", checked: true, note: "a", taxonomy: ["security/pod", "security"] },
  { id: "a--3", checked: false, note: "a", taxonomy: ["capacity/design", "security/rbac"] },
  { id: "b--1", checked: false, note: "b", taxonomy: [] },
  { id: "b--2", checked: true, note: "b", taxonomy: ["capacity"] },
];
const entry = (checked: boolean) => ({
  checked,
  updatedAt: "2024-01-01T00:00:00Z",
  text: null,
  note: null,
});

describe("computeProgress", () => {
  it("uses source defaults when the reader changed nothing", () => {
    const p = computeProgress(items, { items: {} });
    expect(p.overall).toEqual({ done: 2, total: 5 });
    expect(p.areas).toEqual({ security: { done: 1, total: 3 }, capacity: { done: 1, total: 2 } });
    expect(p.subcategories).toEqual({
      "security/pod": { done: 1, total: 2 },
      "security/rbac": { done: 0, total: 1 },
      "capacity/design": { done: 0, total: 1 },
    });
    expect(p.notes).toEqual({ a: { done: 1, total: 3 }, b: { done: 1, total: 2 } });
    expect(p.unclassified).toEqual({ done: 0, total: 1 });
  });

  it("lets the reader's changes win over source defaults", () => {
    const p = computeProgress(items, {
      items: { "a--2": entry(false), "a--3": entry(true), "b--1": entry(true) },
    });
    expect(p.overall).toEqual({ done: 3, total: 5 });
    expect(p.areas.security).toEqual({ done: 1, total: 3 });
    expect(p.areas.capacity).toEqual({ done: 2, total: 2 });
    expect(p.unclassified).toEqual({ done: 1, total: 1 });
  });

  it.each(["security", "capacity", "security/pod", "capacity/design", "unclassified"])(
    "gives the bars (server counts + liveCount) and countDone the page's numbers for %s",
    (scope) => {
      const state = {
        items: { "a--1": entry(true), "b--2": entry(false), "gone--1": entry(true) },
      };
      const progress = computeProgress(items, state);
      const expected =
        scope === "unclassified"
          ? progress.unclassified
          : scope.includes("/")
            ? progress.subcategories[scope]
            : progress.areas[scope];
      expect(expected).toBeDefined();
      const index = decodeProgressIndex(encodeProgressIndex(items));
      const base = defaultCounts(items)[scope];
      expect(base).toBeDefined();
      if (base) expect(liveCount(base, scope, index, state)).toEqual(expected);
      const inside = items.filter((i) =>
        scope === "unclassified" ? i.taxonomy.length === 0 : inCategory(i, scope),
      );
      const defaults = Object.fromEntries(inside.map((i) => [i.id, i.checked]));
      expect(
        countDone(
          inside.map((i) => i.id),
          defaults,
          state,
        ),
      ).toEqual(expected);
    },
  );
});

describe("scopesOf", () => {
  it.each([
    [[], ["unclassified"]],
    [["security"], ["security"]],
    [
      ["security/pod", "security"],
      ["security", "security/pod"],
    ],
    [
      ["capacity/design", "security/rbac"],
      ["capacity", "security", "capacity/design", "security/rbac"],
    ],
    [
      ["容量/設計", "容量"],
      ["容量", "容量/設計"],
    ],
  ])("%o → %o", (taxonomy, expected) => {
    expect(scopesOf(taxonomy)).toEqual(expected);
  });
});

describe("percent", () => {
  it.each([
    [{ done: 0, total: 0 }, 0],
    [{ done: 59, total: 60 }, 98],
    [{ done: 60, total: 60 }, 100],
    [{ done: 1, total: 3 }, 33],
  ])("%o → %i", (count, expected) => {
    expect(percent(count)).toBe(expected);
  });
});
