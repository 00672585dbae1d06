import remarkWikiLink from "@flowershow/remark-wiki-link";
import type { Definition, Heading, Image, Link, Nodes, Parent, PhrasingContent, Root } from "mdast";
import type { Plugin, Processor } from "unified";
import remarkDirective from "remark-directive";
import { visit } from "unist-util-visit";
import { remarkDirectiveCallouts } from "./markdown/callouts";
import { remarkMathSyntax } from "./markdown/math";

/**
 * Markdown syntax beyond CommonMark + GFM that notes from other tools use, read the same way by
 * the pipeline (lib/content/markdown.ts) and the page renderer (lib/content/render.ts):
 * - Obsidian/Quartz wikilinks `[[note]]`, `[[note#heading|text]]`, embeds `![[image.png]]`
 *   (syntax from @flowershow/remark-wiki-link, turned into ordinary links and images here);
 * - custom heading ids `## フロー一覧 {#flow-index}` (kramdown, Pandoc, Hugo, Docusaurus);
 * - math `$…$`, `$$…$$` (lib/content/markdown/math.ts: a price like `$5` stays text);
 * - directive containers `:::tip[Title]` … `:::` (remark-directive; lib/content/markdown/callouts.ts
 *   makes callouts of the known names and gives every other directive back its text).
 */

/** How a link is written in a note: a Markdown link or image, or a wikilink or wiki embed. */
export type RefKind = "link" | "image" | "wiki" | "embed";

declare module "mdast" {
  interface LinkData {
    /** Set on a link made from a wikilink (`[[note]]`) or a non-image embed (`![[note]]`). */
    shioriRef?: "wiki" | "embed";
  }
  interface ImageData {
    /** Set on an image made from a wiki embed (`![[image.png]]`). */
    shioriRef?: "embed";
  }
  interface HeadingData {
    /** The id written as `{#id}` after the heading text. */
    shioriId?: string;
  }
}

const IMAGE_FILE = /\.(?:png|jpe?g|gif|webp|avif|svg|bmp|ico)$/i;

/** Splits a wikilink target into the note part and the heading part (`note#heading`). */
export function splitWikiTarget(target: string): { path: string; heading: string | null } {
  const i = target.indexOf("#");
  return i < 0
    ? { path: target.trim(), heading: null }
    : { path: target.slice(0, i).trim(), heading: target.slice(i + 1).trim() || null };
}

interface WikiNode {
  type: "wikiLink" | "embed";
  value: string;
  data?: { alias?: string | null };
  position?: Nodes["position"];
}

/** The wikilink nodes of @flowershow/remark-wiki-link as plain mdast links and images. */
const remarkWikiNodes: Plugin<[], Root> = () => (tree) => {
  visit(tree, (node, index, parent) => {
    const wiki = node as unknown as WikiNode;
    if ((wiki.type !== "wikiLink" && wiki.type !== "embed") || !parent || index === undefined)
      return;
    const target = wiki.value;
    const alias = wiki.data?.alias?.trim() || null;
    const { path, heading } = splitWikiTarget(target);
    let replacement: PhrasingContent;
    if (wiki.type === "embed" && IMAGE_FILE.test(path)) {
      replacement = {
        type: "image",
        url: target,
        alt: alias && !/^\d+(?:x\d+)?$/.test(alias) ? alias : (path.split("/").pop() ?? path),
        data: { shioriRef: "embed" },
        position: wiki.position,
      };
    } else {
      const label = alias ?? (heading ? `${path || ""}${path ? " › " : ""}${heading}` : path);
      replacement = {
        type: "link",
        url: target,
        children: [{ type: "text", value: label }],
        data: { shioriRef: wiki.type === "embed" ? "embed" : "wiki" },
        position: wiki.position,
      };
    }
    (parent as Parent).children.splice(index, 1, replacement);
  });
};

// `{#id}`, `{#id .class}`, kramdown's `{: #id}`, and the MDX-comment form of react.dev and
// Docusaurus (an MDX comment holding the id, with or without #) at the end of a heading, as written.
const CUSTOM_ID =
  /[ \t]*(?:\{:?[ \t]*#([^\s{}]+)(?:[ \t]+[^{}\n]*)?\}|\{\/\*[ \t]*#?([^\s*{}]+)[ \t]*\*\/\})[ \t]*$/;

/** The id a heading's `{#id}` sets, if any (set by remarkHeadingIds). */
export function customHeadingId(node: Heading): string | null {
  return node.data?.shioriId ?? null;
}

/**
 * Removes a trailing `{#id}` from each heading and keeps the id on the node. It is read from the
 * heading's source, because Markdown turns the comment form's `/*id*\/` into emphasis.
 */
const remarkHeadingIds: Plugin<[], Root> = () => (tree, file) => {
  const source = String(file.value ?? "");
  visit(tree, "heading", (node) => {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined || !source) return;
    // The heading's text as written: no setext underline, no closing #s.
    const raw = source
      .slice(from, to)
      .replace(/\n[ \t]*[=-]+[ \t]*$/, "")
      .replace(/[ \t]+#+[ \t]*$/, "");
    const m = CUSTOM_ID.exec(raw);
    if (!m) return;
    const cut = from + m.index;
    const kids = node.children;
    while (kids.length) {
      const last = kids[kids.length - 1]!;
      const start = last.position?.start.offset ?? 0;
      const end = last.position?.end.offset ?? 0;
      if (start >= cut) {
        kids.pop();
        continue;
      }
      if (end > cut && last.type === "text") {
        last.value = last.value.slice(0, last.value.lastIndexOf("{")).replace(/\s+$/, "");
        if (!last.value) kids.pop();
      }
      break;
    }
    node.data = { ...node.data, shioriId: (m[1] ?? m[2])! };
  });
};

/** Adds the syntax above to a unified processor that already has remark-parse and remark-gfm. */
export function withNoteSyntax<
  P extends Processor<Root, undefined, undefined, undefined, undefined>,
>(processor: P): P {
  return processor
    .use(remarkWikiLink, { format: "regular" })
    .use(remarkWikiNodes)
    .use(remarkHeadingIds)
    .use(remarkDirective)
    .use(remarkMathSyntax)
    .use(remarkDirectiveCallouts) as unknown as P;
}

/** How a collected link or image was written (see RefKind). */
export function refKindOf(node: Link | Image | Definition): RefKind {
  if (node.type === "definition") return "link";
  if (node.data?.shioriRef === "wiki" || (node.type === "link" && node.data?.shioriRef === "embed"))
    return "wiki";
  if (node.type === "image") return node.data?.shioriRef === "embed" ? "embed" : "image";
  return "link";
}
