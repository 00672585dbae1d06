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

/** Text of a rendered heading without its `#` link. */
function headingText(node: Element): string {
  const copy: Element = {
    ...node,
    children: node.children.filter(
      (c) =>
        !(
          c.type === "element" &&
          Array.isArray(c.properties.className) &&
          c.properties.className.includes("heading-anchor")
        ),
    ),
  };
  return hastToString(copy).replace(/\s+/g, " ").trim();
}

/**
 * Removes the slice's first heading when it only repeats the page title (a note that opens with
 * `# Its title`, shown already as the page's h1), so the reader does not see the title twice.
 * Returns that heading's id, which the page h1 takes so links to it still land.
 */
function dropRepeatedTitle(tree: Root, title: string): string | null {
  const first = tree.children.find(
    (c) => c.type === "element" || (c.type === "text" && c.value.trim() !== ""),
  );
  if (!first || first.type !== "element" || !/^h[1-6]$/.test(first.tagName)) return null;
  const norm = (t: string) => t.replace(/\s+/g, " ").trim().normalize("NFC");
  if (norm(headingText(first)) !== norm(title)) return null;
  tree.children.splice(tree.children.indexOf(first), 1);
  return typeof first.properties.id === "string" ? first.properties.id : null;
}

/**
 * The page-level pass over a note slice's rendered (already sanitised) HTML: headings re-levelled
 * for the page outline (`relevelTree`, base 1 on chapter pages, 2 on note pages), unnamed
 * checkboxes labelled and, with `title`, an opening heading that repeats the page title dropped
 * (its id comes back as `titleId`). Tags and text are otherwise untouched.
 */
export function finishNoteHtml(
  html: string,
  options: { headingBase: number; title?: string },
): { html: string; titleId: string | null } {
  const tree = fromHtml(html, { fragment: true });
  const titleId = options.title === undefined ? null : dropRepeatedTitle(tree, options.title);
  relevelTree(tree, options.headingBase);
  labelCheckboxes(tree);
  return { html: unified().use(rehypeStringify).stringify(tree), titleId };
}
