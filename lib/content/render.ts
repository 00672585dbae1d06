import type { Element, ElementContent, Root as HastRoot } from "hast";
import { toString as hastToString } from "hast-util-to-string";
import type { Root as MdRoot } from "mdast";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema, type Options as Schema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype, { defaultHandlers } from "remark-rehype";
import { bundledLanguages, createHighlighter, type BundledLanguage, type Highlighter } from "shiki";
import { unified, type Plugin } from "unified";
import { visit } from "unist-util-visit";
import { rehypeRepairMarks } from "@/lib/encoding/rehype-repair-marks";
import { attrTextName, type I18nAttribute } from "@/lib/i18n/dom";
import { UI_LOCALES } from "@/lib/i18n/locales";
import { translations, type MessageKey, type MessageVars } from "@/lib/i18n/messages";
import { createAnchorResolver } from "./anchors";
import { GENERATED_DIR } from "./index";
import { CALLOUT_ATTRIBUTES, rehypeAlerts } from "./markdown/callouts";
import { codeLineOptions, parseCodeLines } from "./markdown/code-lines";
import { rehypeMath } from "./markdown/math";
import { diagramStore, rehypeMermaid, type StoredDiagram } from "./markdown/mermaid";
import { BROKEN_HREF, refKey, remarkNoteRefs } from "./ref-plugin";
import { withNoteSyntax } from "./syntax";
import { notePageUrl, taskAnchor } from "./urls";
import type { Asset, Note } from "./types";

/** What a page needs to render one slice of a note (a chapter or the overview). */
export interface RenderTarget {
  markdown: string;
  /** File line of the slice's first line. */
  firstLine: number;
  /** Offset of the slice in the note's (repaired) text. */
  offset: number;
  /** The chapter page being rendered; null for the note page (overview). */
  chapter: string | null;
  /** Published local files (the content model's `assets`), for images' width and height. */
  assets?: Record<string, Asset>;
  /** Drawn Mermaid diagrams by key; default: the ones prebuild stored in the generated folder. */
  diagrams?: (key: string) => StoredDiagram | null;
}

/** Sanitising schema: GitHub's, plus what our own plugins add after it runs. */
const schema: Schema = {
  ...defaultSchema,
  // Drop these elements with their content (style text would otherwise show as text).
  strip: ["script", "style", "template", "noscript"],
  attributes: {
    ...defaultSchema.attributes,
    code: [
      ...(defaultSchema.attributes?.code ?? []),
      "title",
      ["dataLines", /^[\d,-]+$/],
      ["dataLineNumbers", /^\d+$/],
    ],
    div: [...(defaultSchema.attributes?.div ?? []), ...CALLOUT_ATTRIBUTES.div],
    p: [...(defaultSchema.attributes?.p ?? []), ...CALLOUT_ATTRIBUTES.p],
  },
};

/**
 * UI text the renderer adds to a note (copy buttons, link labels) in every UI language, the way
 * the portal's own components carry it: visible text as one `<span data-l>` per language (CSS
 * shows the reader's), attributes with `data-i18n-<attr>-<locale>` (switched by the head script
 * before the first paint). A Japanese reader never sees the English "Copy", even without script.
 */
function localizedSpans(key: MessageKey, vars?: MessageVars): ElementContent[] {
  const texts = translations(key, vars);
  return UI_LOCALES.map((locale) => ({
    type: "element",
    tagName: "span",
    properties: { dataL: locale, lang: texts[locale].lang },
    children: [{ type: "text", value: texts[locale].text }],
  }));
}

function localizedProperties(
  attr: I18nAttribute,
  key: MessageKey,
  vars?: MessageVars,
): Element["properties"] {
  const texts = translations(key, vars);
  const props: Element["properties"] = { [attr]: texts.en.text, [`data-i18n-${attr}`]: key };
  for (const locale of UI_LOCALES) props[attrTextName(attr, locale)] = texts[locale].text;
  return props;
}

/** ` ```yaml:deployment.yaml ` (Qiita) and ` ```js title="app.js" ` (Docusaurus) name a file. */
export function parseFence(lang: string | null | undefined, meta: string | null | undefined) {
  let language = lang ?? null;
  let file: string | null = null;
  if (language && language.includes(":")) {
    const i = language.indexOf(":");
    file = language.slice(i + 1) || null;
    language = language.slice(0, i) || null;
  }
  const title = meta ? /title=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(meta) : null;
  if (title) file = title[1] ?? title[2] ?? title[3] ?? file;
  return { language: language?.toLowerCase() ?? null, file };
}

/** A fence's file name, and its line options (`{3-5}`, `showLineNumbers`: ./markdown/code-lines.ts). */
const remarkFenceFiles: Plugin<[], MdRoot> = () => (tree) => {
  visit(tree, "code", (node) => {
    const { language, file } = parseFence(node.lang, node.meta);
    const lines = parseCodeLines(node.meta);
    node.lang = language;
    const props: Record<string, string> = {};
    if (file) props.title = file;
    if (lines.highlight) props.dataLines = lines.highlight;
    if (lines.lineNumbers !== null) props.dataLineNumbers = String(lines.lineNumbers);
    if (Object.keys(props).length)
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, ...props } };
  });
};

/**
 * mdast-util-to-hast decides for each list item whether its list is loose by scanning the whole
 * list, which is quadratic (44 s for one list of 50,000 items). This decides once per list and
 * writes the answer on every item; `looseListItem` then reads it from the item alone. Same HTML.
 */
const remarkListLooseness: Plugin<[], MdRoot> = () => (tree) => {
  visit(tree, "list", (list) => {
    const loose =
      Boolean(list.spread) || list.children.some((item) => item.spread ?? item.children.length > 1);
    for (const item of list.children) item.spread = loose;
  });
};
const looseListItem: typeof defaultHandlers.listItem = (state, node) =>
  defaultHandlers.listItem(state, node, undefined);

const isElement = (n: unknown, tag?: string): n is Element =>
  typeof n === "object" &&
  n !== null &&
  (n as Element).type === "element" &&
  (!tag || (n as Element).tagName === tag);

interface IdOptions {
  firstLine: number;
  headingByLine: Map<number, string>;
  taskByLine: Map<number, { id: string; text: string }>;
}

/** Elements that end a task item's first line: what follows them is not part of its label. */
const BLOCK = new Set([
  "ul",
  "ol",
  "p",
  "div",
  "pre",
  "blockquote",
  "table",
  "figure",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
]);

/**
 * Wraps a task list item's box and the text of its first line in a `<label>`, so tapping the
 * text toggles the box (the whole line is the target) and wrapped lines hang under the text
 * (app/globals.css `.task-label`). A loose item's box sits in its first paragraph; nested lists
 * and later paragraphs stay outside the label.
 */
function labelTaskBox(li: Element): void {
  const first = li.children.find((c): c is Element => c.type === "element");
  const holder =
    first && isElement(first, "p") && first.children.some((c) => isElement(c, "input"))
      ? first
      : li;
  const start = holder.children.findIndex((c) => isElement(c, "input"));
  if (start < 0) return;
  let end = start + 1;
  while (end < holder.children.length) {
    const c = holder.children[end]!;
    if (c.type === "element" && BLOCK.has(c.tagName)) break;
    end++;
  }
  const inside = holder.children.slice(start, end) as Element["children"];
  // Trailing whitespace before a nested list belongs to neither.
  const last = inside[inside.length - 1];
  if (last?.type === "text") last.value = last.value.replace(/\s+$/, "");
  const label: Element = {
    type: "element",
    tagName: "label",
    properties: { className: ["task-label"] },
    children: inside,
  };
  holder.children.splice(start, end - start, label);
}

/** Heading ids (the note-wide github-slugger ids) and checklist item ids, by source line. */
const rehypeShioriIds: Plugin<[IdOptions], HastRoot> = (options) => (tree) => {
  visit(tree, "element", (node) => {
    const line = node.position ? node.position.start.line + options.firstLine - 1 : null;
    if (line === null) return;
    if (/^h[1-6]$/.test(node.tagName)) {
      const anchor = options.headingByLine.get(line);
      if (!anchor) return;
      node.properties.id = anchor;
      node.children.push({
        type: "element",
        tagName: "a",
        properties: {
          className: ["heading-anchor"],
          href: `#${anchor}`,
          ...localizedProperties("aria-label", "heading.link", {
            heading: hastToString(node).trim(),
          }),
          dataCopyLink: "",
        },
        children: [{ type: "text", value: "#" }],
      });
      return;
    }
    if (node.tagName === "li") {
      const task = options.taskByLine.get(line);
      if (!task) {
        // A task box that is not a checklist item (001's notation legend) is named by its label.
        labelTaskBox(node);
        return;
      }
      node.properties.id = taskAnchor(task.id);
      visit(node, "element", (input, index, parent) => {
        if (
          input.tagName === "input" &&
          input.properties.type === "checkbox" &&
          !input.properties.dataTaskId
        ) {
          input.properties.dataTaskId = task.id;
          input.properties.ariaLabel = task.text;
          // 001 writes `- [ ] : text`; the colon belongs to the notation, not the item.
          const after = parent && index !== undefined ? parent.children[index + 1] : undefined;
          if (after?.type === "text") after.value = after.value.replace(/^\s*[:：]\s*/, " ");
          return false;
        }
        return undefined;
      });
      labelTaskBox(node);
    }
  });
};

interface LinkOptions {
  note: Note;
  chapter: string | null;
  assets: Record<string, Asset>;
}

/** A URL that is a path in the content folder (not `#…`, not `/…`, no scheme). */
const RELATIVE = /^(?![a-z][a-z0-9+.-]*:|\/|#)/i;

/** In-note links to other chapter pages, external links opened safely, lazy images. */
const rehypeLinks: Plugin<[LinkOptions], HastRoot> = ({ note, chapter, assets }) => {
  const resolve = createAnchorResolver(Object.keys(note.anchors));
  const refs = new Map(note.refs.map((r) => [refKey(r.kind, r.url), r]));
  return (tree) => {
    visit(tree, "element", (node) => {
      if (node.tagName === "img") {
        const src = typeof node.properties.src === "string" ? node.properties.src : "";
        // Raw HTML `<img src="arch.png">`: the same published file as `![](arch.png)`.
        if (RELATIVE.test(src)) {
          const ref = refs.get(refKey("image", src)) ?? refs.get(refKey("image", safeDecode(src)));
          if (ref?.href) node.properties.src = ref.href;
          else delete node.properties.src;
        }
        const asset =
          typeof node.properties.src === "string"
            ? assets[decodeURI(node.properties.src)]
            : undefined;
        if (
          asset?.width &&
          asset.height &&
          node.properties.width === undefined &&
          node.properties.height === undefined
        ) {
          node.properties.width = asset.width;
          node.properties.height = asset.height;
        }
        node.properties.loading = "lazy";
        node.properties.decoding = "async";
        node.properties.alt ??= "";
        return;
      }
      if (node.tagName !== "a" || typeof node.properties.href !== "string") return;
      let href = node.properties.href;
      if (RELATIVE.test(href) && href) {
        const ref = refs.get(refKey("link", href)) ?? refs.get(refKey("link", safeDecode(href)));
        href = ref?.href ?? BROKEN_HREF;
        node.properties.href = href;
      }
      if (href === BROKEN_HREF) {
        // Leads nowhere in the content folder: text marked as a broken link (check/health say why).
        node.tagName = "span";
        delete node.properties.href;
        node.properties.className = ["broken-link"];
        Object.assign(node.properties, localizedProperties("title", "link.broken"));
        return;
      }
      if (href.startsWith("#")) {
        if (node.properties.dataCopyLink !== undefined || href.startsWith("#user-content-")) return;
        const anchor = resolve(href);
        if (!anchor) {
          node.properties.className = ["broken-anchor"];
          Object.assign(node.properties, localizedProperties("title", "anchor.broken"));
          return;
        }
        const page = note.anchors[anchor];
        if (page === undefined || page === chapter) node.properties.href = `#${anchor}`;
        else node.properties.href = notePageUrl(note.slug, page, anchor);
        return;
      }
      if (/^https?:\/\//i.test(href)) {
        node.properties.target = "_blank";
        node.properties.rel = ["noopener", "noreferrer"];
        node.properties.className = ["external"];
        node.children.push({
          type: "element",
          tagName: "span",
          properties: { className: ["sr-only"] },
          children: [{ type: "text", value: " " }, ...localizedSpans("external.newTab")],
        });
      }
    });
  };
};

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

let highlighter: Promise<Highlighter> | null = null;
const getHighlighter = () =>
  (highlighter ??= createHighlighter({ themes: ["github-light", "github-dark"], langs: [] }));

const LANG_ALIASES: Record<string, string> = {
  console: "shellsession",
  dockerfile: "docker",
  yml: "yaml",
  tf: "hcl",
};

/** Code blocks: shiki colours (light and dark), language and file name, a copy button. */
const rehypeCodeBlocks: Plugin<[], HastRoot> = () => async (tree) => {
  const blocks: { pre: Element; parent: Element | HastRoot; index: number }[] = [];
  visit(tree, "element", (node, index, parent) => {
    if (
      node.tagName === "pre" &&
      isElement(node.children[0], "code") &&
      parent &&
      index !== undefined
    ) {
      blocks.push({ pre: node, parent: parent as Element | HastRoot, index });
      return "skip";
    }
    return undefined;
  });
  if (!blocks.length) return;
  const hl = await getHighlighter();
  for (const { pre, parent, index } of blocks) {
    const code = pre.children[0] as Element;
    const classes = Array.isArray(code.properties.className)
      ? code.properties.className.map(String)
      : [];
    const declared = classes.find((c) => c.startsWith("language-"))?.slice(9) ?? null;
    const file = typeof code.properties.title === "string" ? code.properties.title : null;
    const source = hastToString(code).replace(/\n$/, "");
    const lineNumbers =
      typeof code.properties.dataLineNumbers === "string"
        ? Number(code.properties.dataLineNumbers)
        : null;
    const lines = codeLineOptions(
      {
        highlight: typeof code.properties.dataLines === "string" ? code.properties.dataLines : null,
        lineNumbers,
      },
      source,
    );
    let lang = declared ? (LANG_ALIASES[declared] ?? declared) : "text";
    if (lang !== "text" && !(lang in bundledLanguages)) lang = "text";
    if (lang !== "text" && !hl.getLoadedLanguages().includes(lang)) {
      await hl.loadLanguage(lang as BundledLanguage);
    }
    const highlighted = hl.codeToHast(source, {
      lang,
      themes: { light: "github-light", dark: "github-dark" },
      defaultColor: "light",
      ...lines,
    });
    const newPre = highlighted.children.find((n): n is Element => isElement(n, "pre")) ?? pre;
    newPre.properties.tabIndex = 0;
    if (lineNumbers !== null) {
      newPre.properties.dataLineNumbers = "";
      // The CSS counter counts up from here (app/globals.css).
      if (lineNumbers !== 1)
        newPre.properties.style = `${String(newPre.properties.style ?? "")};--line-start:${lineNumbers - 1}`;
    }
    if (file || declared)
      Object.assign(
        newPre.properties,
        localizedProperties("aria-label", "code.label", { name: file ?? declared ?? "" }),
      );
    const caption: ElementContent[] = [];
    if (file)
      caption.push({
        type: "element",
        tagName: "span",
        properties: { className: ["code-file"] },
        children: [{ type: "text", value: file }],
      });
    if (declared)
      caption.push({
        type: "element",
        tagName: "span",
        properties: { className: ["code-lang"] },
        children: [{ type: "text", value: declared }],
      });
    caption.push({
      type: "element",
      tagName: "button",
      properties: { type: "button", className: ["code-copy"], dataCopyCode: "" },
      children: localizedSpans("copy.code"),
    });
    const figure: Element = {
      type: "element",
      tagName: "figure",
      properties: { className: ["code-block"], dataLang: declared ?? "text" },
      children: [
        { type: "element", tagName: "figcaption", properties: {}, children: caption },
        newPre,
      ],
    };
    parent.children.splice(index, 1, figure);
  }
};

let storedDiagrams: ((key: string) => StoredDiagram | null) | null = null;
const defaultDiagrams = () => (storedDiagrams ??= diagramStore(GENERATED_DIR));

/**
 * Renders a slice of a note to safe HTML: GFM, raw HTML sanitised (never executed), the note's
 * heading ids, checklist ids, rewritten in-note links, callouts, math (KaTeX), Mermaid diagrams
 * drawn by prebuild, highlighted code with line highlights and numbers.
 */
export async function renderNoteHtml(note: Note, target: RenderTarget): Promise<string> {
  const headingByLine = new Map<number, string>();
  for (const h of [...note.overviewHeadings, ...note.chapters.flatMap((c) => c.headings)])
    headingByLine.set(h.line, h.anchor);
  const taskByLine = new Map(
    note.checklist.map((i) => [i.line, { id: i.id as string, text: i.plain }]),
  );
  const processor = withNoteSyntax(unified().use(remarkParse).use(remarkGfm))
    .use(remarkNoteRefs, { note })
    .use(remarkFenceFiles)
    .use(remarkListLooseness)
    .use(remarkRehype, { allowDangerousHtml: true, handlers: { listItem: looseListItem } })
    .use(rehypeRaw)
    .use(rehypeSanitize, schema)
    // What follows makes trusted markup from the sanitised tree (and sanitises its own SVG).
    .use(rehypeAlerts)
    .use(rehypeShioriIds, { firstLine: target.firstLine, headingByLine, taskByLine })
    .use(rehypeLinks, { note, chapter: target.chapter, assets: target.assets ?? {} })
    .use(rehypeRepairMarks, {
      offset: target.offset,
      lowConfidence: note.repair?.lowConfidence ?? [],
      source: target.markdown,
    })
    .use(rehypeMath)
    .use(rehypeMermaid, { lookup: target.diagrams ?? defaultDiagrams() })
    .use(rehypeCodeBlocks)
    .use(rehypeStringify);
  try {
    return String(await processor.process(target.markdown));
  } catch (error) {
    // One note never fails the build: its text is shown escaped, and the build log says why.
    console.warn(
      `shiori: ${note.file}: could not render ${target.chapter ? `chapter ${target.chapter}` : "the note page"} (${(error as Error).message}); it is shown as plain text.`,
    );
    return renderFallback(target.markdown);
  }
}

/** The text of a slice as an escaped `<pre>`, with a line saying why it is not formatted. */
export function renderFallback(markdown: string): string {
  const text = (value: string) => ({ type: "text" as const, value });
  const tree: HastRoot = {
    type: "root",
    children: [
      {
        type: "element",
        tagName: "p",
        properties: { className: ["render-fallback"], role: "note" },
        children: [
          text(
            "This part of the note could not be formatted, so it is shown as plain text. `npm run shiori -- check` says why.",
          ),
        ],
      },
      {
        type: "element",
        tagName: "pre",
        properties: { className: ["render-fallback"], tabIndex: 0 },
        children: [
          { type: "element", tagName: "code", properties: {}, children: [text(markdown)] },
        ],
      },
    ],
  };
  return unified().use(rehypeStringify).stringify(tree);
}
