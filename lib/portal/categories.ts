import { UNCLASSIFIED } from "@/lib/content/category-ids";
import type {
  CategoryId,
  ChapterSlug,
  ChecklistId,
  ContentModel,
  Lang,
  NoteSlug,
  TaxonomyCategory,
} from "@/lib/content/types";
import { notePageUrl } from "@/lib/content/urls";

/** The route segment of the view of everything that matched no category. */
export { UNCLASSIFIED };
/** A category page: one area, one subcategory, or the unclassified view. */
export type CategoryTarget = CategoryId | typeof UNCLASSIFIED;

/** The area part of a category id (`capacity/design` → `capacity`). */
export function areaIdOf(id: CategoryId): CategoryId {
  return id.split("/")[0] as CategoryId;
}

/** Site URL of a category page: `/categories/capacity`, `/categories/capacity/design`. */
export function categoryUrl(target: CategoryTarget): string {
  return `/categories/${target}`;
}

/** Whether something filed under `taxonomy` shows on `target`'s page. */
export function isFiledUnder(taxonomy: readonly CategoryId[], target: CategoryTarget): boolean {
  if (target === UNCLASSIFIED) return taxonomy.length === 0;
  if (target.includes("/")) return taxonomy.includes(target);
  return taxonomy.some((id) => areaIdOf(id) === target);
}

/** A category and where it sits. */
export interface ResolvedCategory {
  id: CategoryId;
  area: TaxonomyCategory;
  /** The subcategory; null for an area page. */
  sub: TaxonomyCategory | null;
  category: TaxonomyCategory;
}

/** Finds the category of a route (`area`, optional `sub` segment); null when there is none. */
export function resolveCategory(
  model: Pick<ContentModel, "taxonomy">,
  areaSegment: string,
  subSegment?: string,
): ResolvedCategory | null {
  const area = model.taxonomy.areas.find((a) => a.id === areaSegment);
  if (!area) return null;
  if (subSegment === undefined) return { id: area.id, area, sub: null, category: area };
  const sub = area.children.find((c) => c.id === `${area.id}/${subSegment}`);
  return sub ? { id: sub.id, area, sub, category: sub } : null;
}

/** Every category, looked up by id (for labels of chips). */
export function categoryIndex(
  model: Pick<ContentModel, "taxonomy">,
): Map<CategoryId, TaxonomyCategory> {
  return new Map(model.taxonomy.areas.flatMap((a) => [a, ...a.children]).map((c) => [c.id, c]));
}

export interface ChapterRow {
  note: NoteSlug;
  noteTitle: string;
  chapter: ChapterSlug;
  title: string;
  lang: Lang;
  url: string;
  taxonomy: CategoryId[];
}

export interface NoteRow {
  note: NoteSlug;
  title: string;
  lang: Lang;
  url: string;
  taxonomy: CategoryId[];
  /** Shared by the language versions of one note (counted once); null for a note in one language. */
  translationKey: string | null;
}

export interface LinkRow {
  /** Unique on a page: note, line and position in the note. */
  key: string;
  url: string;
  text: string;
  domain: string;
  /** The note text around the link; null when it says nothing beyond the link itself. */
  context: string | null;
  lang: Lang;
  note: NoteSlug;
  noteTitle: string;
  noteLang: Lang;
  /** Where the link sits in the site: its chapter page (or the note page) and heading. */
  at: string;
  /** Title of the chapter holding the link; null when it is on the note page. */
  chapterTitle: string | null;
  taxonomy: CategoryId[];
}

export interface ItemRow {
  id: ChecklistId;
  text: string;
  checked: boolean;
  lang: Lang;
  note: NoteSlug;
  noteTitle: string;
  noteLang: Lang;
  url: string;
  taxonomy: CategoryId[];
}

/** What a category page lists. */
export interface CategoryContents {
  chapters: ChapterRow[];
  notes: NoteRow[];
  links: LinkRow[];
  items: ItemRow[];
}

/** Every chapter, note, link and checklist item of the model as display rows. */
export function allRows(model: Pick<ContentModel, "notes">): CategoryContents {
  const rows: CategoryContents = { chapters: [], notes: [], links: [], items: [] };
  for (const note of model.notes) {
    const noteUrl = notePageUrl(note.slug);
    rows.notes.push({
      note: note.slug,
      title: note.title,
      lang: note.lang,
      url: noteUrl,
      taxonomy: note.taxonomy,
      translationKey: note.translationKey,
    });
    const chapterTitles = new Map(note.chapters.map((c) => [c.slug as string, c.title]));
    for (const c of note.chapters) {
      rows.chapters.push({
        note: note.slug,
        noteTitle: note.title,
        chapter: c.slug,
        title: c.title,
        lang: c.lang,
        url: c.url,
        taxonomy: c.taxonomy,
      });
    }
    note.links.forEach((link, i) => {
      const page = link.chapter ? `${noteUrl}/${link.chapter}` : noteUrl;
      const context = link.context.trim();
      rows.links.push({
        key: `${note.slug}:${link.line}:${i}`,
        url: link.url,
        text: link.text,
        domain: link.domain,
        context: context && context !== link.url && context !== link.text ? context : null,
        lang: link.lang,
        note: note.slug,
        noteTitle: note.title,
        noteLang: note.lang,
        at: link.anchor ? `${page}#${link.anchor}` : page,
        chapterTitle: link.chapter ? (chapterTitles.get(link.chapter) ?? null) : null,
        taxonomy: link.taxonomy,
      });
    });
    for (const item of note.checklist) {
      rows.items.push({
        id: item.id,
        text: item.plain,
        checked: item.checked,
        lang: item.lang,
        note: note.slug,
        noteTitle: note.title,
        noteLang: note.lang,
        url: item.url,
        taxonomy: item.taxonomy,
      });
    }
  }
  return rows;
}

/** The chapters, notes, links and checklist items filed under `target` (or unclassified). */
export function contentsOf(
  model: Pick<ContentModel, "notes">,
  target: CategoryTarget,
): CategoryContents {
  const rows = allRows(model);
  const keep = <T extends { taxonomy: CategoryId[] }>(list: T[]) =>
    list.filter((row) => isFiledUnder(row.taxonomy, target));
  return {
    chapters: keep(rows.chapters),
    notes: keep(rows.notes),
    links: keep(rows.links),
    items: keep(rows.items),
  };
}

/**
 * Whether a page filed under `taxonomy` (primary first) has `target` as its primary place: its
 * first category, or for an area page a first category inside that area.
 */
export function isPrimaryIn(taxonomy: readonly CategoryId[], target: CategoryId): boolean {
  const first = taxonomy[0];
  if (!first) return false;
  return first === target || (!target.includes("/") && areaIdOf(first) === target);
}
