import type { ChecklistState } from "./checklist-schema";
import { scheduleOf, today } from "@/lib/readiness/profile";
import { UNCLASSIFIED } from "@/lib/content/category-ids";
import { areaOf, isDone } from "./checklist-progress";

/**
 * What the checklist page shows: filtering and grouping (area → subcategory → note → chapter,
 * plus "unclassified"). Pure functions over plain item data, so they are tested without a DOM.
 */

/** An item as the checklist page receives it from the server (plain, serialisable). */
export interface ViewItem {
  id: string;
  /** Source default (`- [x]` is true). */
  checked: boolean;
  /** Plain item text. */
  plain: string;
  /** Item text, note title and chapter title, already passed through the search normaliser. */
  search: string;
  note: string;
  /** Chapter slug, or null for items on the note page. */
  chapter: string | null;
  lang: string;
  taxonomy: readonly string[];
  /** Owners, due date and interval written in the item (lib/content/task-meta.ts), if any. */
  meta?: { owners: readonly string[]; due: string | null; every: number | null };
}

export { UNCLASSIFIED };

export interface ChecklistFilter {
  status: "all" | "open" | "done";
  /** An area id, `unclassified`, or `all`. */
  area: string;
  /** A language tag or `all`. */
  lang: string;
  /** Free text, matched after normalisation; every space-separated term must appear. */
  text: string;
  /** An owner written in items (`@name`), or `all`; optional so older callers keep their shape. */
  owner?: string;
  /** `dated`: items with a due date or an interval; `overdue`: those past due (see `scheduleOf`). */
  due?: "all" | "dated" | "overdue";
}

export const ALL_ITEMS: ChecklistFilter = { status: "all", area: "all", lang: "all", text: "" };

export function itemAreas(item: Pick<ViewItem, "taxonomy">): string[] {
  return item.taxonomy.length === 0 ? [UNCLASSIFIED] : [...new Set(item.taxonomy.map(areaOf))];
}

/**
 * Returns a predicate for the filter. `normalize` is the query side of the normaliser the items'
 * `search` went through (`normalizeText` for items folded by `normalizeDocumentText`).
 */
export function matchFilter(
  filter: ChecklistFilter,
  state: Pick<ChecklistState, "items">,
  normalize: (text: string) => string,
  on: string = today(),
): (item: ViewItem) => boolean {
  const terms = normalize(filter.text)
    .split(/\s+/u)
    .filter((term) => term.length > 0);
  return (item) => {
    if (filter.status !== "all") {
      const done = isDone(item.id, item.checked, state);
      if (done !== (filter.status === "done")) return false;
    }
    if (filter.area !== "all" && !itemAreas(item).includes(filter.area)) return false;
    if (filter.lang !== "all" && item.lang !== filter.lang) return false;
    if (filter.owner && filter.owner !== "all" && !(item.meta?.owners ?? []).includes(filter.owner))
      return false;
    if (filter.due === "dated" && !item.meta?.due && !item.meta?.every) return false;
    if (filter.due === "overdue" && !ownOverdue(item, state, on)) return false;
    return terms.every((term) => item.search.includes(term));
  };
}

/**
 * Whether an item is past due in the reader's own study: a due date not met, or a recurring item
 * whose last tick (the time it was ticked) is longer ago than its interval.
 */
export function ownOverdue(
  item: Pick<ViewItem, "id" | "checked" | "meta">,
  state: Pick<ChecklistState, "items">,
  on: string,
): boolean {
  if (!item.meta) return false;
  const entry = state.items[item.id];
  const done = isDone(item.id, item.checked, state);
  const decision = {
    state: done ? ("done" as const) : ("open" as const),
    date: entry?.updatedAt.slice(0, 10) ?? null,
  };
  return scheduleOf(decision, item.meta, on).overdue;
}

export interface ChapterGroup<I> {
  /** Chapter slug, or null for the note page. */
  chapter: string | null;
  items: I[];
}
export interface NoteGroup<I> {
  note: string;
  chapters: ChapterGroup<I>[];
}
export interface SubGroup<I> {
  /** Subcategory id, or the area id for items filed under the area only. */
  id: string;
  notes: NoteGroup<I>[];
}
export interface AreaGroup<I> {
  /** Area id, or `unclassified`. */
  id: string;
  subs: SubGroup<I>[];
}

/** How many items a subcategory group holds. */
export function subItemCount<I>(sub: SubGroup<I>): number {
  let n = 0;
  for (const note of sub.notes) for (const chapter of note.chapters) n += chapter.items.length;
  return n;
}

/** The group with only its first `limit` items (in order), dropping chapters and notes left empty. */
export function firstItemsOf<I>(sub: SubGroup<I>, limit: number): SubGroup<I> {
  let left = limit;
  const notes: NoteGroup<I>[] = [];
  for (const note of sub.notes) {
    if (left <= 0) break;
    const chapters: ChapterGroup<I>[] = [];
    for (const chapter of note.chapters) {
      if (left <= 0) break;
      const items = chapter.items.slice(0, left);
      left -= items.length;
      if (items.length > 0) chapters.push({ chapter: chapter.chapter, items });
    }
    if (chapters.length > 0) notes.push({ note: note.note, chapters });
  }
  return { id: sub.id, notes };
}

/** Taxonomy order: area ids, each with its subcategory ids. */
export interface TaxonomyOrder {
  id: string;
  children: readonly { id: string }[];
}

/**
 * Groups items area → subcategory → note → chapter in taxonomy order, then "unclassified". An item
 * filed under two categories is listed under both. Notes and chapters keep the items' order.
 */
export function groupItems<I extends ViewItem>(
  items: readonly I[],
  taxonomy: readonly TaxonomyOrder[],
): AreaGroup<I>[] {
  const bySub = new Map<string, I[]>();
  const push = (key: string, item: I) => {
    const list = bySub.get(key);
    if (list) list.push(item);
    else bySub.set(key, [item]);
  };
  for (const item of items) {
    if (item.taxonomy.length === 0) {
      push(UNCLASSIFIED, item);
      continue;
    }
    const subs = new Set(item.taxonomy.filter((c) => c.includes("/")));
    const subAreas = new Set([...subs].map(areaOf));
    for (const sub of subs) push(sub, item);
    // Filed under an area but none of its subcategories: listed under the area itself.
    for (const area of new Set(item.taxonomy.map(areaOf)))
      if (!subAreas.has(area)) push(area, item);
  }

  const toNotes = (list: readonly I[]): NoteGroup<I>[] => {
    const notes = new Map<string, Map<string | null, I[]>>();
    for (const item of list) {
      const chapters = notes.get(item.note) ?? new Map<string | null, I[]>();
      notes.set(item.note, chapters);
      const chapterItems = chapters.get(item.chapter) ?? [];
      chapters.set(item.chapter, chapterItems);
      chapterItems.push(item);
    }
    return [...notes].map(([note, chapters]) => ({
      note,
      chapters: [...chapters].map(([chapter, chapterItems]) => ({ chapter, items: chapterItems })),
    }));
  };

  // Subgroup keys per area in taxonomy order; the area's own key (items filed under the area only)
  // comes after its subcategories. Categories the taxonomy does not know still show, last.
  const order = new Map<string, string[]>();
  for (const area of taxonomy) order.set(area.id, [...area.children.map((c) => c.id), area.id]);
  for (const key of [...bySub.keys()].sort()) {
    if (key === UNCLASSIFIED) continue;
    const keys = order.get(areaOf(key)) ?? [];
    order.set(areaOf(key), keys);
    if (!keys.includes(key)) keys.push(key);
  }
  const groups: AreaGroup<I>[] = [];
  for (const [id, keys] of order) {
    const subs = keys.flatMap((key) => {
      const list = bySub.get(key);
      return list ? [{ id: key, notes: toNotes(list) }] : [];
    });
    if (subs.length > 0) groups.push({ id, subs });
  }
  const unclassified = bySub.get(UNCLASSIFIED);
  if (unclassified)
    groups.push({ id: UNCLASSIFIED, subs: [{ id: UNCLASSIFIED, notes: toNotes(unclassified) }] });
  return groups;
}
