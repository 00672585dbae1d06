import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Reporter } from "../diagnostics";
import { buildNote } from "../note";
import { notePath } from "../paths";
import { renderNoteHtml } from "../render";
import { parseTaxonomy } from "../taxonomy";
import type { NoteSlug } from "../types";
import { directiveTitlesAsLabels } from "./callouts";

const taxonomy = parseTaxonomy(
  readFileSync("content/taxonomy.yaml", "utf8"),
  "content/taxonomy.yaml",
);

function build(text: string) {
  return buildNote(
    {
      slug: "c" as NoteSlug,
      displayPath: "content/notes/c.md",
      place: notePath("notes/c.md"),
      text,
      repair: null,
      hash: "h",
    },
    taxonomy,
    new Reporter("content/notes/c.md"),
  )!;
}
const render = (text: string) => {
  const note = build(text);
  return renderNoteHtml(note, {
    markdown: note.overview,
    firstLine: note.overviewLine,
    offset: note.overviewOffset,
    chapter: null,
  });
};
const callout = (kind: string, title: string, body: string) =>
  `<div class="callout" data-callout="${kind}" role="note"><p class="callout-title">${title}</p>${body}</div>`;

describe("GitHub alerts", () => {
  it.each([
    ["NOTE", "note", "Note"],
    ["TIP", "tip", "Tip"],
    ["IMPORTANT", "important", "Important"],
    ["WARNING", "warning", "Warning"],
    ["CAUTION", "caution", "Caution"],
  ])("> [!%s] is a %s callout", async (keyword, kind, title) => {
    expect(await render(`> [!${keyword}]\n> 本文の**注意**\n`)).toBe(
      callout(kind, title, "<p>本文の<strong>注意</strong></p>\n"),
    );
  });

  it("reads the keyword in any case and keeps later paragraphs", async () => {
    expect(await render("> [!tip]\n> 一段目\n>\n> 二段目\n")).toBe(
      callout("tip", "Tip", "<p>一段目</p>\n<p>二段目</p>\n"),
    );
  });

  it("leaves other quotes and unknown keywords as quotes", async () => {
    expect(await render("> [!TODO]\n> 未対応\n")).toBe(
      "<blockquote>\n<p>[!TODO]\n未対応</p>\n</blockquote>",
    );
    expect(await render("> 普通の引用\n")).toBe("<blockquote>\n<p>普通の引用</p>\n</blockquote>");
  });

  it("keeps the alert's words for search, not its marker", () => {
    const note = build("> [!WARNING]\n> ドレイン中は容量が下がる\n");
    expect(note.overviewSections.map((s) => s.text)).toEqual(["ドレイン中は容量が下がる"]);
  });

  it("sanitises what is inside (a script, an event handler, a javascript: link)", async () => {
    const html = await render(
      '> [!NOTE]\n> <script>alert(1)</script><img src=x onerror=alert(1)> <a href="javascript:alert(2)">y</a>\n>\n> [x](javascript:alert(1))\n',
    );
    expect(html).toBe(
      callout(
        "note",
        "Note",
        '\n<img loading="lazy" decoding="async" alt=""> <a>y</a>\n<p><a>x</a></p>\n',
      ),
    );
  });
});

describe("directive containers", () => {
  it.each([
    [":::tip\n本文\n:::", "tip", "Tip"],
    [":::note[提醒]\n本文\n:::", "note", "提醒"],
    [":::warning 容量に注意\n本文\n:::", "warning", "容量に注意"],
    [":::danger[**消さない**]\n本文\n:::", "danger", "<strong>消さない</strong>"],
    [":::info\n本文\n:::", "info", "Info"],
    [":::caution 주의 사항\n본문\n:::", "caution", "주의 사항"],
  ])("%s", async (text, kind, title) => {
    const body = kind === "caution" ? "본문" : "本文";
    expect(await render(`${text}\n`)).toBe(callout(kind, title, `<p>${body}</p>`));
  });

  it("makes :::details a <details>", async () => {
    expect(await render(":::details[ログを見る]\n本文\n:::\n")).toBe(
      "<details><summary>ログを見る</summary><p>本文</p></details>",
    );
  });

  it("gives other directives back their text", async () => {
    expect(await render(":::foo\n本文\n:::\n")).toBe("<p>:::foo</p>\n<p>本文</p>\n<p>:::</p>");
    expect(await render("比率 a:b と Note:this[x] と 10:30\n")).toBe(
      "<p>比率 a:b と Note:this[x] と 10:30</p>",
    );
    expect(await render("::leaf{#x}\n")).toBe("<p>::leaf{#x}</p>");
  });

  it("sanitises the title and body (no raw HTML, no style)", async () => {
    const html = await render(
      ':::tip[<img src=x onerror=alert(1)>]\n<div class="callout" style="position:fixed" onclick="alert(1)">x</div>\n:::\n',
    );
    expect(html).not.toMatch(/onerror|onclick|position:fixed/);
  });

  it("keeps headings and checklist items inside a callout", () => {
    const note = build(":::warning[注意]\n## 手順 {#steps}\n\n- [ ] PDB を確認する\n:::\n");
    expect(note.overviewHeadings.map((h) => [h.text, h.anchor])).toEqual([["手順", "steps"]]);
    expect(note.checklist.map((i) => i.plain)).toEqual(["PDB を確認する"]);
    // The default title is page text, not note text: search does not find "Warning" here.
    expect(note.overviewSections.map((s) => s.text).join("\n")).not.toContain("Warning");
  });
});

describe("directiveTitlesAsLabels", () => {
  it.each([
    [":::tip 見出し", ":::tip[見出し]"],
    ["::::warning  Title with [brackets] ", "::::warning[Title with \\[brackets\\]]"],
    [":::tip[既に]", ":::tip[既に]"],
    [":::foo bar", ":::foo bar"],
    ["```md\n:::tip 例\n```", "```md\n:::tip 例\n```"],
    ["~~~\n:::note 例\n~~~\n:::note 外", "~~~\n:::note 例\n~~~\n:::note[外]"],
  ])("%j", (input, expected) => {
    expect(directiveTitlesAsLabels(input)).toBe(expected);
  });
});
