import { beforeAll, describe, expect, it } from "vitest";
import { Reporter } from "./diagnostics";
import { buildNote } from "./note";
import { notePath } from "./paths";
import { renderNoteHtml } from "./render";
import { parseTaxonomy } from "./taxonomy";
import type { Note, NoteSlug } from "./types";
import { readFileSync } from "node:fs";

const taxonomy = parseTaxonomy(
  readFileSync("content/taxonomy.yaml", "utf8"),
  "content/taxonomy.yaml",
);

function note(text: string): Note {
  const n = buildNote(
    {
      slug: "n" as NoteSlug,
      displayPath: "content/notes/n.md",
      place: notePath("notes/n.md"),
      text,
      repair: null,
      hash: "h",
    },
    taxonomy,
    new Reporter("content/notes/n.md"),
  );
  if (!n) throw new Error("no note");
  return n;
}

const overview = (n: Note) =>
  renderNoteHtml(n, {
    markdown: n.overview,
    firstLine: n.overviewLine,
    offset: n.overviewOffset,
    chapter: null,
  });
const chapter = (n: Note, i: number) => {
  const c = n.chapters[i]!;
  return renderNoteHtml(n, {
    markdown: c.markdown,
    firstLine: c.lines[0],
    offset: c.offset,
    chapter: c.slug,
  });
};

describe("renderNoteHtml", () => {
  let split: Note;
  beforeAll(() => {
    split = note(
      [
        "---",
        "title: t",
        "---",
        "前書き [3章へ](#3章-運用)",
        "",
        "# 1章 はじめに",
        "",
        "- [ ] : ResourceQuotaを設定する",
        "- [x] Velero",
        "",
        "```yaml:deployment.yaml",
        "kind: Deployment",
        "```",
        "",
        "[外部](https://example.com) と [同じ章](#1章-はじめに)",
        "",
        "# 3章 運用",
        "",
        "本文",
        "",
        "<script>alert(1)</script><img src=x onerror=alert(1)>",
        "<style>body{display:none}</style><iframe src=https://example.com></iframe>",
        "",
        '[x](javascript:alert(1)) ![i](javascript:alert(1)) <a href="&#106;avascript:alert(1)">e</a>',
      ].join("\n"),
    );
  });

  it("gives headings the note's anchors and links to other chapter pages", async () => {
    const html = await overview(split);
    expect(html).toContain('<a href="/notes/n/chapter-3#3章-運用">3章へ</a>');
    const first = await chapter(split, 0);
    expect(first).toContain('<h1 id="1章-はじめに">');
    expect(first).toContain('href="#1章-はじめに">同じ章</a>');
  });

  it("marks checklist items with their stable ids", async () => {
    const html = await chapter(split, 0);
    for (const item of split.checklist) {
      expect(html).toContain(`id="task-${item.id}"`);
      expect(html).toContain(`data-task-id="${item.id}"`);
    }
    expect(html).toMatch(
      /data-task-id="[^"]+" aria-label="ResourceQuotaを設定する"> ResourceQuotaを設定する/,
    );
    expect(split.checklist.map((i) => [i.plain, i.checked])).toEqual([
      ["ResourceQuotaを設定する", false],
      ["Velero", true],
    ]);
  });

  it("shows a Qiita fence's file name and highlights it", async () => {
    const html = await chapter(split, 0);
    expect(html).toContain('<span class="code-file">deployment.yaml</span>');
    expect(html).toContain('<span class="code-lang">yaml</span>');
    expect(html).toContain("shiki");
  });

  it("opens external links safely", async () => {
    const html = await chapter(split, 0);
    expect(html).toMatch(
      /<a href="https:\/\/example.com" target="_blank" rel="noopener noreferrer" class="external">/,
    );
  });

  it("never lets note HTML run or restyle the page", async () => {
    const html = await chapter(split, 1);
    expect(html).not.toMatch(
      /<script|onerror|href="javascript:|src="javascript:|<style|<iframe|display:none/i,
    );
    expect(html).toContain("<p>本文</p>");
  });

  it("writes its own UI text in every UI language, not only English", async () => {
    const html = await chapter(split, 0);
    // The copy button: one span per language, CSS shows the reader's.
    expect(html).toContain(
      '<button type="button" class="code-copy" data-copy-code=""><span data-l="en" lang="en">Copy</span><span data-l="ja" lang="ja">コピー</span><span data-l="zh-Hant" lang="zh-Hant">複製</span><span data-l="zh-Hans" lang="zh-Hans">复制</span><span data-l="ko" lang="ko">복사</span></button>',
    );
    // The code block's name and the heading link's label, switched by the head script.
    expect(html).toContain('aria-label="deployment.yaml code" data-i18n-aria-label="code.label"');
    expect(html).toContain('data-i18n-aria-label-ja="deployment.yaml のコード"');
    expect(html).toContain(
      'aria-label="Link to this section: 1章 はじめに" data-i18n-aria-label="heading.link"',
    );
    expect(html).toContain('data-i18n-aria-label-ko="이 섹션으로 연결되는 링크: 1章 はじめに"');
    // "(opens in a new tab)" for screen readers, in each language.
    expect(html).toMatch(
      /<span class="sr-only"> <span data-l="en" lang="en">\(opens in a new tab\)<\/span><span data-l="ja" lang="ja">（新しいタブで開きます）<\/span>/,
    );
  });

  it("names a broken in-note link in every UI language", async () => {
    const html = await overview(note("[nowhere](#missing-heading)\n\n# A\n"));
    expect(html).toContain(
      'class="broken-anchor" title="This link points to no heading in the note" data-i18n-title="anchor.broken"',
    );
    expect(html).toContain('data-i18n-title-zh-hant="此連結指向的標題在筆記中不存在"');
  });
});
