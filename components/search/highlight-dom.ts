import { findNormalizedMatches } from "@/lib/search/highlight";
import { normalize } from "@/lib/search/normalize";
import { parseQuery } from "@/lib/search/tokenize";

/**
 * Highlighting a query in rendered note HTML: the text of the article is read as one string
 * (a line break between blocks, so matches never join two paragraphs), matched with the search
 * normaliser, and each match is mapped back to the text nodes it covers and wrapped in
 * `<mark data-search-hit>`.
 */

export const HIT_ATTR = "data-search-hit";
const MARK_CLASS = "rounded-sm bg-amber-200 text-inherit dark:bg-amber-400/40 dark:text-amber-50";
const MAX_MARKS = 500;
const BLOCK =
  /^(P|LI|UL|OL|DIV|SECTION|ARTICLE|H[1-6]|PRE|BLOCKQUOTE|TABLE|TR|TD|TH|FIGURE|FIGCAPTION|DT|DD|DL|HR|BR)$/;

interface Segment {
  node: Text;
  /** Offset of the node's text in the combined string. */
  start: number;
}

function blockOf(node: Node, root: Element): Element | null {
  let el = node.parentElement;
  while (el && el !== root && !BLOCK.test(el.tagName)) el = el.parentElement;
  return el;
}

function collect(root: Element): { text: string; segments: Segment[] } {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest("script,style,template,[aria-hidden='true'],button")
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let text = "";
  const segments: Segment[] = [];
  let lastBlock: Element | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    const block = blockOf(node, root);
    if (segments.length && block !== lastBlock) text += "\n";
    lastBlock = block;
    segments.push({ node, start: text.length });
    text += node.data;
  }
  return { text, segments };
}

/** Removes the marks this module added, restoring the original text nodes. */
export function clearHighlights(root: ParentNode): void {
  const parents = new Set<Node>();
  for (const mark of root.querySelectorAll(`mark[${HIT_ATTR}]`)) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  for (const p of parents) p.normalize();
}

/** Wraps every match of `query` inside `root`; returns the marks in document order. */
export function highlightQuery(root: Element, query: string): HTMLElement[] {
  clearHighlights(root);
  const parsed = parseQuery(query);
  if (!parsed.runs.length) return [];
  const { text, segments } = collect(root);
  const norm = normalize(text, "document");
  const ranges = findNormalizedMatches(norm.text, parsed)
    .slice(0, MAX_MARKS)
    .map((r) => ({ start: norm.start[r.start]!, end: norm.end[r.end - 1]! }));
  const pieces: { node: Text; from: number; to: number }[] = [];
  let s = 0;
  for (const r of ranges) {
    while (s + 1 < segments.length && segments[s + 1]!.start <= r.start) s++;
    for (let k = s; k < segments.length && segments[k]!.start < r.end; k++) {
      const seg = segments[k]!;
      const from = Math.max(r.start, seg.start) - seg.start;
      const to = Math.min(r.end, seg.start + seg.node.data.length) - seg.start;
      if (to > from) pieces.push({ node: seg.node, from, to });
    }
  }
  const doc = root.ownerDocument;
  const marks: HTMLElement[] = [];
  // Wrap from the end so earlier offsets in the same text node stay valid.
  for (let i = pieces.length - 1; i >= 0; i--) {
    const { node, from, to } = pieces[i]!;
    const range = doc.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    const mark = doc.createElement("mark");
    mark.setAttribute(HIT_ATTR, "");
    mark.className = MARK_CLASS;
    range.surroundContents(mark);
    marks.push(mark);
  }
  return marks.reverse();
}
