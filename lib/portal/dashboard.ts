import {
  LANGS,
  type CategoryId,
  type ContentModel,
  type Lang,
  type Note,
  type TaxonomyCategory,
} from "@/lib/content/types";
import {
  categoryUrl,
  contentsOf,
  UNCLASSIFIED,
  type CategoryContents,
  type CategoryTarget,
  type NoteRow,
} from "./categories";

/** How much is filed under one category. */
export interface Counts {
  notes: number;
  chapters: number;
  links: number;
  items: number;
}

/** What a dashboard card or a category heading shows about one category. */
export interface CategorySummary {
  id: CategoryTarget;
  url: string;
  /** Null for the unclassified view (its label is a UI string). */
  category: TaxonomyCategory | null;
  counts: Counts;
}

export interface AreaSummary extends CategorySummary {
  subcategories: CategorySummary[];
}

/** Notes counted once however many language versions they have (lib/content/translations.ts). */
export function distinctNotes(notes: readonly Pick<NoteRow, "note" | "translationKey">[]): number {
  return new Set(notes.map((n) => n.translationKey ?? `note:${n.note}`)).size;
}

export function countsOf(contents: CategoryContents): Counts {
  return {
    notes: distinctNotes(contents.notes),
    chapters: contents.chapters.length,
    links: contents.links.length,
    items: contents.items.length,
  };
}

export function summarize(
  model: Pick<ContentModel, "notes">,
  target: CategoryTarget,
  category: TaxonomyCategory | null,
): CategorySummary {
  const contents = contentsOf(model, target);
  return {
    id: target,
    url: categoryUrl(target),
    category,
    counts: countsOf(contents),
  };
}

/** One summary per taxonomy area (with its subcategories), in taxonomy order. */
export function areaSummaries(model: Pick<ContentModel, "notes" | "taxonomy">): AreaSummary[] {
  return model.taxonomy.areas.map((area) => ({
    ...summarize(model, area.id, area),
    subcategories: area.children.map((sub) => summarize(model, sub.id as CategoryId, sub)),
  }));
}

/** What matched no category. */
export function unclassifiedSummary(model: Pick<ContentModel, "notes">): CategorySummary {
  return summarize(model, UNCLASSIFIED, null);
}

export interface LanguageSummary {
  lang: Lang;
  /** Notes written in the language. */
  notes: number;
  /** Chapters in the language (a note's chapters can differ from the note). */
  chapters: number;
}

/** The languages the notes are written in, in the order of `LANGS`, with counts. */
export function languagesPresent(model: Pick<ContentModel, "notes">): LanguageSummary[] {
  return LANGS.map((lang) => ({
    lang,
    notes: model.notes.filter((n) => n.lang === lang).length,
    chapters: model.notes.flatMap((n) => n.chapters).filter((c) => c.lang === lang).length,
  })).filter((s) => s.notes + s.chapters > 0);
}

/** Notes with a valid date, newest first (then by title); notes whose date is only text are left out. */
export function recentNotes(
  model: Pick<ContentModel, "notes">,
  limit = 5,
): (Note & { date: string })[] {
  return model.notes
    .filter((n): n is Note & { date: string } => n.date !== null)
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title))
    .slice(0, limit);
}
