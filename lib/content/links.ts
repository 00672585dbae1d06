import type { Root } from "mdast";
import { eachNode, inlineText, startLine, startOffset } from "./markdown";

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
