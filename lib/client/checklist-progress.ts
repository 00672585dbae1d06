import { areaOf, UNCLASSIFIED } from "@/lib/content/category-ids";
import type { ChecklistState } from "./checklist-schema";

/**
 * Progress numbers for the checklist page and the dashboard cards. One pure function, so both
 * places show the same numbers for the same items and the same stored state.
 */

/** What progress needs to know about an item (a `ChecklistItem` fits). */
export interface ProgressItem {
  id: string;
  /** The source default (`- [x]` is true); used until the reader changes the item. */
  checked: boolean;
  note: string;
  /** Category ids: areas (`capacity`) and subcategories (`capacity/design`). */
  taxonomy: readonly string[];
}

export interface Count {
  done: number;
  total: number;
}

export interface ChecklistProgress {
  overall: Count;
  /** By area id; an item filed under `capacity/design` counts for `capacity`. */
  areas: Record<string, Count>;
  /** By subcategory id (`area/sub`). */
  subcategories: Record<string, Count>;
  /** By note slug. */
  notes: Record<string, Count>;
  /** Items with no category. */
  unclassified: Count;
}

type ProgressState = Pick<ChecklistState, "items">;

/** Whether an item is done: the reader's change if there is one, else the source default. */
export function isDone(id: string, sourceDefault: boolean, state: ProgressState): boolean {
  return state.items[id]?.checked ?? sourceDefault;
}

/** Done/total over a list of ids; `defaults` holds each id's source default. */
export function countDone(
  ids: readonly string[],
  defaults: Readonly<Record<string, boolean>>,
  state: ProgressState,
): Count {
  const unique = new Set(ids);
  let done = 0;
  for (const id of unique) if (isDone(id, defaults[id] ?? false, state)) done += 1;
  return { done, total: unique.size };
}

/** Whole percent, rounded down so that 59 of 60 never reads as 100 %. */
export function percent(count: Count): number {
  return count.total === 0 ? 0 : Math.floor((count.done * 100) / count.total);
}

export { areaOf };

function bump(table: Record<string, Count>, key: string, done: boolean): void {
  const count = (table[key] ??= { done: 0, total: 0 });
  count.total += 1;
  if (done) count.done += 1;
}

export function computeProgress(
  items: readonly ProgressItem[],
  state: ProgressState,
): ChecklistProgress {
  const progress: ChecklistProgress = {
    overall: { done: 0, total: 0 },
    areas: {},
    subcategories: {},
    notes: {},
    unclassified: { done: 0, total: 0 },
  };
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    const done = isDone(item.id, item.checked, state);
    progress.overall.total += 1;
    if (done) progress.overall.done += 1;
    bump(progress.notes, item.note, done);
    if (item.taxonomy.length === 0) {
      progress.unclassified.total += 1;
      if (done) progress.unclassified.done += 1;
      continue;
    }
    for (const scope of scopesOf(item.taxonomy)) {
      bump(scope.includes("/") ? progress.subcategories : progress.areas, scope, done);
    }
  }
  return progress;
}

/** Whether an item is filed under `category` (an area also holds its subcategories' items). */
export function inCategory(item: Pick<ProgressItem, "taxonomy">, category: string): boolean {
  return item.taxonomy.some(
    (c) => c === category || (!category.includes("/") && areaOf(c) === category),
  );
}

/** The scope key of items with no category (the same id as the unclassified category view). */
export const UNCLASSIFIED_SCOPE = UNCLASSIFIED;

/**
 * The progress scopes an item counts for, as `computeProgress` counts it: each area it is filed
 * under (once), each subcategory, or `unclassified` when it has no category.
 */
export function scopesOf(taxonomy: readonly string[]): string[] {
  if (taxonomy.length === 0) return [UNCLASSIFIED_SCOPE];
  return [...new Set(taxonomy.map(areaOf)), ...new Set(taxonomy.filter((c) => c.includes("/")))];
}

/**
 * Done (by source defaults) and total per scope, for the server to render into each progress bar.
 * An id that occurs twice counts once, with its first occurrence (as in `computeProgress`).
 */
export function defaultCounts(items: readonly ProgressItem[]): Record<string, Count> {
  const counts: Record<string, Count> = {};
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    for (const scope of scopesOf(item.taxonomy)) bump(counts, scope, item.checked);
  }
  return counts;
}

/** Per item: its source default and the scopes it counts for (`progress-index.ts` loads it). */
export type ProgressIndex = ReadonlyMap<
  string,
  { readonly checked: boolean; readonly scopes: readonly string[] }
>;

/**
 * The live count of one scope: the server's count by source defaults plus the reader's changes to
 * items in the scope. Equals `computeProgress(items, state)` for that scope; ids in the state that
 * no longer exist (or lie outside the scope) change nothing.
 */
export function liveCount(
  base: Count,
  scope: string,
  index: ProgressIndex,
  state: ProgressState,
): Count {
  let done = base.done;
  for (const [id, entry] of Object.entries(state.items)) {
    const item = index.get(id);
    if (item === undefined || !item.scopes.includes(scope)) continue;
    done += Number(entry.checked) - Number(item.checked);
  }
  return { done, total: base.total };
}
