import type { ElementContent, Root as HastRoot } from "hast";
import type { BlockContent, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import type { Point } from "unist";
import type { Schema } from "hast-util-sanitize";
import type { ContainerDirective } from "mdast-util-directive";
import { rehypeGithubAlerts } from "rehype-github-alerts";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

/**
 * Callouts (admonitions): GitHub alerts (`> [!NOTE]` … `> [!CAUTION]`) and the directive
 * containers of Docusaurus and VitePress (`:::tip`, `:::tip[Title]`, `:::tip Title` … `:::`).
 * Both become the same markup, which the site's CSS colours by `data-callout`:
 *
 *     <div class="callout" data-callout="tip" role="note"><p class="callout-title">Tip</p>…</div>
 *
 * Directives are parsed by remark-directive (lib/content/syntax.ts); other directives keep the
 * text they were written as. Alerts are found by rehype-github-alerts after the sanitiser, so
 * they wrap what the sanitiser already cleaned.
 */

/** Callout kinds and their default titles (English: the note's own title is used when it has one). */
export const CALLOUT_TITLES = {
  note: "Note",
  tip: "Tip",
  info: "Info",
  important: "Important",
  warning: "Warning",
  caution: "Caution",
  danger: "Danger",
} as const;
export type CalloutKind = keyof typeof CALLOUT_TITLES;

const isCallout = (name: string): name is CalloutKind => Object.hasOwn(CALLOUT_TITLES, name);

type Allowed = NonNullable<Schema["attributes"]>[string];

/** What the sanitiser keeps of callout markup written before it runs (directives). */
export const CALLOUT_ATTRIBUTES: { div: Allowed; p: Allowed } = {
  div: [
    ["className", "callout"],
    ["dataCallout", ...Object.keys(CALLOUT_TITLES)],
    ["role", "note"],
  ],
  p: [["className", "callout-title"]],
};

// `:::tip Title` (VitePress, Docusaurus' older form): the title as a directive label.
const LEGACY_TITLE = new RegExp(
  `^( {0,3})(:{3,})(${[...Object.keys(CALLOUT_TITLES), "details"].join("|")})[ \\t]+([^\\s\\[{].*?)[ \\t]*$`,
);
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Rewrites `:::tip Title` to `:::tip[Title]`, which remark-directive reads, outside code fences.
 * The pipeline does this once on a note's body, so every later stage sees the same text (a line
 * grows by one character; line numbers do not change).
 */
export function directiveTitlesAsLabels(text: string): string {
  if (!text.includes(":::")) return text;
  const lines = text.split("\n");
  let fence: string | null = null;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const mark = FENCE.exec(line);
    if (fence) {
      if (
        mark &&
        mark[1]![0] === fence[0] &&
        mark[1]!.length >= fence.length &&
        !line.slice(mark[0].length).trim()
      )
        fence = null;
      continue;
    }
    if (mark) {
      fence = mark[1]!;
      continue;
    }
    const m = LEGACY_TITLE.exec(line);
    if (!m) continue;
    lines[i] = `${m[1]}${m[2]}${m[3]}[${m[4]!.replace(/[[\]\\]/g, "\\$&")}]`;
    changed = true;
  }
  return changed ? lines.join("\n") : text;
}

/** The title line: the note's own title, or the kind's default (page only: not the note's text for search). */
function titleParagraph(kind: CalloutKind, label: Paragraph | undefined): Paragraph {
  const hProperties = { className: ["callout-title"] };
  if (label?.children.length)
    return {
      type: "paragraph",
      children: label.children,
      position: label.position,
      data: { hProperties },
    };
  return {
    type: "paragraph",
    children: [],
    data: { hProperties, hChildren: [{ type: "text", value: CALLOUT_TITLES[kind] }] },
  };
}

/** The opening and closing line of a directive Shiori does not read, as written, with their places. */
function fenceLines(
  source: string,
  node: ContainerDirective,
): { open: Paragraph; close: Paragraph | null } | null {
  const start = node.position?.start;
  const end = node.position?.end;
  if (start?.offset === undefined || end?.offset === undefined) return null;
  const text = source.slice(start.offset, end.offset);
  const open = text.split("\n", 1)[0] ?? "";
  const last = text.slice(text.lastIndexOf("\n") + 1);
  const para = (value: string, from: Point, to: Point): Paragraph => ({
    type: "paragraph",
    children: [{ type: "text", value, position: { start: from, end: to } }],
    position: { start: from, end: to },
  });
  const openEnd = {
    line: start.line,
    column: start.column + open.length,
    offset: start.offset + open.length,
  };
  const closing = text.includes("\n") && /^\s*:{3,}\s*$/.test(last);
  const closeStart = {
    line: end.line,
    column: end.column - last.length,
    offset: end.offset - last.length,
  };
  return { open: para(open, start, openEnd), close: closing ? para(last, closeStart, end) : null };
}

/**
 * mdast: callout containers get their markup (see above), `:::details[Summary]` becomes
 * `<details>`; every other directive (`:::foo`, `::foo`, `a:b` read as a text directive) is turned
 * back into the text it was written as, so a colon in prose never loses text.
 */
export const remarkDirectiveCallouts: Plugin<[], Root> = () => (tree, file) => {
  const source = String(file.value ?? "");
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (node.type === "textDirective") {
      const from = node.position?.start.offset;
      const to = node.position?.end.offset;
      const raw = from !== undefined && to !== undefined ? source.slice(from, to) : `:${node.name}`;
      const last = node.children[node.children.length - 1];
      const labelEnd = last?.position?.end.offset;
      const replacement: PhrasingContent[] =
        node.children.length && labelEnd !== undefined && from !== undefined && to !== undefined
          ? [
              { type: "text", value: `:${node.name}[` },
              ...node.children,
              { type: "text", value: source.slice(labelEnd, to) },
            ]
          : [{ type: "text", value: raw, position: node.position }];
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      return index + replacement.length;
    }
    if (node.type === "leafDirective") {
      const from = node.position?.start.offset;
      const to = node.position?.end.offset;
      const raw =
        from !== undefined && to !== undefined ? source.slice(from, to) : `::${node.name}`;
      const paragraph: Paragraph = {
        type: "paragraph",
        children: [{ type: "text", value: raw, position: node.position }],
        position: node.position,
      };
      parent.children.splice(index, 1, paragraph as (typeof parent.children)[number]);
      return index + 1;
    }
    if (node.type !== "containerDirective") return undefined;
    const [first, ...rest] = node.children;
    const label = first?.type === "paragraph" && first.data?.directiveLabel ? first : undefined;
    const body = (label ? rest : node.children) as BlockContent[];
    if (isCallout(node.name)) {
      node.children = [titleParagraph(node.name, label), ...body];
      node.data = {
        ...node.data,
        hName: "div",
        hProperties: { className: ["callout"], dataCallout: node.name, role: "note" },
      };
      return undefined;
    }
    if (node.name === "details") {
      const summary: Paragraph = label?.children.length
        ? { type: "paragraph", children: label.children, data: { hName: "summary" } }
        : {
            type: "paragraph",
            children: [],
            data: { hName: "summary", hChildren: [{ type: "text", value: "Details" }] },
          };
      node.children = [summary, ...body];
      node.data = { ...node.data, hName: "details", hProperties: {} };
      return undefined;
    }
    // Not a directive Shiori reads: its lines as text, its body as Markdown.
    const lines = fenceLines(source, node);
    const replacement: RootContent[] = [
      ...(lines ? [lines.open] : []),
      ...body,
      ...(lines?.close ? [lines.close] : []),
    ];
    parent.children.splice(index, 1, ...(replacement as typeof parent.children));
    return index;
  });
};

/** The callout element (hast) for a GitHub alert. */
function alertElement(kind: CalloutKind, body: ElementContent[]): ElementContent {
  return {
    type: "element",
    tagName: "div",
    properties: { className: ["callout"], dataCallout: kind, role: "note" },
    children: [
      {
        type: "element",
        tagName: "p",
        properties: { className: ["callout-title"] },
        children: [{ type: "text", value: CALLOUT_TITLES[kind] }],
      },
      ...body,
    ],
  };
}

const ALERTS = (["note", "tip", "important", "warning", "caution"] as const).map((kind) => ({
  keyword: kind.toUpperCase(),
  icon: "",
  title: CALLOUT_TITLES[kind],
}));

/** rehype: GitHub alerts (`> [!TIP]` on its own first line, then the text) as callouts. */
export const rehypeAlerts: Plugin<[], HastRoot> = () => {
  const transform = rehypeGithubAlerts({
    alerts: ALERTS,
    build: (alert, children) => alertElement(alert.keyword.toLowerCase() as CalloutKind, children),
  });
  return (tree) => transform(tree);
};
