/**
 * Hostile markup: scripts, event handlers, frames, SVG/MathML, styles, javascript:/vbscript:/data:
 * links (also spelled with entities), quoted titles, autolinks. Rendered pages keep none of it, and
 * `shiori check` says what was removed and where.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import type { Element, Nodes } from "hast";
import { fromHtml } from "hast-util-from-html";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderNoteHtml } from "@/lib/content/render";
import type { Note } from "@/lib/content/types";
import { FIXTURE_DIR } from "./generate";
import { type CheckedCorpus, checkCorpus, under } from "./helpers";

let corpus: CheckedCorpus;
beforeAll(async () => {
  corpus = await checkCorpus(under("markup"));
});
afterAll(() => corpus.dispose());

const MARKUP = readdirSync(path.join(FIXTURE_DIR, "notes", "markup")).sort();

async function renderAll(note: Note): Promise<string> {
  const parts = [
    await renderNoteHtml(note, {
      markdown: note.overview,
      firstLine: note.overviewLine,
      offset: note.overviewOffset,
      chapter: null,
    }),
  ];
  for (const c of note.chapters) {
    parts.push(
      await renderNoteHtml(note, {
        markdown: c.markdown,
        firstLine: c.lines[0],
        offset: c.offset,
        chapter: c.slug,
      }),
    );
  }
  return parts.join("\n");
}

const FORBIDDEN_TAGS = new Set([
  "script",
  "style",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "svg",
  "math",
  "link",
  "meta",
  "base",
  "form",
  "noscript",
  "template",
]);

/** Everything in rendered HTML that could run code, load a frame or restyle the page. */
function unsafeParts(html: string): string[] {
  const found: string[] = [];
  const stack: Nodes[] = [fromHtml(html, { fragment: true })];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === "element") {
      const el = node as Element;
      if (FORBIDDEN_TAGS.has(el.tagName)) found.push(`<${el.tagName}>`);
      for (const [key, value] of Object.entries(el.properties)) {
        if (/^on/i.test(key)) found.push(`${key} on <${el.tagName}>`);
        if (key === "style" && !(el.tagName === "pre" || el.tagName === "span"))
          found.push(`style on <${el.tagName}>`);
        if (
          ["href", "src", "action", "formAction", "data", "srcDoc"].includes(key) &&
          /^\s*(?:javascript|vbscript|data|file):/i.test(String(value))
        ) {
          found.push(`${key}=${String(value)} on <${el.tagName}>`);
        }
        if (
          key === "target" &&
          !(Array.isArray(el.properties.rel) && el.properties.rel.includes("noopener"))
        )
          found.push(`target without noopener`);
        if ((key === "id" || key === "name") && /^_/.test(String(value)))
          found.push(`${key}=${String(value)} could clobber a global`);
      }
    }
    if ("children" in node) for (const child of node.children) stack.push(child);
  }
  return found;
}

describe("hostile markup", () => {
  it("the safety check itself finds what it looks for", () => {
    expect(
      unsafeParts(
        '<img src=x onerror=a><a href="javascript:x" target="_blank">x</a><h2 id="__next_f">h</h2><svg></svg>',
      ),
    ).toEqual([
      "<svg>",
      "id=__next_f could clobber a global",
      "href=javascript:x on <a>",
      "target without noopener",
      "onError on <img>",
    ]);
  });

  it("has a fixture for each kind of markup the issue lists", () => {
    expect(MARKUP).toEqual([
      "autolinks.md",
      "clobbering.md",
      "dangerous-links.md",
      "entity-links.md",
      "iframe.md",
      "img-onerror.md",
      "link-titles.md",
      "opener.md",
      "script.md",
      "style-hides-page.md",
      "svg-onload.md",
      "task-hijack.md",
    ]);
  });

  it.each(MARKUP)("%s renders with nothing that runs, frames or restyles", async (name) => {
    const note = corpus.note(`notes/markup/${name}`);
    expect(note).toBeDefined();
    const html = await renderAll(note!);
    expect(unsafeParts(html)).toEqual([]);
    expect(html).not.toContain("render-fallback");
  });

  it("the checker sees what the sanitiser removes: scripts, handlers, frames, styles, unsafe URLs", () => {
    const codes = (name: string) =>
      corpus.diagnostics(`notes/markup/${name}`).map((d) => d.replace(/: .*/, ""));
    expect(codes("script.md")).toEqual([
      ":9 warning html/unsafe",
      ":11 warning html/unsafe",
      ":13 warning html/unsafe",
      ":15 warning html/unsafe",
      ":19 warning html/unsafe",
      ":21 warning html/unsafe",
    ]);
    expect(codes("dangerous-links.md").filter((c) => c.endsWith("link/unsafe-url"))).toHaveLength(
      7,
    );
    expect(codes("entity-links.md")).toEqual([
      ":9 warning link/unsafe-url",
      ":11 warning link/unsafe-url",
      ":13 warning link/unsafe-url",
      ":15 warning html/unsafe",
      ":17 warning html/unsafe",
      ":19 warning html/unsafe",
      ":21 warning html/unsafe",
      ":23 warning html/unsafe",
      ":25 warning html/unsafe",
    ]);
    expect(codes("link-titles.md")).toEqual([]);
    expect(codes("opener.md")).toEqual([]);
  });

  it("says exactly what was removed and how to keep the text", () => {
    expect(corpus.diagnostics("notes/markup/svg-onload.md")[0]).toBe(
      ":9 warning html/unsafe: raw HTML here is changed when the page is built: <svg> removed, onload= removed from <svg>, <circle> removed. Notes cannot run scripts, embed pages or restyle the site; put the HTML in a ``` code block to show it as text.",
    );
    expect(corpus.diagnostics("notes/markup/autolinks.md").slice(0, 3)).toEqual([
      ":9 warning link/unsafe-url: the link target \"javascript:window.__pwned='autolink-js'\" is removed when the page is built: only http, https, irc, ircs, mailto, xmpp and relative links are kept. Use an https:// address.",
      ':11 warning link/unsafe-url: the link target "vbscript:msgbox(1)" is removed when the page is built: only http, https, irc, ircs, mailto, xmpp and relative links are kept. Use an https:// address.',
      ':13 warning link/unsafe-url: the link target "data:text/html,hello" is removed when the page is built: only http, https, irc, ircs, mailto, xmpp and relative links are kept. Use an https:// address.',
    ]);
  });

  it("keeps link titles as text and safe links working", async () => {
    const html = await renderAll(corpus.note("notes/markup/link-titles.md")!);
    const title = fromHtml(html, { fragment: true });
    const links: { href: unknown; title: unknown }[] = [];
    const stack: Nodes[] = [title];
    while (stack.length) {
      const n = stack.pop()!;
      if (
        n.type === "element" &&
        n.tagName === "a" &&
        String(n.properties.href).startsWith("https:")
      )
        links.push({ href: n.properties.href, title: n.properties.title });
      if ("children" in n) stack.push(...n.children);
    }
    expect(links.reverse()).toEqual([
      { href: "https://example.com/a", title: 'a " onmouseover="window.__pwned=\'title-dq\'" x' },
      { href: "https://example.com/b", title: 'it\'s "quoted" <b>bold</b>' },
      {
        href: "https://example.com/c",
        title: "x\" autofocus onfocus=\"window.__pwned='title-paren'",
      },
      { href: "https://example.com/r", title: "\" onclick=\"window.__pwned='ref-title'" },
    ]);
  });

  it("leaves raw checkboxes in a note unlinked from the checklist", async () => {
    const html = await renderAll(corpus.note("notes/markup/task-hijack.md")!);
    expect(html.match(/data-task-id="[^"]*"/g)).toEqual([
      'data-task-id="markup/task-hijack--iaVFxymD0S"',
      'data-task-id="markup/task-hijack--CGMvxpzpof"',
    ]);
    expect(html).toContain('<li id="user-content-task-kubernetes-first-steps--abc">');
  });
});
