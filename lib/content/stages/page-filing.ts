import { filePage } from "../classify";
import type { Anchor, CategoryId, Section, Taxonomy } from "../types";
import type { NoteInput, PageFiling } from "./draft";
import { tocFiledSections } from "./sections";

/** What filing a page needs from the note. */
export interface NoteFilingFacts {
  taxonomy: Taxonomy;
  input: NoteInput;
  fmTaxonomy: CategoryId[] | null;
  tocFiled: ReadonlyMap<Anchor, CategoryId[]>;
  tags: readonly string[];
}

/** A page of a note: its title, headings, text and sections (`context`: the note's title, for a chapter). */
export interface FiledPage {
  title: string;
  headings: string[];
  text: string;
  sections: readonly Section[];
  context?: string;
}

/**
 * A page's filing: frontmatter `taxonomy:` wins. Else, when the note's own table of contents
 * files the page's sections (seed 000, an Obsidian map of content), what it files them under: the
 * author's filing, like `taxonomy:`; an index page's text names every area it links to, so a guess
 * from it adds areas the author did not file the page under. Else the page's own text
 * (lib/content/classify.ts).
 */
export function filePageOfNote(note: NoteFilingFacts, page: FiledPage): PageFiling {
  if (note.fmTaxonomy)
    return {
      categories: note.fmTaxonomy,
      evidence: note.fmTaxonomy.map((category) => ({
        category,
        score: 0,
        terms: [{ term: "taxonomy:", field: "frontmatter", count: 1 }],
      })),
    };
  const toc = [...new Set(tocFiledSections(note.tocFiled, page.sections))];
  if (toc.length)
    return {
      categories: toc,
      evidence: toc.map((category) => ({
        category,
        score: 0,
        terms: [{ term: page.title, field: "toc" as const, count: 1 }],
      })),
    };
  return filePage(note.taxonomy, {
    title: page.title,
    context: page.context,
    folders: note.input.place.folder,
    headings: page.headings,
    tags: note.tags,
    body: page.text,
  });
}
