import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toString as hastToString } from "hast-util-to-string";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { visitParents } from "unist-util-visit-parents";
import { relevelTree } from "./headings";

/**
 * Gives a task-list checkbox that has no accessible name (one that is not a checklist item, like
 * 001's legend `- [ ] : は本番環境では…`) the text of its list item as its name.
 */
export function labelCheckboxes(tree: Root): void {
  visitParents(tree, "element", (node, ancestors) => {
    if (node.tagName !== "input" || node.properties.type !== "checkbox") return;
    if (node.properties.ariaLabel || node.properties.ariaLabelledBy) return;
    const li = [...ancestors]
      .reverse()
      .find((a): a is Element => a.type === "element" && a.tagName === "li");
    const text = li ? hastToString(li).replace(/\s+/g, " ").trim() : "";
    if (text) node.properties.ariaLabel = text;
  });
}

/**
 * The page-level pass over a note slice's rendered (already sanitised) HTML: headings re-levelled
 * for the page outline (`relevelTree`, base 1 on chapter pages, 2 on note pages) and unnamed
 * checkboxes labelled. Tags and text are otherwise untouched.
 */
export function finishNoteHtml(html: string, options: { headingBase: number }): string {
  const tree = fromHtml(html, { fragment: true });
  relevelTree(tree, options.headingBase);
  labelCheckboxes(tree);
  return unified().use(rehypeStringify).stringify(tree);
}
