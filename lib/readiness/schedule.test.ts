import { describe, expect, it } from "vitest";
import { matchFilter, ALL_ITEMS } from "@/lib/client/checklist-view";
import { countOverdue, DUE_ALWAYS, dueBy, scheduleOf } from "./profile";
import { tallyOverall } from "./summary";

const on = "2026-12-04";

describe("when an item is due", () => {
  it("a recurring drill is due its interval after it was last done", () => {
    expect(scheduleOf({ state: "done", date: "2026-08-01" }, { due: null, every: 90 }, on)).toEqual(
      {
        lastDone: "2026-08-01",
        next: "2026-10-30",
        overdue: true,
      },
    );
    expect(
      scheduleOf({ state: "done", date: "2026-11-01" }, { due: null, every: 90 }, on),
    ).toMatchObject({
      next: "2027-01-30",
      overdue: false,
    });
  });

  it("a drill never done is overdue; one that does not apply never is", () => {
    expect(scheduleOf(null, { due: null, every: 90 }, on).overdue).toBe(true);
    expect(
      scheduleOf({ state: "not-applicable", date: null }, { due: null, every: 90 }, on).overdue,
    ).toBe(false);
  });

  it("an item with a due date is overdue after it unless done", () => {
    expect(
      scheduleOf({ state: "open", date: null }, { due: "2026-03-01", every: null }, on).overdue,
    ).toBe(true);
    expect(
      scheduleOf({ state: "done", date: null }, { due: "2026-03-01", every: null }, on).overdue,
    ).toBe(false);
    expect(scheduleOf(null, { due: "2027-03-01", every: null }, on)).toMatchObject({
      next: "2027-03-01",
      overdue: false,
    });
    expect(scheduleOf(null, undefined, on)).toEqual({ lastDone: null, next: null, overdue: false });
  });
});

describe("one due rule for the board, the dashboard and the filter", () => {
  const every = { due: null, every: 90 };
  it("gives the day after which an item is overdue", () => {
    expect(dueBy({ state: "done", date: "2026-08-01" }, every)).toBe("2026-10-30");
    expect(dueBy(null, every)).toBe(DUE_ALWAYS);
    // Done with no date: when it was done is not known, so it is not counted overdue anywhere.
    expect(dueBy({ state: "done", date: null }, every)).toBeNull();
    expect(dueBy({ state: "not-applicable", date: null }, every)).toBeNull();
  });

  it("the dashboard's count agrees with the board's schedule", () => {
    const items = [
      { id: "a", taxonomy: [], meta: every },
      { id: "b", taxonomy: [], meta: every },
      { id: "c", taxonomy: [], meta: every },
    ];
    const decided = (state: "done" | "open", date: string | null) => ({
      decision: {
        state,
        reason: null,
        owner: null,
        evidence: null,
        date,
        text: null,
        section: null,
      },
      from: "file" as const,
      recheck: null,
      entryId: "x",
    });
    const byItem = new Map([
      ["a", decided("done", "2026-08-01")],
      ["b", decided("done", null)],
    ]);
    const overdueOnBoard = items.filter(
      (i) => scheduleOf(byItem.get(i.id)?.decision ?? null, i.meta, on).overdue,
    );
    expect(overdueOnBoard.map((i) => i.id)).toEqual(["a", "c"]);
    expect(countOverdue(tallyOverall(items, byItem).due, on)).toBe(2);
  });
});

describe("the checklist's due filter in the reader's own study", () => {
  const item = (id: string, meta?: { due: string | null; every: number | null }) => ({
    id,
    checked: false,
    plain: id,
    search: id,
    note: "n",
    chapter: null,
    lang: "en",
    taxonomy: [],
    ...(meta ? { meta: { owners: [], ...meta } } : {}),
  });
  const items = [
    item("plain"),
    item("drill", { due: null, every: 30 }),
    item("dated", { due: "2027-01-01", every: null }),
    item("late", { due: "2026-01-01", every: null }),
  ];
  // The drill was ticked on 2026-11-20: within its 30 days.
  const state = {
    items: { drill: { checked: true, updatedAt: "2026-11-20T09:00:00Z", text: null, note: null } },
  };
  const ids = (due: "dated" | "overdue") =>
    items.filter(matchFilter({ ...ALL_ITEMS, due }, state, (t) => t, on)).map((i) => i.id);

  it("keeps items with a due date or interval, or only those past due", () => {
    expect(ids("dated")).toEqual(["drill", "dated", "late"]);
    expect(ids("overdue")).toEqual(["late"]);
  });
});
