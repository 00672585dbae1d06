import GithubSlugger from "github-slugger";
import type { Heading as MdHeading, Root, RootContent } from "mdast";
import { visit } from "unist-util-visit";
import { inlineText, startOffset } from "./markdown";
import type { Anchor, Heading } from "./types";

/** A note longer than this (in characters) with 3+ top-level sections is split into chapters. */
export const LONG_NOTE_CHARS = 12_000;

/** `1章 …`, `第3章`, `2 Kubernetes…`, `Chapter 4`, `3. …` */
const CHAPTER_NUMBER = /^(?:第\s*(\d+)\s*[章回]|(\d+)\s*章|chapter\s*(\d+)|(\d+)(?:[.)．]|\s))/i;

export function chapterNumber(title: string): number | null {
  const m = CHAPTER_NUMBER.exec(title.trim());
  if (!m) return null;
  const n = m[1] ?? m[2] ?? m[3] ?? m[4];
  return n === undefined ? null : Number(n);
}

export interface Range {
  start: number;
  end: number;
}

export interface ChapterDraft {
  title: string;
  anchor: Anchor | null;
  range: Range;
  merged: { title: string; anchor: Anchor | null }[];
}

export interface ChapterSplit {
  overview: Range;
  chapters: ChapterDraft[];
  /** Every chapter heading in order, with the index of the draft that holds it. */
  list: { title: string; anchor: Anchor | null; draft: number; merged: boolean }[];
  /** True when chapters were found by their numbers (`1章`, `2 …`). */
  numbered: boolean;
  /** Why the note was or was not split, for `shiori check`. */
  reason: string;
}

function hasOmitComment(node: MdHeading): boolean {
  let found = false;
  visit(node, "html", (html) => {
    if (/omit\s+in\s+toc/i.test(html.value)) found = true;
  });
  return found;
}

/** A section made only of lists of in-page links: the note's own table of contents. */
function isTocSection(nodes: readonly RootContent[]): boolean {
  let links = 0;
  let other = false;
  for (const node of nodes) {
    if (node.type === "list") {
      visit(node, (n) => {
        if (n.type === "link") {
          if (n.url.startsWith("#")) links++;
          else other = true;
        } else if (n.type === "text" && n.value.trim() && !/^[\s\-–—:]*$/.test(n.value)) {
          // link text is inside links; stray text outside links means it's not a pure TOC
        }
      });
    } else if (node.type !== "html" && node.type !== "thematicBreak") other = true;
  }
  return links > 0 && !other;
}

function isEmpty(nodes: readonly RootContent[]): boolean {
  return nodes.every(
    (n) =>
      n.type === "html" || n.type === "thematicBreak" || (n.type === "paragraph" && !inlineText(n)),
  );
}

/**
 * Decides whether a note is split into chapter pages, and where. A note is split when its
 * top-level headings are numbered chapters (`1章`, `2 …`), or when it is long with several
 * top-level sections, or when frontmatter says `chapters: true`. The note's title heading and its
 * own table of contents stay in the overview; an empty chapter is merged into the next page.
 */
export function splitChapters(
  tree: Root,
  textLength: number,
  headingAt: (node: MdHeading) => Heading | undefined,
  force: boolean | undefined,
): ChapterSplit {
  const nodes = tree.children;
  const whole: Range = { start: 0, end: textLength };
  const none = (reason: string): ChapterSplit => ({
    overview: whole,
    chapters: [],
    list: [],
    reason,
    numbered: false,
  });
  if (force === false) return none("frontmatter says chapters: false");

  const roots = nodes
    .map((node, index) => ({ node, index }))
    .filter((x): x is { node: MdHeading; index: number } => x.node.type === "heading");
  if (roots.length === 0) return none("no headings");
  const minDepth = Math.min(...roots.map((r) => r.node.depth));
  const atMin = roots.filter((r) => r.node.depth === minDepth);
  let candidates = atMin;
  if (atMin.length === 1 && atMin[0] === roots[0] && roots.length > 1) {
    const rest = roots.slice(1);
    const level = Math.min(...rest.map((r) => r.node.depth));
    candidates = rest.filter((r) => r.node.depth === level);
  }
  // The section a candidate starts runs to the next candidate.
  const sectionNodes = (i: number) => {
    const from = candidates[i]!.index + 1;
    const to = candidates[i + 1]?.index ?? nodes.length;
    return nodes.slice(from, to);
  };
  const tocs = new Set<number>();
  candidates.forEach((c, i) => {
    if (hasOmitComment(c.node) && isTocSection(sectionNodes(i))) tocs.add(i);
    else if (isTocSection(sectionNodes(i)) && i === 0) tocs.add(i);
  });
  let starts = candidates.filter((_, i) => !tocs.has(i));
  const numbered = starts.filter((c) => chapterNumber(inlineText(c.node)) !== null);
  let reason: string;
  let byNumber = false;
  if (force === true) {
    reason = "frontmatter says chapters: true";
  } else if (numbered.length >= 2 && numbered.length * 2 >= starts.length) {
    starts = numbered;
    byNumber = true;
    reason = `${numbered.length} numbered chapter headings`;
  } else if (textLength >= LONG_NOTE_CHARS && starts.length >= 3) {
    reason = `long note (${textLength} characters) with ${starts.length} top-level sections`;
  } else {
    return none(
      starts.length < 2
        ? "fewer than two top-level sections"
        : `short note (${textLength} characters) without numbered chapters`,
    );
  }
  if (starts.length === 0) return none("no chapter headings");

  const offsetOf = (i: number) => startOffset(nodes[i]!);
  const drafts: ChapterDraft[] = [];
  const list: ChapterSplit["list"] = [];
  let pendingMerged: ChapterDraft["merged"] = [];
  let pendingStart: number | null = null;
  starts.forEach((s, i) => {
    const next = starts[i + 1];
    const end = next ? offsetOf(next.index) : textLength;
    const body = nodes.slice(s.index + 1, next ? next.index : nodes.length);
    const title = inlineText(s.node);
    const anchor = headingAt(s.node)?.anchor ?? null;
    if (isEmpty(body) && next) {
      pendingMerged.push({ title, anchor });
      pendingStart ??= offsetOf(s.index);
      list.push({ title, anchor, draft: drafts.length, merged: true });
      return;
    }
    if (isEmpty(body) && !next && drafts.length > 0) {
      // An empty last chapter joins the page before it.
      const prev = drafts[drafts.length - 1]!;
      prev.range.end = end;
      prev.merged.push(...pendingMerged, { title, anchor });
      list.push({ title, anchor, draft: drafts.length - 1, merged: true });
      return;
    }
    list.push({ title, anchor, draft: drafts.length, merged: false });
    drafts.push({
      title,
      anchor,
      range: { start: pendingStart ?? offsetOf(s.index), end },
      merged: pendingMerged,
    });
    pendingMerged = [];
    pendingStart = null;
  });
  const first = drafts[0];
  return {
    overview: { start: 0, end: first ? first.range.start : textLength },
    chapters: drafts,
    list,
    reason,
    numbered: byNumber,
  };
}

/**
 * URL segment for a chapter: `chapter-N` for numbered chapters, the ASCII slug of an English
 * title, otherwise `section-N`. Unique within the note.
 */
export function chapterSlugs(titles: readonly string[], numbered: boolean): string[] {
  const used = new Set<string>();
  return titles.map((title, i) => {
    const n = numbered ? chapterNumber(title) : null;
    let slug: string;
    const ascii = new GithubSlugger()
      .slug(title)
      .replace(/[^a-z0-9-]/g, "")
      .replace(/-{2,}/g, "-")
      .replace(/^-|-$/g, "");
    const asciiLetters = (title.match(/[A-Za-z]/g) ?? []).length;
    const cjkLetters = (
      title.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? []
    ).length;
    if (n !== null) slug = `chapter-${n}`;
    else if (ascii && asciiLetters >= 3 && cjkLetters === 0)
      slug = ascii.slice(0, 80).replace(/-+$/, "");
    else slug = `section-${i + 1}`;
    let unique = slug;
    for (let k = 2; used.has(unique); k++) unique = `${slug}-${k}`;
    used.add(unique);
    return unique;
  });
}
