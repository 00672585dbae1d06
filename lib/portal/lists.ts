/**
 * The long lists of the site, cut into pages with addresses the static export can write out:
 * the all-notes index, the link catalog (filtered by area and language), category pages and tag
 * pages. Page components call these; `lib/content/routes.ts` turns them into route params.
 */
import { UNCLASSIFIED } from "@/lib/content/category-ids";
import { LANGS, isLang, type ContentModel, type Lang, type Note } from "@/lib/content/types";
import { contentsOf, type CategoryContents, type CategoryTarget, type LinkRow } from "./categories";
import { linkCatalog, type LinkCatalog } from "./links";
import { laterPages, listHref, listSegments, pageCount, PAGE_SIZE } from "./paginate";

/**
 * `fn(model, key)` computed once per content model and key. Every page of a list needs the same
 * whole-site rows (a 75,000-link note makes them big); the model object stays the same while
 * content.json does (lib/content/index.ts), and a new model starts a new cache.
 */
function perModel<M extends object, R>(fn: (model: M, key: string) => R) {
  const caches = new WeakMap<M, Map<string, R>>();
  return (model: M, key: string): R => {
    let cache = caches.get(model);
    if (!cache) caches.set(model, (cache = new Map()));
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = fn(model, key)));
    return value;
  };
}

/* ------------------------------------------------------------------------------------------- */
/* All notes                                                                                    */

/** Address of the all-notes index (page 1; later pages and language filters below it). */
export const ALL_NOTES_URL = "/all-notes";

/** Orders of the all-notes index: the content folder's (default) or newest date first. */
export const NOTE_SORTS = ["newest"] as const;
export type NoteSort = (typeof NOTE_SORTS)[number];

/** Filter keys of `/all-notes/…`, in address order. */
export const ALL_NOTES_KEYS = ["lang", "sort"] as const;

export interface AllNotesFilter {
  lang: Lang | null;
  sort: NoteSort | null;
}

const allNotesFilters = (filter: AllNotesFilter) =>
  [
    ["lang", filter.lang],
    ["sort", filter.sort],
  ] as const;

/** Address of a page of the all-notes index. */
export function allNotesHref(filter: AllNotesFilter, page = 1): string {
  return listHref(ALL_NOTES_URL, allNotesFilters(filter), page);
}

/** Validates parsed filter segments; null when a value is not one the index offers. */
export function allNotesFilter(
  raw: Partial<Record<(typeof ALL_NOTES_KEYS)[number], string>>,
): AllNotesFilter | null {
  if (raw.lang !== undefined && !isLang(raw.lang)) return null;
  if (raw.sort !== undefined && !(NOTE_SORTS as readonly string[]).includes(raw.sort)) return null;
  return { lang: raw.lang ?? null, sort: (raw.sort as NoteSort | undefined) ?? null };
}

/** Languages notes are written in, in `LANGS` order. */
export function noteLangs(model: Pick<ContentModel, "notes">): Lang[] {
  const present = new Set(model.notes.map((n) => n.lang));
  return LANGS.filter((l) => present.has(l));
}

/** The notes the index lists under `filter`, in its order (undated notes last when newest first). */
/**
 * The notes in reading order: folder by folder as the sidebar shows them (a folder's index note,
 * then its notes and sub-folders by weight, then name); notes of a model without folders in file
 * order.
 */
export function readingOrder(
  model: Pick<ContentModel, "notes"> & Partial<Pick<ContentModel, "folders">>,
): Note[] {
  const folders = new Map((model.folders ?? []).map((f) => [f.path, f]));
  const bySlug = new Map(model.notes.map((n) => [n.slug as string, n]));
  const out: Note[] = [];
  const seen = new Set<string>();
  const take = (slug: string | null) => {
    const note = slug === null ? undefined : bySlug.get(slug);
    if (note && !seen.has(note.slug)) {
      seen.add(note.slug);
      out.push(note);
    }
  };
  const walk = (path: string) => {
    const folder = folders.get(path);
    if (!folder) return;
    take(folder.index);
    for (const e of folder.entries) {
      if (e.kind === "note") take(e.slug);
      else walk(e.path);
    }
  };
  walk("");
  for (const n of model.notes) take(n.slug);
  return out;
}

export function allNotesList(
  model: Pick<ContentModel, "notes"> & Partial<Pick<ContentModel, "folders">>,
  filter: AllNotesFilter,
): Note[] {
  const ordered = readingOrder(model);
  const notes = filter.lang ? ordered.filter((n) => n.lang === filter.lang) : ordered;
  if (filter.sort === "newest")
    // Array.prototype.sort is stable: notes of the same date keep the folder order.
    notes.sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
  return notes;
}

/**
 * Filter segments of every all-notes page except `/all-notes` itself: each language and order,
 * and `page/N` of each. Never empty (Next's static export refuses an empty list): with no notes
 * it still offers the newest-first order.
 */
export function allNotesPaths(model: Pick<ContentModel, "notes">): string[][] {
  const paths: string[][] = [];
  for (const lang of [null, ...noteLangs(model)])
    for (const sort of [null, ...NOTE_SORTS]) {
      const filter: AllNotesFilter = { lang, sort };
      const base = listSegments(allNotesFilters(filter));
      // [] is /all-notes itself (an optional catch-all, so the route always has a page).
      paths.push(base);
      for (const n of laterPages(allNotesList(model, filter).length))
        paths.push([...base, "page", n]);
    }
  return paths;
}

/* ------------------------------------------------------------------------------------------- */
/* Link catalog                                                                                 */

export const LINKS_URL = "/links";
/** The area filter's value for links filed under no category. */
export const UNCLASSIFIED_AREA = UNCLASSIFIED;
/** Filter keys of `/links/…`, in address order. */
export const LINK_KEYS = ["area", "lang"] as const;

export interface LinkFilter {
  /** An area id or `unclassified`; null for every area. */
  area: string | null;
  lang: Lang | null;
}

/** One row of the catalog's long list: a link under its area and section, or an empty section. */
export interface CatalogEntry {
  /** Area id, or `unclassified`. */
  area: string;
  /** Category id of the section (area or subcategory); null under unclassified. */
  section: string | null;
  /** Null for a section with no links (shown as "nothing filed here yet" when not filtering). */
  link: LinkRow | null;
}

const linkFilters = (filter: LinkFilter) =>
  [
    ["area", filter.area],
    ["lang", filter.lang],
  ] as const;

/** Address of a page of the link catalog. */
export function linksHref(filter: LinkFilter, page = 1): string {
  return listHref(LINKS_URL, linkFilters(filter), page);
}

/** Validates parsed filter segments against the catalog; null for an unknown area or language. */
export function linkFilter(
  catalog: LinkCatalog,
  raw: Partial<Record<(typeof LINK_KEYS)[number], string>>,
): LinkFilter | null {
  const areas = [...catalog.areas.map((a) => a.area.id as string), UNCLASSIFIED_AREA];
  if (raw.area !== undefined && !areas.includes(raw.area)) return null;
  if (raw.lang !== undefined && !(isLang(raw.lang) && catalog.langs.includes(raw.lang)))
    return null;
  return { area: raw.area ?? null, lang: (raw.lang as Lang | undefined) ?? null };
}

/**
 * The catalog under `filter` as one list in reading order (area → section → link), and how many
 * different links it holds (a link filed under two subcategories is listed under both, counted
 * once). Without a filter, sections with no links stay as placeholders, as on the full catalog.
 */
export function catalogEntries(
  catalog: LinkCatalog,
  filter: LinkFilter,
): { entries: CatalogEntry[]; shown: number } {
  const keep = (l: LinkRow) => !filter.lang || l.lang === filter.lang;
  const filtering = filter.area !== null || filter.lang !== null;
  const entries: CatalogEntry[] = [];
  const keys = new Set<string>();
  for (const group of catalog.areas) {
    if (filter.area && filter.area !== group.area.id) continue;
    for (const s of group.sections) {
      const links = s.links.filter(keep);
      if (links.length === 0 && !filtering)
        entries.push({ area: group.area.id, section: s.category.id, link: null });
      for (const link of links) {
        entries.push({ area: group.area.id, section: s.category.id, link });
        keys.add(link.key);
      }
    }
  }
  if (!filter.area || filter.area === UNCLASSIFIED_AREA)
    for (const link of catalog.unclassified.filter(keep)) {
      entries.push({ area: UNCLASSIFIED_AREA, section: null, link });
      keys.add(link.key);
    }
  return { entries, shown: keys.size };
}

const catalogCache = perModel((model: Pick<ContentModel, "notes" | "taxonomy">) =>
  linkCatalog(model, LANGS),
);

/** The link catalog of `model` in every language (computed once per model). */
export function siteLinkCatalog(model: Pick<ContentModel, "notes" | "taxonomy">): LinkCatalog {
  return catalogCache(model, "");
}

const entriesCache = perModel((catalog: LinkCatalog, key: string) =>
  catalogEntries(catalog, JSON.parse(key) as LinkFilter),
);

/** `catalogEntries`, computed once per catalog and filter. */
export function cachedCatalogEntries(catalog: LinkCatalog, filter: LinkFilter) {
  return entriesCache(catalog, JSON.stringify({ area: filter.area, lang: filter.lang }));
}

/** Filter segments of every catalog page except `/links` itself (never empty: areas exist). */
export function linkCatalogPaths(model: Pick<ContentModel, "notes" | "taxonomy">): string[][] {
  const catalog = siteLinkCatalog(model);
  const paths: string[][] = [];
  const areas = [null, ...catalog.areas.map((a) => a.area.id as string), UNCLASSIFIED_AREA];
  for (const area of areas)
    for (const lang of [null, ...catalog.langs]) {
      const filter = { area, lang };
      const base = listSegments(linkFilters(filter));
      // [] is /links itself (an optional catch-all, so the route always has a page).
      paths.push(base);
      for (const n of laterPages(cachedCatalogEntries(catalog, filter).entries.length))
        paths.push([...base, "page", n]);
    }
  return paths;
}

/* ------------------------------------------------------------------------------------------- */
/* Category and tag pages                                                                       */

/**
 * Pages of a category page: page N shows the Nth hundred of each of its lists (chapters, notes,
 * links, checklist items), so it has as many pages as its longest list needs.
 */
export function categoryPageCount(contents: CategoryContents, size = PAGE_SIZE): number {
  return Math.max(
    pageCount(contents.chapters.length, size),
    pageCount(contents.notes.length, size),
    pageCount(contents.links.length, size),
    pageCount(contents.items.length, size),
  );
}

const contentsCache = perModel((model: Pick<ContentModel, "notes">, target: string) =>
  contentsOf(model, target as CategoryTarget),
);

/** `contentsOf` (what a category page lists), computed once per model and category. */
export function categoryContents(
  model: Pick<ContentModel, "notes">,
  target: CategoryTarget,
): CategoryContents {
  return contentsCache(model, target);
}

/** Page numbers after the first of a category page (`["2", "3"]`). */
export function categoryLaterPages(
  model: Pick<ContentModel, "notes">,
  target: CategoryTarget,
): string[] {
  const pages = categoryPageCount(categoryContents(model, target));
  return Array.from({ length: pages - 1 }, (_, i) => String(i + 2));
}
