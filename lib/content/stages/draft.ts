import type { Heading as MdHeading, Root } from "mdast";
import type { ChapterDraft, Range } from "../chapters";
import type { Reporter } from "../diagnostics";
import type { FrontmatterResult } from "../frontmatter";
import type { FragmentLink, LinkDraft } from "../links";
import type { NotePath } from "../paths";
import type {
  Anchor,
  CategoryId,
  Chapter,
  ChapterListEntry,
  ChapterSlug,
  ChecklistItem,
  ExternalLink,
  FilingEvidence,
  Heading,
  Lang,
  Note,
  NoteRef,
  NoteSlug,
  Section,
  Taxonomy,
  TextRepair,
} from "../types";

export interface NoteInput {
  slug: NoteSlug;
  displayPath: string;
  /** Where the file sits in the content folder (its folder, language folder, index or not). */
  place: NotePath;
  /** Decoded, repaired text with LF line endings and no BOM. */
  text: string;
  repair: TextRepair | null;
  hash: string;
}

/** What every stage of one note may read and never changes: the file, the taxonomy, the reporter. */
export interface StageContext {
  input: NoteInput;
  taxonomy: Taxonomy;
  /** Diagnostics go here, in the order the stages run. */
  reporter: Reporter;
}

/** Where a page is filed and why. */
export interface PageFiling {
  categories: CategoryId[];
  evidence: FilingEvidence[];
}

/** A chapter page as split, with its URL segment. */
export interface ChapterPageDraft extends ChapterDraft {
  slug: ChapterSlug;
}

/** Where a body offset lives: its chapter, the heading before it, its categories and language. */
export interface Place {
  /** Index of the chapter page; -1 for the overview. */
  ci: number;
  chapter: Chapter | null;
  anchor: Anchor | null;
  cats: CategoryId[];
  lang: Lang;
}

/**
 * Everything the stages of one note pass on, by name. Each stage reads some of these keys and adds
 * others (its `needs` and `adds`); by the last stage every key is set.
 */
export interface NoteDraft {
  /** Frontmatter fields, the body after the block and the date (lib/content/frontmatter.ts). */
  fm: FrontmatterResult;
  /** Lines before the body: add to a body line to get the file line. */
  lineOffset: number;
  /** The body, or the whole body as one plain-text block when it is too costly to parse. */
  guarded: string;
  /** The text every later stage reads: `guarded` with `:::tip Title` written `:::tip[Title]`. */
  body: string;
  tree: Root;
  /** Every heading with its id, in document order (nested ones too). */
  headings: Heading[];
  /** The heading (with its id) of a heading node of `tree`. */
  headingAt: (node: MdHeading) => Heading | undefined;
  title: string;
  /** The text before the first chapter page (the whole body when there are no chapters). */
  overviewRange: Range;
  chapterPages: ChapterPageDraft[];
  /** Every chapter heading in order, with the page that holds it. */
  chapterList: ChapterListEntry[];
  /** Every heading id → the chapter page it is on (null: the overview). */
  anchors: Record<string, ChapterSlug | null>;
  /** Where the first heading with each id starts in `body`. */
  headingOffsets: Map<Anchor, number>;
  /** An in-note `#fragment` → the heading id it means, or null. */
  resolve: (fragment: string) => Anchor | null;
  /** External links with the text around them, and in-note `#fragment` links. */
  linkDrafts: { external: LinkDraft[]; fragments: FragmentLink[] };
  /** Heading ids the note's own table of contents files under categories (seed 000). */
  tocFiled: Map<Anchor, CategoryId[]>;
  /** Frontmatter `taxonomy:` with unknown ids left out; null when it has none. */
  fmTaxonomy: CategoryId[] | null;
  /** The note's language. */
  lang: Lang;
  /** A chapter's or item's language: the note's, unless its own text clearly says otherwise. */
  langOf: (text: string) => Lang;
  chapters: Chapter[];
  overviewSections: Section[];
  overviewHeadings: Heading[];
  overviewFiling: PageFiling;
  /** Where a body offset (at a file line, with some text of its own) lives. */
  placeOf: (offset: number, line: number, ownText: string) => Place;
  /** The text of a chapter's section (ci -1: the overview's), "" when there is none. */
  sectionTextOf: (ci: number, anchor: Anchor | null) => string;
  checklist: ChecklistItem[];
  refs: NoteRef[];
  externalLinks: ExternalLink[];
  /** The note's own filing (a long note's from its chapters'). */
  noteFiling: PageFiling;
  note: Note;
}

export type DraftKey = keyof NoteDraft;

/**
 * One step of building a note: reads the keys it `needs`, returns the keys it `adds`, or null
 * when the note is left out of the site (a draft).
 */
export interface NoteStage<N extends DraftKey, A extends DraftKey> {
  readonly name: string;
  readonly needs: readonly N[];
  readonly adds: readonly A[];
  run(draft: Pick<NoteDraft, N>, context: StageContext): NoInfer<Pick<NoteDraft, A>> | null;
}

/** Any stage, as the loop runs it. */
export interface AnyNoteStage {
  readonly name: string;
  readonly needs: readonly DraftKey[];
  readonly adds: readonly DraftKey[];
  run(draft: NoteDraft, context: StageContext): Partial<NoteDraft> | null;
}

/** A stage whose `needs` and `adds` types are read from its lists. */
export function defineStage<const N extends DraftKey, const A extends DraftKey = never>(
  stage: NoteStage<N, A>,
): NoteStage<N, A> {
  return stage;
}

type NeedsOf<S> = S extends { needs: readonly (infer N extends DraftKey)[] } ? N : never;
type AddsOf<S> = S extends { adds: readonly (infer A extends DraftKey)[] } ? A : never;

/**
 * "ordered" when each stage of the list needs only keys added by stages before it and the list
 * adds every key of NoteDraft; otherwise a message naming the keys.
 */
export type StageOrder<
  S extends readonly unknown[],
  Have extends DraftKey = never,
> = S extends readonly [infer First, ...infer Rest]
  ? [Exclude<NeedsOf<First>, Have>] extends [never]
    ? StageOrder<Rest, Have | AddsOf<First>>
    : `a stage needs ${Exclude<NeedsOf<First>, Have>} before any stage adds it`
  : [Exclude<DraftKey, Have>] extends [never]
    ? "ordered"
    : `no stage adds ${Exclude<DraftKey, Have>}`;
