import type { Anchor, Brand, CategoryId, ChapterSlug, Lang, NoteSlug } from "@/lib/content/types";

/** Position of a section in the search index (0-based, in note order). */
export type DocId = Brand<number, "SearchDocId">;

/**
 * A stable, human-readable section id used by the labelled query set and tests:
 * `<note>#<anchor>`, or `<note>/<chapter>#` (`<note>/#` for the overview) for text before the
 * first heading. Anchors are unique within a note, so the chapter is not needed when there is one.
 */
export type SectionKey = Brand<string, "SectionKey">;

/** One searchable section: what the index is built from and what a result shows. */
export interface SearchDoc {
  key: SectionKey;
  note: NoteSlug;
  noteTitle: string;
  chapter: ChapterSlug | null;
  chapterTitle: string | null;
  heading: string;
  anchor: Anchor | null;
  /** Site URL of the section: `/notes/<note>/<chapter>#<anchor>` or `/notes/<note>#<anchor>`. */
  url: string;
  lang: Lang;
  taxonomy: CategoryId[];
  tags: string[];
  /** Searchable text: title and heading first, then the body (one combined field). */
  text: string;
  /** Length of the title/heading part at the start of `text`. */
  headingEnd: number;
}

/** Filters for a search; empty or missing means no filter. */
export interface SearchFilters {
  /**
   * Taxonomy ids: an area (`capacity`) matches sections filed anywhere in it, a subcategory
   * (`capacity/design`) only sections filed there. Sections match any one of the ids.
   */
  categories?: string[];
  langs?: Lang[];
  tags?: string[];
}

export interface SearchOptions {
  /** Results to return (after ranking); default 20. */
  limit?: number;
  filters?: SearchFilters;
  /** The reader's UI language: among near-equal sections, one in this language comes first. */
  lang?: string;
  /**
   * When the query is a concept of lib/search/concepts.ts (障害, 백업, monitoring): up to this many
   * sections that hold it in the notes' other languages, in `otherLanguages`. Default 0 (none).
   */
  otherLanguages?: number;
}

/** A part of a snippet; `hit` parts are shown highlighted. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  doc: SearchDoc;
  id: DocId;
  /**
   * True when the section's normalised text contains every query run as written, or a compound
   * run's parts next to each other (`near`).
   */
  exact: boolean;
  /** True when a compound run is matched by its parts next to each other (リソース管理 in 「リソースの管理」). */
  near: boolean;
  score: number;
  /** Query runs found in the title/heading. */
  headingMatches: number;
  snippet: SnippetPart[];
  /** The section heading split into plain and highlighted parts (empty when it has none). */
  headingParts: SnippetPart[];
  /** Matches in `doc.text` (original offsets): every one in the heading, the body's up to the snippet. */
  ranges: { start: number; end: number }[];
}

export interface SearchResponse {
  query: string;
  /** Matching sections before `limit` (after filters). */
  total: number;
  /** How many of `total` are exact. */
  exactTotal: number;
  results: SearchHit[];
  /** When the query as typed matched nothing: the corrected query these results are for. */
  corrected?: string;
  /**
   * The same concept in the notes' other languages (options.otherLanguages): the forms searched,
   * how many sections hold them (not counting the direct results) and the best of them.
   */
  otherLanguages?: { forms: string[]; total: number; results: SearchHit[] };
}
