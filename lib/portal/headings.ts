import type { Element, Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

const HEADING = /^h([1-6])$/;

/**
 * New levels for a page's headings (given in document order by their Markdown depth) so the page
 * outline starts at `base` and never skips a level: a heading sits one level below the nearest
 * earlier heading of smaller depth. `# A`, `### B`, `### C`, `## D` with base 2 → 2, 3, 3, 3.
 */
export function outlineLevels(depths: readonly number[], base: number): number[] {
  const stack: { depth: number; level: number }[] = [];
  return depths.map((depth) => {
    while (stack.length && (stack[stack.length - 1]?.depth ?? 0) >= depth) stack.pop();
    const level = Math.min(6, (stack[stack.length - 1]?.level ?? base - 1) + 1);
    stack.push({ depth, level });
    return level;
  });
}

/**
 * Rehype plugin: re-levels the headings of a note slice with `outlineLevels`. On a chapter page
 * (base 1) the chapter's own heading becomes the page's h1, whatever its depth in the note; on a
 * note page (base 2) the overview sits under the note's title. Ids and anchors are untouched.
 */
export const rehypeOutline: Plugin<[{ base: number }], Root> =
  ({ base }) =>
  (tree) => {
    relevelTree(tree, base);
  };

/** Re-levels the headings of a hast tree in place (see `rehypeOutline`). */
export function relevelTree(tree: Root, base: number): void {
  const headings: Element[] = [];
  visit(tree, "element", (node) => {
    if (HEADING.test(node.tagName)) headings.push(node);
  });
  const levels = outlineLevels(
    headings.map((h) => Number(HEADING.exec(h.tagName)?.[1] ?? 1)),
    base,
  );
  headings.forEach((h, i) => {
    h.tagName = `h${levels[i] ?? base}`;
  });
}
