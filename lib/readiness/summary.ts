import type { MergedProfile } from "@/lib/client/readiness-store";
import { itemAreas } from "@/lib/client/checklist-view";
import { dueBy, type ProfileDecision, type ProfileEntry } from "./profile";

/** The fields of a current checklist item a profile view needs. */
export interface SummaryItem {
  id: string;
  taxonomy: readonly string[];
  meta?: { due: string | null; every: number | null };
}

export type Recheck =
  { kind: "section-changed" } | { kind: "reworded"; oldId: string; oldText: string | null };

/** What a profile says about one current item. */
export interface ItemDecision {
  decision: ProfileDecision;
  from: "file" | "local";
  /** Set when the note changed since the decision: it does not count until someone confirms it. */
  recheck: Recheck | null;
  /** The entry's id in the file (differs from the item's id for a reworded item). */
  entryId: string;
}

/**
 * A profile's decisions attached to the current items: an entry of a reworded item moves to the
 * item it became (marked for re-check); entries that match no item are returned as `missing`.
 */
export function attachDecisions(merged: MergedProfile): {
  byItem: Map<string, ItemDecision>;
  missing: { id: string; decision: ProfileDecision; entry: ProfileEntry | null }[];
} {
  const byItem = new Map<string, ItemDecision>();
  const missing: { id: string; decision: ProfileDecision; entry: ProfileEntry | null }[] = [];
  for (const [id, { decision, from, entry }] of merged.decisions) {
    const status = entry?.status ?? { kind: "current" as const };
    if (from === "local" && entry === null) {
      byItem.set(id, { decision, from, recheck: null, entryId: id });
    } else if (status.kind === "missing") missing.push({ id, decision, entry });
    else if (status.kind === "reworded") {
      // A decision already made on the new id wins over the one carried over from the old id.
      if (!byItem.has(status.item))
        byItem.set(status.item, {
          decision,
          from,
          recheck: { kind: "reworded", oldId: id, oldText: decision.text },
          entryId: id,
        });
    } else
      byItem.set(id, {
        decision,
        from,
        // A local edit confirms the decision against the section as it is now.
        recheck:
          status.kind === "section-changed" && from === "file" ? { kind: "section-changed" } : null,
        entryId: id,
      });
  }
  return { byItem, missing };
}

export interface AreaTally {
  total: number;
  done: number;
  notApplicable: number;
  /** Decided open (an item with no decision is only in `total`). */
  open: number;
  recheck: number;
  /** Due days (`dueBy`) of the items that can fall due: compared with today in the browser. */
  due: string[];
}

function emptyTally(): AreaTally {
  return { total: 0, done: 0, notApplicable: 0, open: 0, recheck: 0, due: [] };
}

function tally(
  items: readonly SummaryItem[],
  byItem: ReadonlyMap<string, ItemDecision>,
  scopesOf: (item: SummaryItem) => readonly string[],
): Record<string, AreaTally> {
  const tallies: Record<string, AreaTally> = {};
  for (const item of items) {
    const found = byItem.get(item.id);
    const valid = found && !found.recheck ? found.decision : null;
    // A drill done before its text was reworded was still done: its schedule runs from that date.
    const due = dueBy(found?.decision ?? null, item.meta);
    for (const scope of scopesOf(item)) {
      const t = (tallies[scope] ??= emptyTally());
      t.total += 1;
      if (found?.recheck) t.recheck += 1;
      else if (valid?.state === "done") t.done += 1;
      else if (valid?.state === "not-applicable") t.notApplicable += 1;
      else if (valid?.state === "open") t.open += 1;
      if (due !== null) t.due.push(due);
    }
  }
  return tallies;
}

/** A profile's state of the items of each area (`unclassified` for items outside the taxonomy). */
export function tallyByArea(
  items: readonly SummaryItem[],
  byItem: ReadonlyMap<string, ItemDecision>,
): Record<string, AreaTally> {
  return tally(items, byItem, itemAreas);
}

/** A profile's state of all items, each counted once (an item filed under two areas too). */
export function tallyOverall(
  items: readonly SummaryItem[],
  byItem: ReadonlyMap<string, ItemDecision>,
): AreaTally {
  return tally(items, byItem, () => ["all"]).all ?? emptyTally();
}

/** Items counted done out of those that apply (not-applicable items are left out). */
export function applicable(tally: Pick<AreaTally, "total" | "done" | "notApplicable">): {
  done: number;
  total: number;
} {
  return { done: tally.done, total: tally.total - tally.notApplicable };
}
