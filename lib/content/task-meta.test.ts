import { describe, expect, it } from "vitest";
import { formatInterval, parseTaskMeta, withoutTaskMeta } from "./task-meta";

describe("checklist item markers", () => {
  it.each([
    [
      "Restore test (every 90d) @alice @sre-team",
      { owners: ["alice", "sre-team"], due: null, every: 90 },
    ],
    ["リストア訓練（90日ごと）@bob", { owners: ["bob"], due: null, every: 90 }],
    ["恢复演练 (每2周) due:2026-03-01", { owners: [], due: "2026-03-01", every: 14 }],
    ["복구 훈련 (6개월마다)", { owners: [], due: null, every: 180 }],
    [
      "Rotate certificates (every 1y), due: 2027-01-15.",
      { owners: [], due: "2027-01-15", every: 365 },
    ],
    // Not owners: an e-mail address, an npm scope, a URL path.
    [
      "Mail ops@example.com, install @types/node, see medium.com/@user",
      { owners: [], due: null, every: null },
    ],
  ])("reads %s", (text, meta) => {
    expect(parseTaskMeta(text)).toEqual({ meta, problems: [] });
  });

  it("explains a marker it cannot read and keeps the item", () => {
    const { meta, problems } = parseTaskMeta("Drill due:2026-02-30 (every 3 fortnights)");
    expect(meta).toEqual({ owners: [], due: null, every: null });
    expect(problems.map((p) => p.marker)).toEqual(["due:2026-02-30", "(every 3 fortnights)"]);
    expect(problems[0]!.message).toContain("due:YYYY-MM-DD");
  });

  it("takes the markers out of the text shown beside the chips", () => {
    expect(withoutTaskMeta("Restore test (every 90d) @alice due:2026-03-01")).toBe("Restore test");
    expect(withoutTaskMeta("リストア訓練（90日ごと）@bob")).toBe("リストア訓練");
    expect(withoutTaskMeta("Mail ops@example.com due:soon")).toBe("Mail ops@example.com due:soon");
  });

  it("writes an interval as people write it", () => {
    expect([90, 14, 365, 180, 5, 730].map(formatInterval)).toEqual([
      "90d",
      "2w",
      "1y",
      "180d",
      "5d",
      "2y",
    ]);
  });
});
