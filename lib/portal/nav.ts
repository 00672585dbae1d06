import type { ContentModel, Lang, Note, TaxonomyCategory } from "@/lib/content/types";
import { labelsByLocale, type LocalizedTexts } from "@/lib/i18n/messages";
import { categoryUrl } from "./categories";

/**
 * Notes listed by name in the sidebar while the site has at most this many. Above it the sidebar
 * shows only the current note (with its chapters) and a link to the paginated all-notes index,
 * so a page's HTML and RSC payload do not grow with the number of notes.
 */
export const INLINE_NOTES_MAX = 50;

export { ALL_NOTES_URL } from "./lists";

/** What the sidebar needs: plain, small data passed to a client component. */
export interface NavCategory {
  id: string;
  url: string;
  labels: LocalizedTexts;
  children: NavCategory[];
}

export interface NavNote {
  slug: string;
  title: string;
  lang: Lang;
  url: string;
  chapters: { slug: string; title: string; lang: Lang; url: string }[];
}

export interface NavTree {
  areas: NavCategory[];
  /** Every note, while there are at most `INLINE_NOTES_MAX`; null above that. */
  notes: NavNote[] | null;
  /** How many notes the site has (for "All notes (N)"). */
  noteCount: number;
  /** The note whose page (or chapter page) is shown; null on the site's own pages. */
  current: NavNote | null;
}

const toNav = (c: TaxonomyCategory): NavCategory => ({
  id: c.id,
  url: categoryUrl(c.id),
  labels: labelsByLocale(c.labels),
  children: c.children.map(toNav),
});

const navNote = (n: Note): NavNote => ({
  slug: n.slug,
  title: n.title,
  lang: n.lang,
  url: `/notes/${n.slug}`,
  chapters: n.chapters.map((c) => ({ slug: c.slug, title: c.title, lang: c.lang, url: c.url })),
});

/**
 * The sidebar's data for one page: the taxonomy, the notes while they are few, and the current
 * note (`currentSlug`, on note and chapter pages) with its chapters.
 */
export function navTree(
  model: Pick<ContentModel, "notes" | "taxonomy">,
  currentSlug: string | null = null,
  inlineMax: number = INLINE_NOTES_MAX,
): NavTree {
  const inline = model.notes.length <= inlineMax;
  const current = currentSlug ? model.notes.find((n) => n.slug === currentSlug) : undefined;
  return {
    areas: model.taxonomy.areas.map(toNav),
    notes: inline ? model.notes.map(navNote) : null,
    noteCount: model.notes.length,
    // With the notes inline the current note is among them; no second copy.
    current: current && !inline ? navNote(current) : null,
  };
}
