import type { Root } from "hast";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { rehypeRepairMarks } from "./rehype-repair-marks";

const CHAPTER_OFFSET = 1000;

/** Marks the n-th occurrence (0-based) of `ch` in `markdown`, as a note-text offset. */
function mark(markdown: string, ch: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = markdown.indexOf(ch, at + 1);
  if (at < 0) throw new Error(`${ch} not in fixture`);
  return { offset: CHAPTER_OFFSET + at, length: ch.length };
}

async function render(
  markdown: string,
  lowConfidence: { offset: number; length: number }[],
  opts: { stripPositions?: boolean } = {},
) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize);
  if (opts.stripPositions) {
    processor.use(() => (tree: Root) => {
      visit(tree, (node) => {
        delete node.position;
      });
    });
  }
  processor.use(rehypeRepairMarks, { offset: CHAPTER_OFFSET, lowConfidence }).use(rehypeStringify);
  return String(await processor.process(markdown));
}

/** The characters wrapped in guess spans, in order. */
const marked = (html: string) =>
  [
    ...html.matchAll(
      /<span class="repair-guess[^"]*" title="reconstructed, low confidence">(.*?)<\/span>/gu,
    ),
  ].map((m) => m[1]);

describe("rehypeRepairMarks", () => {
  it.each([
    ["ko paragraph", "발표자는 server를 운영!", ["를", "운"]],
    ["ja heading and list", "# 障害試験\n\n- 再起動した", ["害", "起"]],
    ["zh-Hans with emphasis", "先*查看*事件和日志", ["查", "日"]],
    ["zh-Hant in a table", "| 節點 | 狀態 |\n| - | - |\n| 一 | 正常 |", ["狀", "常"]],
    ["en with an escape and an entity", "a \\*b\\* &amp; café", ["b", "é"]],
    ["ko in inline code and raw HTML", "`코드를` 보면 <b>와우</b>", ["드", "와"]],
  ])("%s: wraps exactly the marked characters", async (_, md, chars) => {
    const html = await render(
      md,
      chars.map((c) => mark(md, c)),
    );
    expect(marked(html)).toEqual(chars);
  });

  it("never splits an emoji (a surrogate pair)", async () => {
    const md = "생각 🤔 끝";
    expect(marked(await render(md, [mark(md, "🤔")]))).toEqual(["🤔"]);
    // A mark of length 1 on the emoji would split it: left alone.
    expect(
      marked(await render(md, [{ offset: CHAPTER_OFFSET + md.indexOf("🤔"), length: 1 }])),
    ).toEqual([]);
  });

  it("does nothing when positions are missing", async () => {
    const md = "발표자는 server를 운영!";
    const plain = await render(md, []);
    expect(await render(md, [mark(md, "를")], { stripPositions: true })).toBe(plain);
  });

  it("ignores marks outside the chapter and marks on Markdown syntax", async () => {
    const md = "*강조* 운영";
    const html = await render(md, [
      { offset: CHAPTER_OFFSET - 5, length: 1 }, // before the chapter
      { offset: CHAPTER_OFFSET, length: 1 }, // the `*`, which is not in the rendered text
      { offset: CHAPTER_OFFSET + 500, length: 1 }, // after the chapter
    ]);
    expect(marked(html)).toEqual([]);
    expect(html).toBe(await render(md, []));
  });
});
