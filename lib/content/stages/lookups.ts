import type { Heading as MdHeading, Root, RootContent } from "mdast";
import type { Range } from "../chapters";
import { startLine, startOffset } from "../markdown";
import type { Anchor, Heading } from "../types";

/**
 * The 1-based line of an offset in `text`, by binary search over its newlines (no slicing per
 * chapter).
 */
export function createLineLookup(text: string): (offset: number) => number {
  const newlines: number[] = [];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) newlines.push(i);
  return (offset) => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const at = newlines[mid];
      if (at !== undefined && at < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

/** The heading (with its id) of a heading node, found by its file line. */
export function createHeadingLookup(
  headings: readonly Heading[],
  lineOffset: number,
): (node: MdHeading) => Heading | undefined {
  const byLine = new Map(headings.map((h) => [h.line, h]));
  return (node) => byLine.get(startLine(node) + lineOffset);
}

/**
 * The id of the last heading at or before a file line; `headings` in document order (so their
 * lines ascend).
 */
export function headingBefore(headings: readonly Heading[], line: number): Anchor | null {
  let lo = 0;
  let hi = headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const h = headings[mid];
    if (h && h.line <= line) lo = mid + 1;
    else hi = mid;
  }
  return headings[lo - 1]?.anchor ?? null;
}

export const within = (r: Range, offset: number): boolean => offset >= r.start && offset < r.end;

/** The index of the page whose range holds a body offset; -1 for none (the overview). */
export function pageAt(pages: readonly { range: Range }[], offset: number): number {
  return pages.findIndex((p) => within(p.range, offset));
}

/** The top-level nodes that start inside a range of the body. */
export function nodesIn(tree: Root, r: Range): RootContent[] {
  return tree.children.filter((n) => within(r, startOffset(n)));
}
