import type { Root, RootContent, Nodes, Heading as MdHeading } from "mdast";
import type { Nodes as HastNodes } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toString } from "mdast-util-to-string";
import { defaultSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { withNoteSyntax } from "./syntax";

const parser = withNoteSyntax(unified().use(remarkParse).use(remarkGfm));

/** Parses Markdown (CommonMark + GFM) to mdast with positions. */
export function parseMarkdown(text: string): Root {
  // The source goes along: remarkHeadingIds reads `{#id}` as written.
  return parser.runSync(parser.parse(text), text) as Root;
}

/**
 * Lists and quotes nested deeper than this are not parsed: micromark's time grows with the cube of
 * the depth (1,000 levels over 1,000 lines took 50 s) and deeper trees overflow the stack.
 */
export const MAX_NESTING = 100;
/**
 * Budget for inline markup, as Σ over paragraphs of (markup characters)² plus Σ over tables of
 * rows²/3. Inline parsing is quadratic in a paragraph's delimiters (`*`, `_`, `[`, `` ` ``, `<` …):
 * 20,000 of them in one paragraph took 15 s. This budget is about 2 s of parsing.
 */
export const MAX_INLINE_WORK = 50_000_000;

export type MarkdownProblem =
  | { kind: "too-deep"; line: number; depth: number }
  | { kind: "too-complex"; line: number; work: number };

const MARKS = new Set(["*", "_", "[", "]", "`", "~", "<"]);
const TABLE_DELIMITER = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** A line's container prefix (`>`, list markers, indentation): its nesting and where content starts. */
function containerPrefix(line: string): {
  depth: number;
  items: number;
  columns: number;
  rest: string;
} {
  let i = 0;
  let columns = 0;
  let quotes = 0;
  let items = 0;
  for (;;) {
    while (line[i] === " " || line[i] === "\t") columns += line[i++] === "\t" ? 4 : 1;
    if (line[i] === ">") {
      quotes++;
      i++;
    } else {
      const marker = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(i, i + 11));
      if (!marker) break;
      items++;
      i += marker[0].length;
    }
    if (line[i] === " ") i++; // the space after a marker belongs to the marker
  }
  return { depth: quotes + items + Math.floor(columns / 2), items, columns, rest: line.slice(i) };
}

/**
 * Decides in one linear pass whether a Markdown text is safe to parse in bounded time and stack,
 * and if not, returns it as one plain-text block (a `~~~` fence longer than any in the text) so
 * every later stage — chapters, search text, the rendered page — shows it as text.
 */
export function guardMarkdown(text: string): { text: string; problem: MarkdownProblem | null } {
  const lines = text.split("\n");
  let fence: { char: string; length: number } | null = null;
  let work = 0;
  let marks = 0;
  let segmentLine = 1;
  let tableRows = 0;
  let problem: MarkdownProblem | null = null;
  const endSegment = (nextLine: number) => {
    work += marks * marks + (tableRows * tableRows) / 3;
    marks = 0;
    tableRows = 0;
    segmentLine = nextLine;
  };
  for (let n = 0; n < lines.length && !problem; n++) {
    const line = lines[n]!;
    const { depth, items, columns, rest } = containerPrefix(line);
    // Only top-level fences are trusted to hide their text from inline parsing: a fence inside a
    // list or quote ends with its container, which a line scan cannot tell.
    const fenceMark = columns < 4 && rest === line.trimStart() ? /^(`{3,}|~{3,})/.exec(rest) : null;
    if (fence) {
      if (
        fenceMark &&
        fenceMark[1]![0] === fence.char &&
        fenceMark[1]!.length >= fence.length &&
        !rest.slice(fenceMark[1]!.length).trim()
      ) {
        fence = null;
        endSegment(n + 2);
      }
      continue;
    }
    if (depth > MAX_NESTING) {
      problem = { kind: "too-deep", line: n + 1, depth };
      break;
    }
    if (fenceMark) {
      endSegment(n + 1);
      fence = { char: fenceMark[1]![0]!, length: fenceMark[1]!.length };
      continue;
    }
    // A table row's cells are parsed one by one, but a row with thousands of cells is slow too.
    const rowWork = () => {
      let marks = 0;
      for (const ch of rest) if (ch === "|" || MARKS.has(ch)) marks++;
      return marks * marks;
    };
    if (tableRows > 0 && rest.includes("|") && rest.trim()) {
      tableRows++;
      work += rowWork();
      if (work > MAX_INLINE_WORK) problem = { kind: "too-complex", line: segmentLine, work };
      continue;
    }
    // A blank line, a heading or a list item starts a new paragraph; quote markers do not.
    if (!rest.trim() || items > 0 || /^#{1,6}(?:[ \t]|$)/.test(rest) || tableRows > 0)
      endSegment(n + 1);
    const next = lines[n + 1];
    if (
      next !== undefined &&
      rest.includes("|") &&
      next.includes("-") &&
      TABLE_DELIMITER.test(containerPrefix(next).rest)
    ) {
      tableRows = 1;
      work += rowWork();
      if (work > MAX_INLINE_WORK) problem = { kind: "too-complex", line: n + 1, work };
      continue;
    }
    for (const ch of rest) if (MARKS.has(ch)) marks++;
    if (work + marks * marks > MAX_INLINE_WORK)
      problem = { kind: "too-complex", line: segmentLine, work: work + marks * marks };
  }
  if (!problem) endSegment(lines.length);
  if (!problem && work > MAX_INLINE_WORK)
    problem = { kind: "too-complex", line: segmentLine, work };
  if (!problem) return { text, problem: null };
  let longest = 2;
  for (const run of text.match(/~{3,}/g) ?? []) longest = Math.max(longest, run.length);
  const fenceText = "~".repeat(longest + 1);
  return {
    text: `${fenceText} text\n${text}${text.endsWith("\n") ? "" : "\n"}${fenceText}\n`,
    problem,
  };
}

/** Visible text of a heading or inline content: HTML comments (`<!-- omit in toc -->`) removed. */
export function inlineText(node: Nodes): string {
  return toString(node, { includeHtml: false }).replace(/\s+/g, " ").trim();
}

const ALERT_MARKER = /^\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*\n?/i;

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
      case "tableCell":
        out.push(toString(node, { includeHtml: false }));
        return;
      case "paragraph":
        // A GitHub alert's `[!NOTE]` is markup, not words to search for.
        out.push(toString(node, { includeHtml: false }).replace(ALERT_MARKER, ""));
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

/**
 * Calls `fn` on every node of one type under `root` (root included), in document order (preorder,
 * as unist-util-visit walks). A plain loop: the enrichment stages walk every note's tree several
 * times, and unist-util-visit's per-node bookkeeping (parent arrays, visitor results) cost more
 * than the walk itself at 10,000 notes.
 */
export function eachNode<T extends Nodes["type"]>(
  root: Nodes,
  type: T,
  fn: (node: Extract<Nodes, { type: T }>, block: Nodes | null) => void,
): void {
  walkWithBlock(root, null, type, fn);
}

/** Blocks whose text is the context of what is inside them (links' surrounding text). */
const CONTEXT_BLOCKS = new Set(["paragraph", "listItem", "tableCell", "heading"]);

function walkWithBlock<T extends Nodes["type"]>(
  node: Nodes,
  block: Nodes | null,
  type: T,
  fn: (node: Extract<Nodes, { type: T }>, block: Nodes | null) => void,
): void {
  if (node.type === type) fn(node as Extract<Nodes, { type: T }>, block);
  if (!("children" in node)) return;
  const inner = CONTEXT_BLOCKS.has(node.type) ? node : block;
  for (const child of node.children) walkWithBlock(child as Nodes, inner, type, fn);
}

export function isHeading(node: RootContent): node is MdHeading {
  return node.type === "heading";
}

/** 1-based line of a node in the parsed text. */
export const startLine = (node: { position?: { start: { line: number } } }): number =>
  node.position?.start.line ?? 1;
export const startOffset = (node: { position?: { start: { offset?: number } } }): number =>
  node.position?.start.offset ?? 0;

/** Protocols the sanitiser keeps (GitHub's list, as rehype-sanitize's default schema has it). */
const HREF_PROTOCOLS = defaultSchema.protocols?.href ?? [];
const SRC_PROTOCOLS = defaultSchema.protocols?.src ?? [];
const KEPT_TAGS = new Set(defaultSchema.tagNames ?? []);
const URL_PROPERTIES: Record<string, string> = {
  href: "href",
  src: "src",
  action: "action",
  formAction: "formaction",
  data: "data",
  xLinkHref: "xlink:href",
  poster: "poster",
  background: "background",
};

/** True when the sanitiser keeps this URL: relative, or one of the allowed protocols. */
export function isSafeUrl(url: string, protocols: readonly string[] = HREF_PROTOCOLS): boolean {
  // The same test as hast-util-sanitize's safeProtocol: a colon after / ? # is not a protocol.
  const colon = url.indexOf(":");
  const before = (c: string) => {
    const i = url.indexOf(c);
    return i > -1 && colon > i;
  };
  if (colon < 0 || before("/") || before("?") || before("#")) return true;
  return protocols.some((p) => colon === p.length && url.slice(0, colon) === p);
}

/** A value quoted for a message: control characters escaped, long text cut. */
export function quoteForMessage(value: string, max = 40): string {
  const cut = value.length > max ? `${value.slice(0, max - 1)}…` : value;
  return JSON.stringify(cut).replace(
    /[\u0000-\u001f\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export interface UnsafeMarkup {
  /** 1-based line in the parsed text. */
  line: number;
  code: "html/unsafe" | "link/unsafe-url";
  message: string;
}

/** What the sanitiser will remove from one raw HTML fragment, described for a person. */
function unsafeInHtml(html: string): string[] {
  const found: string[] = [];
  // Tags the HTML parser drops inside a page (the sanitiser never even sees them).
  for (const m of html.matchAll(/<(frameset|frame|body|head|html)\b/gi))
    found.push(`<${m[1]!.toLowerCase()}> removed`);
  const stack: HastNodes[] = [fromHtml(html, { fragment: true })];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== "root" && node.type !== "element") continue;
    if (node.type === "element") {
      const tag = node.tagName;
      if (!KEPT_TAGS.has(tag) && !["html", "head", "body"].includes(tag))
        found.push(`<${tag}> removed`);
      for (const [key, value] of Object.entries(node.properties)) {
        if (/^on/i.test(key)) found.push(`${key.toLowerCase()}= removed from <${tag}>`);
        const attr = URL_PROPERTIES[key];
        if (
          attr &&
          typeof value === "string" &&
          !isSafeUrl(value.trim(), key === "src" ? SRC_PROTOCOLS : HREF_PROTOCOLS)
        ) {
          found.push(`${attr}=${quoteForMessage(value, 30)} removed from <${tag}>`);
        }
      }
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return [...new Set(found)];
}

/**
 * Raw HTML and link targets that the renderer's sanitiser removes (scripts, event handlers,
 * frames, styles, `javascript:` and other unsafe URLs), one entry per HTML block or link, so a
 * person learns why part of a note is missing. The sanitiser, not this list, keeps pages safe.
 */
export function findUnsafeMarkup(tree: Root): UnsafeMarkup[] {
  const out: UnsafeMarkup[] = [];
  // Inline HTML comes as one node per tag; everything found on one line makes one diagnostic.
  const htmlByLine = new Map<number, Set<string>>();
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    const line = startLine(node);
    if (node.type === "html") {
      const found = unsafeInHtml(node.value);
      if (found.length) {
        const set = htmlByLine.get(line) ?? new Set<string>();
        if (!htmlByLine.has(line)) {
          htmlByLine.set(line, set);
          out.push({ line, code: "html/unsafe", message: "" });
        }
        for (const f of found) set.add(f);
      }
    } else if ((node.type === "link" || node.type === "definition") && !isSafeUrl(node.url)) {
      out.push({
        line,
        code: "link/unsafe-url",
        message: `the link target ${quoteForMessage(node.url)} is removed when the page is built: only ${HREF_PROTOCOLS.join(", ")} and relative links are kept. Use an https:// address.`,
      });
    } else if (node.type === "image" && !isSafeUrl(node.url, SRC_PROTOCOLS)) {
      out.push({
        line,
        code: "link/unsafe-url",
        message: `the image ${quoteForMessage(node.url)} is not shown: only ${SRC_PROTOCOLS.join(" and ")} images are kept. Put the image at an https:// address.`,
      });
    }
    if ("children" in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  for (const item of out) {
    const found = htmlByLine.get(item.line);
    if (item.code !== "html/unsafe" || !found) continue;
    item.message = `raw HTML here is changed when the page is built: ${[...found].join(", ")}. Notes cannot run scripts, embed pages or restyle the site; put the HTML in a \`\`\` code block to show it as text.`;
  }
  return out;
}
