import { fromHtml } from "hast-util-from-html";
import type { Nodes, Root } from "mdast";
import { eachNode, inlineText, startLine, startOffset } from "./markdown";
import { visit } from "unist-util-visit";
import { refKindOf } from "./syntax";
import type { ChapterSlug, NoteRef } from "./types";

export interface LinkDraft {
  url: string;
  text: string;
  domain: string;
  context: string;
  offset: number;
  line: number;
}

export interface FragmentLink {
  fragment: string;
  line: number;
}

const CONTEXT_MAX = 240;

/** External (http/https) links with the text around them, and in-note `#fragment` links. */
export function collectLinks(
  tree: Root,
  lineOffset: number,
): { external: LinkDraft[]; fragments: FragmentLink[] } {
  const external: LinkDraft[] = [];
  const fragments: FragmentLink[] = [];
  eachNode(tree, "link", (node, block) => {
    const line = startLine(node) + lineOffset;
    if (node.url.startsWith("#")) {
      fragments.push({ fragment: node.url, line });
      return;
    }
    let parsed: URL;
    try {
      parsed = new URL(node.url);
    } catch {
      return;
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return;
    let context = block ? inlineText(block) : "";
    if (context.length > CONTEXT_MAX) context = `${context.slice(0, CONTEXT_MAX - 1)}…`;
    external.push({
      url: node.url,
      text: inlineText(node) || node.url,
      domain: parsed.hostname.replace(/^www\./, ""),
      context,
      offset: startOffset(node),
      line,
    });
  });
  return { external, fragments };
}

/** A URL with a scheme (`https:`, `mailto:`, `file:`) or protocol-relative (`//host`): not a path in the content folder. */
const NOT_A_PATH = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
/** Raw HTML that may hold a link or an image (`<img src="arch.png">` in a README). */
const HTML_URL = /\s(?:src|href)\s*=/i;

/**
 * Links, images and wikilinks that point into the content folder (`../chapter02/`, `arch.png`,
 * `/docs/intro.md#x`, `[[note#heading]]`), as written, with the page each sits on. Where they lead
 * is decided once every note is known (lib/content/refs.ts).
 */
export function collectRefs(
  tree: Root,
  lineOffset: number,
  chapterAt: (offset: number) => ChapterSlug | null,
): NoteRef[] {
  const refs: NoteRef[] = [];
  const add = (kind: NoteRef["kind"], url: string, text: string, node: Nodes) => {
    // As a browser reads a URL: tabs and newlines inside it are dropped (`jav&#x09;ascript:`).
    const trimmed = url.replace(/[\t\n\r]/g, "").trim();
    if (
      kind !== "wiki" &&
      kind !== "embed" &&
      (!trimmed || trimmed.startsWith("#") || NOT_A_PATH.test(trimmed))
    )
      return;
    if ((kind === "wiki" || kind === "embed") && !trimmed) return;
    refs.push({
      kind,
      url,
      text,
      line: startLine(node) + lineOffset,
      chapter: chapterAt(startOffset(node)),
      href: null,
      target: null,
    });
  };
  visit(tree, (node) => {
    switch (node.type) {
      case "link":
        add(refKindOf(node), node.url, inlineText(node), node);
        return;
      case "image":
        add(refKindOf(node), node.url, node.alt ?? "", node);
        return;
      case "definition":
        add("link", node.url, node.label ?? "", node);
        return;
      case "html":
        if (!HTML_URL.test(node.value)) return;
        // Parsed as the browser parses it, so character references are read the same way.
        visit(fromHtml(node.value, { fragment: true }), "element", (el) => {
          const src = el.properties.src;
          const href = el.properties.href;
          if (el.tagName === "img" && typeof src === "string") add("image", src, "", node);
          else if (el.tagName === "a" && typeof href === "string") add("link", href, "", node);
        });
        return;
      default:
        return;
    }
  });
  return refs;
}
