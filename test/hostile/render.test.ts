/** The renderer under hostile shapes: linear list rendering, a safe fallback when a library throws. */
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, it, vi } from "vitest";
import { renderFallback, renderNoteHtml } from "@/lib/content/render";
import type { Note, NoteSlug } from "@/lib/content/types";

const note = {
  slug: "x" as NoteSlug,
  file: "content/notes/x.md",
  anchors: {},
  overviewHeadings: [],
  chapters: [],
  checklist: [],
  refs: [],
  repair: null,
} as unknown as Note;
const render = (markdown: string) =>
  renderNoteHtml(note, { markdown, firstLine: 1, offset: 0, chapter: null });
const plain = async (markdown: string) =>
  String(
    await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(markdown),
  );

describe("rendering hostile shapes", () => {
  it.each([
    ["a tight list", "- a\n- b\n- c\n"],
    ["a loose list", "- a\n\n- b\n- c\n"],
    ["a list loose by one item with two paragraphs", "- a\n- b\n\n  more\n- c\n"],
    ["nested lists, the inner one loose", "- a\n  - x\n\n  - y\n- b\n"],
    ["an ordered list starting at 3", "3. a\n4. b\n"],
  ])("renders %s exactly as remark-rehype does", async (_, markdown) => {
    expect(await render(markdown)).toBe(await plain(markdown));
  });

  it("renders task lists as remark-rehype does, each box and its first line in one label", async () => {
    const markdown = "- [ ] a\n- [x] b\n\n- [ ] c\n- [ ] d\n  - [ ] nested\n";
    const labelled = (await plain(markdown)).replace(
      /(<input [^>]*>)([^<\n]*)/g,
      (_, box: string, text: string) => `<label class="task-label">${box}${text.trimEnd()}</label>`,
    );
    expect(await render(markdown)).toBe(labelled);
  });

  it("shows a slice as escaped text, and says so, when rendering throws", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const broken = { ...note, anchors: null } as unknown as Note;
    const html = await renderNoteHtml(broken, {
      markdown: "<script>alert(1)</script>\n# [x](#y)",
      firstLine: 1,
      offset: 0,
      chapter: "c",
    });
    expect(html).toBe(
      '<p class="render-fallback" role="note">This part of the note could not be formatted, so it is shown as plain text. `npm run shiori -- check` says why.</p><pre class="render-fallback" tabindex="0"><code>&#x3C;script>alert(1)&#x3C;/script>\n# [x](#y)</code></pre>',
    );
    expect(warn.mock.calls.map((c) => String(c[0]).replace(/\(.*\)/, "(…)"))).toEqual([
      "shiori: content/notes/x.md: could not render chapter c (…); it is shown as plain text.",
    ]);
    warn.mockRestore();
    expect(renderFallback("a & b")).toContain("<code>a &#x26; b</code>");
  });
});
