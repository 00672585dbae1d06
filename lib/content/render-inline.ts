import type { Element, Root } from "hast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { BROKEN_HREF, remarkNoteRefs } from "./ref-plugin";
import { withNoteSyntax } from "./syntax";
import type { Note } from "./types";

/**
 * Renders one line of inline Markdown (a checklist item's text) to sanitised HTML without the
 * wrapping paragraph. Raw HTML in the source is dropped by remark-rehype and rehype-sanitize.
 */

export interface InlineOptions {
  /** Rewrites link targets (given decoded, as written in the source), e.g. a note-local `#anchor` to the chapter page that holds it. */
  resolveHref?: (href: string) => string;
  /** The note's links to other notes and files (lib/content/refs.ts): they point at their site URLs. */
  note?: Pick<Note, "refs">;
}

/** Replaces a root that holds a single paragraph with the paragraph's children. */
function unwrapParagraph() {
  return (tree: Root) => {
    const only = tree.children.filter((n) => !(n.type === "text" && n.value.trim() === ""));
    const [first] = only;
    if (only.length === 1 && first?.type === "element" && first.tagName === "p") {
      tree.children = first.children;
    }
  };
}

/** remark percent-encodes link targets; resolvers see them as written (`#見出し`). */
function decodeHref(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}

function rewriteLinks(options: InlineOptions) {
  return (tree: Root) => {
    const resolve = options.resolveHref;
    if (!resolve) return;
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "a" || typeof node.properties.href !== "string") return;
      node.properties.href = resolve(decodeHref(node.properties.href));
    });
  };
}

/** A link that leads nowhere (BROKEN_HREF) is text marked as a broken link, never a link to a 404. */
function markBrokenLinks() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "a" || node.properties.href !== BROKEN_HREF) return;
      node.tagName = "span";
      delete node.properties.href;
      node.properties.className = ["broken-link"];
    });
  };
}

export function renderInline(markdown: string, options: InlineOptions = {}): string {
  const processor = withNoteSyntax(unified().use(remarkParse).use(remarkGfm))
    .use(remarkNoteRefs, { note: options.note ?? { refs: [] } })
    .use(remarkRehype)
    .use(rehypeSanitize)
    .use(unwrapParagraph)
    .use(markBrokenLinks)
    .use(rewriteLinks, options)
    .use(rehypeStringify);
  return String(processor.processSync(markdown)).trim();
}
