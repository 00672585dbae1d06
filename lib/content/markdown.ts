import type { Root, RootContent, Nodes, Heading as MdHeading } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkGfm);

/** Parses Markdown (CommonMark + GFM) to mdast with positions. */
export function parseMarkdown(text: string): Root {
  return parser.runSync(parser.parse(text)) as Root;
}

/** Visible text of a heading or inline content: HTML comments (`<!-- omit in toc -->`) removed. */
export function inlineText(node: Nodes): string {
  return toString(node, { includeHtml: false }).replace(/\s+/g, " ").trim();
}

/** Plain text of block nodes, one line per block, code included (people search commands). */
export function blockText(nodes: readonly RootContent[]): string {
  const out: string[] = [];
  const walk = (node: Nodes) => {
    switch (node.type) {
      case "code":
        out.push(node.value);
        return;
      case "html":
        return;
      case "heading":
      case "paragraph":
      case "tableCell":
        out.push(toString(node, { includeHtml: false }));
        return;
      default:
        if ("children" in node) for (const child of node.children) walk(child as Nodes);
        else if ("value" in node && typeof node.value === "string") out.push(node.value);
    }
  };
  for (const node of nodes) walk(node);
  return out
    .map((s) => s.trim())
    .filter(Boolean)
    .join("\n");
}

export function isHeading(node: RootContent): node is MdHeading {
  return node.type === "heading";
}

/** 1-based line of a node in the parsed text. */
export const startLine = (node: { position?: { start: { line: number } } }): number =>
  node.position?.start.line ?? 1;
export const startOffset = (node: { position?: { start: { offset?: number } } }): number =>
  node.position?.start.offset ?? 0;
