import { describe, expect, it } from "vitest";
import {
  areaProgressProps,
  computeProgress,
  countDone,
  percent,
  type ProgressItem,
} from "./checklist-progress";

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

  it.each(["security", "capacity", "security/pod", "capacity/design"])(
    "gives the dashboard (areaProgressProps + countDone) the page's numbers for %s",
    (category) => {
      const state = { items: { "a--1": entry(true), "b--2": entry(false) } };
      const { itemIds, defaults } = areaProgressProps(items, category);
      const progress = computeProgress(items, state);
      const expected = category.includes("/")
        ? progress.subcategories[category]
        : progress.areas[category];
      expect(expected).toBeDefined();
      expect(countDone(itemIds, defaults, state)).toEqual(expected);
    },
  );
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
