import type { ChecklistId, ChapterSlug, Lang } from "@/lib/content/types";
import { notePageUrl, taskAnchor } from "@/lib/content/urls";
import type { ChecklistPageData, ChecklistPageItem } from "./checklist-types";

/**
 * The checklist data as it crosses the wire (`/checklist-items.json`): what every item repeats —
 * its note's title and language, its chapter's title, its URL and its search text — is sent once
 * per note or chapter, or rebuilt in the browser. `unpackChecklistData(packChecklistData(d))`
 * equals `d` (lib/client/checklist-wire.test.ts), so the page works on exactly the data the server
 * built. For the 8,950 items of the 1,000-note bench corpus: 1.1 MB (377 KB gzip) instead of 5.2 MB
 * (712 KB gzip).
 */
export const CHECKLIST_WIRE_VERSION = 1;

/**
 * One item: id, source default (1/0), plain text, rendered HTML (0 when it equals the plain text),
 * note (index into `notes`), chapter (index into `chapters`, -1 for the note page), language (0
 * when it is the note's), categories (indexes into `categories`).
 */
export type WireItem = [string, 0 | 1, string, string | 0, number, number, Lang | 0, number[]];

export interface ChecklistWire {
  v: typeof CHECKLIST_WIRE_VERSION;
  /** [slug, title, language]. */
  notes: [string, string, Lang][];
  /** [slug, title]; a chapter belongs to the note of the items that name it. */
  chapters: [string, string | null][];
  categories: string[];
  items: WireItem[];
  areas: ChecklistPageData["areas"];
  langs: Lang[];
  /** Owners, due date (0: none) and interval in days (0: none) of the items that carry them, by item index. */
  meta?: Record<number, [string[], string | 0, number]>;
}

/** The search text of an item, as the checklist filter matches it (before normalising). */
export function itemSearchText(
  plain: string,
  noteTitle: string,
  chapterTitle: string | null,
): string {
  return [plain, noteTitle, chapterTitle ?? ""].join("\n");
}

function indexer<K>(): { table: K[]; index(key: string, make: () => K): number } {
  const table: K[] = [];
  const seen = new Map<string, number>();
  return {
    table,
    index(key, make) {
      let i = seen.get(key);
      if (i === undefined) {
        i = table.push(make()) - 1;
        seen.set(key, i);
      }
      return i;
    },
  };
}

export function packChecklistData(data: ChecklistPageData): ChecklistWire {
  const notes = indexer<[string, string, Lang]>();
  const chapters = indexer<[string, string | null]>();
  const categories = indexer<string>();
  const meta: NonNullable<ChecklistWire["meta"]> = {};
  const items = data.items.map((item, i): WireItem => {
    if (item.meta) meta[i] = [item.meta.owners, item.meta.due ?? 0, item.meta.every ?? 0];
    const note = notes.index(item.note, () => [item.note, item.noteTitle, item.noteLang]);
    const chapter =
      item.chapter === null
        ? -1
        : chapters.index(`${item.note}/${item.chapter}`, () => [item.chapter!, item.chapterTitle]);
    return [
      item.id,
      item.checked ? 1 : 0,
      item.plain,
      item.html === item.plain ? 0 : item.html,
      note,
      chapter,
      item.lang === item.noteLang ? 0 : item.lang,
      item.taxonomy.map((c) => categories.index(c, () => c)),
    ];
  });
  return {
    v: CHECKLIST_WIRE_VERSION,
    notes: notes.table,
    chapters: chapters.table,
    categories: categories.table,
    items,
    areas: data.areas,
    langs: data.langs,
    ...(Object.keys(meta).length > 0 ? { meta } : {}),
  };
}

/** Thrown when the file is not checklist data this page understands (e.g. from another version). */
export class ChecklistWireError extends Error {}

/**
 * The checklist data back from its wire form. `normalize` is the search normaliser for text that
 * is searched in (lib/search/normalize `normalizeDocumentText`; the filter's words go through
 * `normalizeText`); it is passed in so this module stays small.
 */
export function unpackChecklistData(
  wire: unknown,
  normalize: (text: string) => string,
): ChecklistPageData {
  const w = wire as Partial<ChecklistWire> | null;
  if (
    !w ||
    w.v !== CHECKLIST_WIRE_VERSION ||
    !Array.isArray(w.items) ||
    !Array.isArray(w.notes) ||
    !Array.isArray(w.chapters) ||
    !Array.isArray(w.categories) ||
    !Array.isArray(w.areas) ||
    !Array.isArray(w.langs)
  ) {
    throw new ChecklistWireError(
      `unexpected checklist data (format ${String(w?.v)}, expected ${CHECKLIST_WIRE_VERSION})`,
    );
  }
  const { notes, chapters, categories } = w;
  const meta = w.meta ?? {};
  const items = w.items.map(
    ([id, checked, plain, html, n, c, lang, taxonomy], i): ChecklistPageItem => {
      const note = notes[n];
      const chapter = c >= 0 ? chapters[c] : null;
      if (!note || chapter === undefined)
        throw new ChecklistWireError(`item ${id} names a missing note or chapter`);
      const [slug, noteTitle, noteLang] = note;
      const chapterSlug = chapter ? (chapter[0] as ChapterSlug) : null;
      const chapterTitle = chapter ? chapter[1] : null;
      return {
        id: id as ChecklistId,
        checked: checked === 1,
        plain,
        html: html === 0 ? plain : html,
        search: normalize(itemSearchText(plain, noteTitle, chapterTitle)),
        note: slug,
        noteTitle,
        noteLang,
        chapter: chapterSlug,
        chapterTitle,
        url: notePageUrl(slug, chapterSlug, taskAnchor(id)),
        lang: lang === 0 ? noteLang : lang,
        taxonomy: taxonomy.map((k) => categories[k] ?? ""),
        ...(meta[i]
          ? { meta: { owners: meta[i][0], due: meta[i][1] || null, every: meta[i][2] || null } }
          : {}),
      };
    },
  );
  return { items, areas: w.areas, langs: w.langs };
}
