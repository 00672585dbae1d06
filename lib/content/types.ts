import type { DiagnosticCode } from "./diagnostic-codes";
/**
 * The content model: what the pipeline produces from `content/` and what every page, the CLI and
 * the search index read. Plain, JSON-serialisable data only.
 */

declare const brand: unique symbol;
/** A string that the type checker keeps apart from other strings. */
import type { ReadinessProfile } from "@/lib/readiness/profile";
import type { TaskMeta } from "./task-meta";

export type Brand<T, B extends string> = T & { readonly [brand]: B };

/**
 * A note's URL below `/notes/`, from its path in the content folder without the extension:
 * `k8s-cloud-native-devops-study-log`, `chapters/chapter03` (from `chapters/chapter03/index.md`);
 * "" for the content folder's own index. Each segment is ASCII (lib/content/paths.ts).
 */
export type NoteSlug = Brand<string, "NoteSlug">;
/** A chapter's URL segment inside a note: `chapter-1`, `vitess-sharded-mysql-on-kubernetes`. */
export type ChapterSlug = Brand<string, "ChapterSlug">;
/** A heading id made by github-slugger, unique within one note: `kubernetesアンチパターン`. */
export type Anchor = Brand<string, "Anchor">;
/** A checklist item id: note slug + hash of the normalised item text. Stable across reorders. */
export type ChecklistId = Brand<string, "ChecklistId">;
/** A taxonomy category id: an area (`capacity`) or a subcategory (`capacity/design`). */
export type CategoryId = Brand<string, "CategoryId">;

export const LANGS = ["ja", "zh-Hant", "zh-Hans", "ko", "en"] as const;
/** A language of note text (BCP 47 tags as used in `lang=""`). */
export type Lang = (typeof LANGS)[number];

/** Whether a string is one of the note languages (LANGS). */
export function isLang(value: string | undefined): value is Lang {
  return (LANGS as readonly (string | undefined)[]).includes(value);
}

export type Severity = "error" | "warning" | "info";

/** Something a person should know about their content, with where it is and how to fix it. */
export interface Diagnostic {
  /** Path relative to the content folder's parent, e.g. `content/notes/x.md`. */
  file: string;
  /** 1-based line in the source file, or null when the problem has no single line. */
  line: number | null;
  severity: Severity;
  /** Stable machine-readable code, e.g. `frontmatter/invalid-date`. */
  code: DiagnosticCode;
  /** What is wrong and how to fix it. */
  message: string;
}

export interface Heading {
  depth: number;
  /** Heading text with HTML comments removed. */
  text: string;
  anchor: Anchor;
  /** 1-based line in the source file. */
  line: number;
}

/** A searchable unit: the text under one heading of a chapter (or the chapter's lead text). */
export interface Section {
  /** Anchor of the heading that starts the section; null for text before the first heading. */
  anchor: Anchor | null;
  heading: string;
  /** Plain text of the section (headings included), for search. */
  text: string;
  line: number;
}

export interface ChapterRef {
  slug: ChapterSlug;
  title: string;
}

export interface Chapter {
  slug: ChapterSlug;
  title: string;
  /** Anchor of the chapter's own heading (so `#1章-クラウドでの革命` lands on this page). */
  anchor: Anchor | null;
  /** 0-based position among the note's chapter pages. */
  index: number;
  lang: Lang;
  /** Filed categories, primary first. */
  taxonomy: CategoryId[];
  /** Why it is filed there (lib/content/classify.ts). */
  evidence: FilingEvidence[];
  /** Site-relative URL: `/notes/<note>/<chapter>`. */
  url: string;
  /** 1-based source lines [start, end] of this chapter. */
  lines: [number, number];
  /** Markdown source of the chapter, rendered to HTML at page-build time. */
  markdown: string;
  /** Offset of `markdown` in the note's (repaired) text, to map text-repair positions. */
  offset: number;
  /** Headings inside the chapter page (for its table of contents), in order. */
  headings: Heading[];
  sections: Section[];
  /** Titles of empty chapters that were merged into this page (001's 13章 into 14章). */
  merged: { title: string; anchor: Anchor | null }[];
  prev: ChapterRef | null;
  next: ChapterRef | null;
}

/** One entry of a note's chapter list; an empty chapter points at the page it was merged into. */
export interface ChapterListEntry {
  title: string;
  /** The chapter page that holds this entry. */
  chapter: ChapterSlug;
  anchor: Anchor | null;
  /** True when this entry was empty and merged into the next chapter page. */
  merged: boolean;
}

export interface ChecklistItem {
  id: ChecklistId;
  /** Item text as inline Markdown, without the checkbox and without 001's leading `: `. */
  text: string;
  /** Item text with Markdown removed, for filtering and display where HTML is not wanted. */
  plain: string;
  /** The state written in the source (`- [x]` is true). */
  checked: boolean;
  note: NoteSlug;
  chapter: ChapterSlug | null;
  /** Heading anchor the item sits under (the item's own anchor is `task-<id>`). */
  anchor: Anchor | null;
  /** Site URL of the item on its chapter page (with `#task-…`). */
  url: string;
  lang: Lang;
  taxonomy: CategoryId[];
  line: number;
  /**
   * Hash of the section the item sits in (its text, normalised): a readiness profile records it
   * when an item is decided, and a later build that finds another hash asks for a re-check.
   */
  section: string;
  /** Owners, due date and interval written in the item's text (lib/content/task-meta.ts), if any. */
  meta?: TaskMeta;
}

export interface ExternalLink {
  url: string;
  text: string;
  domain: string;
  note: NoteSlug;
  chapter: ChapterSlug | null;
  /** Heading anchor the link sits under. */
  anchor: Anchor | null;
  /** Plain text around the link (its paragraph or list item), trimmed. */
  context: string;
  lang: Lang;
  taxonomy: CategoryId[];
  line: number;
}

/** How a link is written: a Markdown link or image, a wikilink (`[[note]]`) or a wiki embed (`![[x.png]]`). */
export type RefKind = "link" | "image" | "wiki" | "embed";

/** Where a link between notes leads: a note page or chapter page, and a heading on it. */
export interface RefTarget {
  note: NoteSlug;
  /** The chapter page the link lands on (the heading's page when it names one); null: the note page. */
  chapter: ChapterSlug | null;
  anchor: Anchor | null;
}

/**
 * A link in a note to another note, a heading of another note, a folder or a local file (image,
 * attachment), as written. The link stage (lib/content/refs.ts) fills `href` and `target`.
 */
export interface NoteRef {
  kind: RefKind;
  /** As written in the note: `../chapter02/`, `arch.png`, `障害対応#エスカレーション` (a wikilink's target). */
  url: string;
  /** The link text (an image's alt text). */
  text: string;
  /** 1-based source line. */
  line: number;
  /** The chapter page the link is on; null for the note page. */
  chapter: ChapterSlug | null;
  /** The site URL it leads to; null when nothing matches (a warning says so). */
  href: string | null;
  /** The note (and chapter, heading) it leads to; null for files and broken links. */
  target: RefTarget | null;
}

/** A note that links here, for "Linked from" on a note or chapter page. */
export interface Backlink {
  note: NoteSlug;
  chapter: ChapterSlug | null;
  /** Title of the linking page (the chapter's title when the link is on a chapter page). */
  title: string;
  lang: Lang;
  /** The page of this note the link lands on (null: the note page). */
  landsOn: ChapterSlug | null;
}

/** Another language version of the same note. */
export interface Translation {
  note: NoteSlug;
  lang: Lang;
  title: string;
}

/** A folder of the content folder that holds notes: a level of the sidebar and a folder page. */
export interface Folder {
  /** Path below the content folder (`chapters/chapter03`); "" is the content folder itself. */
  path: string;
  /** URL below `/notes/` (`/notes/<slug>`); "" for the top. */
  slug: string;
  /** The folder's index note title, `_category_.json` label, or the folder name. */
  title: string;
  /** Sort key from the index note's weight / `_category_.json` position; null: by name. */
  order: number | null;
  /** The folder's own page (`index.md`, `README.md`, `_index.md`), if it has one. */
  index: NoteSlug | null;
  /** Parent folder's path; null for the top. */
  parent: string | null;
  /** Sub-folders and notes directly inside, in reading order (the index note is not among them). */
  entries: FolderEntry[];
}

/** One row of a folder: a sub-folder (by path) or a note (by slug). */
export type FolderEntry = { kind: "folder"; path: string } | { kind: "note"; slug: NoteSlug };

/** A local file a note shows or links to, published under a content-hashed URL. */
export interface Asset {
  /** Path below the content folder. */
  file: string;
  /** `/_media/<hash>/<name>`: the name changes when the bytes do, so it can be cached forever. */
  url: string;
  bytes: number;
  /** Pixel size of an image, when it could be read. */
  width: number | null;
  height: number | null;
}

/** What the text-fidelity stage did to a note's text before parsing. */
export interface TextRepair {
  kind: "mojibake" | "legacy-encoding";
  /** e.g. `windows-1254`, `shift_jis`. */
  encoding: string;
  /** Characters reconstructed. */
  repaired: number;
  /** Offsets (in the repaired text) of characters chosen with low confidence. */
  lowConfidence: { offset: number; length: number }[];
  /** The text as it was before repair (what the file holds, decoded). */
  original: string;
}

export interface Note {
  slug: NoteSlug;
  /** Path relative to the content folder's parent: `content/notes/x.md`. */
  file: string;
  /** Path below the content folder: `notes/x.md`, `chapters/chapter03/index.md`. */
  path: string;
  /** The folder the note is listed in (a path below the content folder; "" for the top). */
  folder: string;
  /** True for a folder's own page (`index.md`, `README.md`, `_index.md`). */
  isIndex: boolean;
  /** Reading order from frontmatter `weight`, `sidebar_position`, `nav_order` or `order`; null: by name. */
  order: number | null;
  /**
   * Notes with the same key are one note in several languages: frontmatter `translationKey`, else
   * the path without its language folder or `.ko` tag. Null when the note has no other version.
   */
  translationKey: string | null;
  /** The other language versions of this note (filled by the link stage). */
  translations: Translation[];
  /** Links to other notes, headings and local files, with where they lead. */
  refs: NoteRef[];
  /** Notes that link here (filled by the link stage). */
  backlinks: Backlink[];
  title: string;
  /** ISO date (YYYY-MM-DD) when the frontmatter date is valid. */
  date: string | null;
  /** The frontmatter date as written, kept when it is not a valid date. */
  dateText: string | null;
  tags: string[];
  categories: string[];
  summary: string | null;
  lang: Lang;
  /** Filed categories, primary first (a long note's from its chapters'). */
  taxonomy: CategoryId[];
  /** Why it is filed there. */
  evidence: FilingEvidence[];
  /**
   * Markdown of the text before the first chapter, rendered on the note page. A note that is not
   * split into chapters (a short note) has no chapters and its whole body is the overview.
   */
  overview: string;
  /** Offset of `overview` in the note's (repaired) text. */
  overviewOffset: number;
  /** 1-based file line where `overview` starts (after the frontmatter). */
  overviewLine: number;
  /** Headings and searchable sections of the overview (URL: `/notes/<note>#anchor`). */
  overviewHeadings: Heading[];
  overviewSections: Section[];
  chapters: Chapter[];
  chapterList: ChapterListEntry[];
  checklist: ChecklistItem[];
  links: ExternalLink[];
  /** Every heading anchor in the note → the chapter page it is on (null: the overview). */
  anchors: Record<string, ChapterSlug | null>;
  repair: TextRepair | null;
  /** sha256 of the raw file, used by the build cache. */
  hash: string;
}

export interface ContentModel {
  notes: Note[];
  taxonomy: Taxonomy;
  diagnostics: Diagnostic[];
  /** Every folder that holds notes, the top ("") first. */
  folders: Folder[];
  /** Local files notes show or link to, by URL. */
  assets: Record<string, Asset>;
  /** Which taxonomy filed the notes: the content folder's own file or the built-in one. */
  taxonomySource?: { file: string; builtIn: boolean };
  /** When each note (by slug) last changed; written by the build (lib/content/updated.ts). */
  updated?: Record<string, NoteUpdated>;
  /** The team's readiness profiles (`readiness/*.yaml`), checked against the current items. */
  readiness?: ReadinessProfile[];
  /**
   * Page bodies prebuild rendered (lib/portal/prerender.ts): `${note slug}\0${chapter slug or ""}`
   * → the content hash of `<generated>/_pages/<hash>.json`.
   */
  pageHtml?: Record<string, string>;
}

/** When a note last changed, and where that was read. */
export interface NoteUpdated {
  /** ISO 8601: a commit time with its offset, a UTC file time, or a frontmatter YYYY-MM-DD. */
  date: string;
  /** `git`: the last commit touching the file; `frontmatter`: its `date`; `mtime`: the file's time. */
  source: "git" | "frontmatter" | "mtime";
}

export interface TaxonomyCategory {
  id: CategoryId;
  /** Labels per language; `en` and `ja` are always present. */
  labels: Partial<Record<Lang, string>> & { en: string; ja: string };
  /** Names of the concept in several languages (as written): strong evidence for filing a page here. */
  keywords: string[];
  /** Vocabulary that comes with the concept: weak evidence. */
  related: string[];
  /** Alternative heading texts that name this category in a note's own TOC. */
  aliases: string[];
  children: TaxonomyCategory[];
}

export interface Taxonomy {
  areas: TaxonomyCategory[];
  /** Topics the taxonomy leaves out (security, networking basics …): text mostly about them stays unclassified. */
  outside?: string[];
  /** What the notes are about at all: a page naming none of it is never filed (empty: no such rule). */
  domain?: string[];
}

/** Why a page is filed under a category: the terms that decided it. */
export interface FilingEvidence {
  category: CategoryId;
  score: number;
  /**
   * The deciding terms and where they were found; `frontmatter` for `taxonomy:`, `toc` for the
   * note's own table of contents, `chapter` for a long note filed by its chapters (term: the title).
   */
  terms: {
    term: string;
    field:
      | "title"
      | "context"
      | "tags"
      | "folders"
      | "headings"
      | "body"
      | "frontmatter"
      | "toc"
      | "chapter";
    count: number;
  }[];
}
