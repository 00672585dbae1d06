/**
 * Each stage of NOTE_STAGES alone: the stages before it build its input from an inline note, then
 * the stage runs with a fresh reporter, so what is asserted is what that one stage adds and says.
 */
import { describe, expect, it } from "vitest";
import { Reporter } from "../diagnostics";
import { buildNote } from "../note";
import { notePath } from "../paths";
import { parseTaxonomy } from "../taxonomy";
import type { Anchor, CategoryId, Chapter, NoteSlug } from "../types";
import { anchorsStage } from "./anchors";
import { assembleStage } from "./assemble";
import { calloutsStage } from "./callouts";
import { chapterPagesStage } from "./chapter-pages";
import { chapterSplitStage } from "./chapter-split";
import { checklistStage } from "./checklist";
import type { AnyNoteStage, DraftKey, NoteDraft, StageContext } from "./draft";
import { draftsStage } from "./drafts";
import { externalLinksStage } from "./external-links";
import { fmTaxonomyStage } from "./fm-taxonomy";
import { frontmatterStage } from "./frontmatter";
import { guardStage } from "./guard";
import { headingsStage } from "./headings";
import { NOTE_STAGES, runNoteStages, runStages } from "./index";
import { languageStage } from "./language";
import { linksStage } from "./links";
import { createLineLookup, headingBefore } from "./lookups";
import { markupChecksStage } from "./markup-checks";
import { fileFromChapters, noteFilingStage } from "./note-filing";
import { overviewStage } from "./overview";
import { parseStage } from "./parse";
import { placesStage } from "./places";
import { refsStage } from "./refs";
import { pickTitle, titleStage } from "./title";
import { tocFilingStage } from "./toc-filing";

const TAXONOMY = parseTaxonomy(
  [
    "areas:",
    "  - id: capacity",
    "    labels: {en: Capacity, ja: 収容性}",
    "    children:",
    "      - id: capacity/design",
    "        labels: {en: Capacity design, ja: 性能設計}",
    "        keywords: [オートスケール, HPA]",
    "  - id: backup",
    "    labels: {en: Backup, ja: バックアップ, ko: 백업}",
    "    children:",
    "      - id: backup/restore",
    "        labels: {en: Restore, ja: リストア}",
    "        keywords: [복구, リストア]",
  ].join("\n"),
  "content/taxonomy.yaml",
);

const ALL: readonly AnyNoteStage[] = NOTE_STAGES;

function contextFor(text: string, rel = "notes/x.md"): StageContext {
  return {
    input: {
      slug: "x" as NoteSlug,
      displayPath: `content/${rel}`,
      place: notePath(rel),
      text,
      repair: null,
      hash: "h",
    },
    taxonomy: TAXONOMY,
    reporter: new Reporter(`content/${rel}`),
  };
}

/**
 * The draft a stage reads for `text` (built by the stages before it) and a context whose reporter
 * has heard nothing yet.
 */
function before<N extends DraftKey>(
  stage: AnyNoteStage & { readonly needs: readonly N[] },
  text: string,
  rel?: string,
): { draft: Pick<NoteDraft, N>; context: StageContext } {
  const index = ALL.indexOf(stage);
  if (index < 0) throw new Error(`${stage.name} is not in NOTE_STAGES`);
  const prefix = runStages(ALL.slice(0, index), contextFor(text, rel));
  if (!prefix) throw new Error(`the note was left out before ${stage.name}`);
  for (const key of stage.needs)
    if (!(key in prefix)) throw new Error(`nothing before ${stage.name} adds ${key}`);
  // Checked key by key just above.
  return { draft: prefix as Pick<NoteDraft, N>, context: contextFor(text, rel) };
}

const said = (context: StageContext) =>
  context.reporter.items.map((d) => `${d.line} ${d.severity} ${d.code}: ${d.message}`);

describe("the stage list", () => {
  it("names each stage once, in the README's order", () => {
    expect(NOTE_STAGES.map((s) => s.name)).toEqual([
      "frontmatter",
      "drafts",
      "guard",
      "callouts",
      "parse",
      "markup-checks",
      "headings",
      "title",
      "chapter-split",
      "anchors",
      "links",
      "toc-filing",
      "fm-taxonomy",
      "language",
      "chapter-pages",
      "overview",
      "places",
      "checklist",
      "refs",
      "external-links",
      "note-filing",
      "assemble",
    ]);
  });

  it("each stage adds exactly the keys it declares, and no key twice", () => {
    const text = [
      "---",
      "title: 設計メモ",
      "---",
      "# 1章 収容性",
      "- [ ] HPA を設定する",
      "[docs](https://example.com/hpa) と [次](#2章-バックアップ)",
      "# 2章 バックアップ",
      "백업과 복구",
    ].join("\n");
    const context = contextFor(text);
    const draft: Partial<NoteDraft> = {};
    const seen = new Set<string>();
    for (const stage of ALL) {
      const added = stage.run(draft as NoteDraft, context);
      expect(added, stage.name).not.toBeNull();
      expect(Object.keys(added ?? {}).sort(), stage.name).toEqual([...stage.adds].sort());
      for (const key of stage.adds) {
        expect(seen.has(key), `${stage.name} adds ${key} again`).toBe(false);
        seen.add(key);
      }
      Object.assign(draft, added);
    }
    expect(draft.note?.title).toBe("設計メモ");
  });

  it("buildNote is the note the last stage assembles", () => {
    const text = "# 見出し\n\n本文 https://example.com\n";
    const draft = runNoteStages(contextFor(text));
    const reporter = new Reporter("content/notes/x.md");
    const { input, taxonomy } = contextFor(text);
    expect(buildNote(input, taxonomy, reporter)).toEqual(draft?.note);
  });
});

describe("frontmatter", () => {
  it("reads the block and counts the lines before the body", () => {
    const context = contextFor("---\ntitle: 監視\ntags: [a]\n---\n本文\n");
    const out = frontmatterStage.run({}, context);
    expect(out?.fm.data.title).toBe("監視");
    expect(out?.fm.body).toBe("本文\n");
    expect(out?.lineOffset).toBe(4);
  });

  it("gives a note without frontmatter an offset of 0", () => {
    expect(frontmatterStage.run({}, contextFor("# 제목\n"))?.lineOffset).toBe(0);
  });
});

describe("drafts", () => {
  it("leaves out a draft and says how to publish it", () => {
    const { draft, context } = before(draftsStage, "---\ndraft: true\n---\n草稿\n");
    expect(draftsStage.run(draft, context)).toBeNull();
    expect(said(context)).toEqual([
      "null info note/draft: draft: true, so this note is left out of the site. Remove draft: true to publish it.",
    ]);
    expect(runNoteStages(contextFor("---\ndraft: true\n---\n草稿\n"))).toBeNull();
  });

  it("passes any other note on, silently", () => {
    const { draft, context } = before(draftsStage, "---\ndraft: false\n---\n本文\n");
    expect(draftsStage.run(draft, context)).toEqual({});
    expect(said(context)).toEqual([]);
  });
});

describe("guard", () => {
  it("keeps quotes nested too deep as plain text, warning at the file line", () => {
    const text = `---\ntitle: x\n---\nintro\n\n${"> ".repeat(120)}深い\n`;
    const { draft, context } = before(guardStage, text);
    const out = guardStage.run(draft, context);
    expect(out?.guarded).not.toBe(draft.fm.body);
    expect(said(context)).toEqual([
      "6 warning markdown/too-deep: lists or quotes are nested 120 levels deep here, more than the 100 Shiori reads; the whole note is shown as plain text. Flatten the nesting (an outline rarely needs more than 6 levels).",
    ]);
  });

  it("passes ordinary Markdown through unchanged", () => {
    const { draft, context } = before(guardStage, "# 見出し\n\n> 引用\n");
    expect(guardStage.run(draft, context)?.guarded).toBe("# 見出し\n\n> 引用\n");
    expect(said(context)).toEqual([]);
  });
});

describe("callouts", () => {
  it.each([
    [":::tip 注意\n本文\n:::\n", ":::tip[注意]\n本文\n:::\n"],
    [":::note 참고\n내용\n:::\n", ":::note[참고]\n내용\n:::\n"],
    [":::warning[已有標題]\n內容\n:::\n", ":::warning[已有標題]\n內容\n:::\n"],
    ["plain text\n", "plain text\n"],
  ])("%j becomes %j", (guarded, body) => {
    expect(calloutsStage.run({ guarded }, contextFor(guarded))?.body).toBe(body);
  });
});

describe("parse", () => {
  it("gives the body's tree with body offsets", () => {
    const tree = parseStage.run({ body: "# 标题\n\n- [ ] 项目\n" }, contextFor(""))?.tree;
    expect(tree?.children.map((n) => n.type)).toEqual(["heading", "list"]);
    expect(tree?.children[1]?.position?.start.offset).toBe(6);
  });
});

describe("markup-checks", () => {
  it("warns about scripts and broken formulas at their file lines", () => {
    const text = "---\ntitle: x\n---\na\n\n<script>alert(1)</script>\n\n$$\n\\frac{1}{\n$$\n";
    const { draft, context } = before(markupChecksStage, text);
    expect(markupChecksStage.run(draft, context)).toEqual({});
    expect(context.reporter.items.map((d) => `${d.line} ${d.code}`)).toEqual([
      "6 html/unsafe",
      "8 math/invalid",
    ]);
    expect(context.reporter.items[1]?.message).toMatch(
      /^the formula "\\\\frac\{1\}\{" cannot be typeset \(.+\); the page shows it as written\./,
    );
  });
});

describe("headings", () => {
  it("gives GitHub ids in document order, with file lines, and finds a node's heading", () => {
    const text = "---\nx: 1\n---\n# Kubernetesアンチパターン\n## 백업과 복구\n## 백업과 복구\n";
    const { draft, context } = before(headingsStage, text);
    const out = headingsStage.run(draft, context);
    expect(out?.headings.map((h) => `${h.depth} ${h.anchor} ${h.line}`)).toEqual([
      "1 kubernetesアンチパターン 4",
      "2 백업과-복구 5",
      "2 백업과-복구-1 6",
    ]);
    const third = draft.tree.children[2];
    expect(third?.type === "heading" && out?.headingAt(third)?.anchor).toBe("백업과-복구-1");
  });
});

describe("title", () => {
  const h = (depth: number, text: string) => ({
    depth,
    text,
    anchor: text as Anchor,
    line: 1,
  });
  it.each([
    ["frontmatter first", " 監視 ", [h(1, "見出し")], "監視"],
    ["the single top-level heading", undefined, [h(2, "前置き"), h(1, "本题")], "本题"],
    ["the first heading when two are top-level", undefined, [h(1, "첫째"), h(1, "둘째")], "첫째"],
    ["the file name without headings", undefined, [], "weekly-08"],
  ])("%s", (_, fmTitle, headings, title) => {
    expect(pickTitle(fmTitle, headings, "content/notes/weekly-08.md")).toBe(title);
  });

  it("reports a note with no text", () => {
    const { draft, context } = before(titleStage, "---\ntitle: 空\n---\n\n");
    expect(titleStage.run(draft, context)?.title).toBe("空");
    expect(said(context)).toEqual([
      "null warning note/empty: the note has no text; it is listed with its title only. Write something or delete the file.",
    ]);
  });
});

describe("chapter-split", () => {
  const numbered = [
    "# 学習ログ",
    "前書き",
    "# 1章 クラウド",
    "本文1",
    "# 2章 空",
    "# 3章 コンテナ",
    "本文3",
  ].join("\n");

  it("splits numbered chapters into pages, merging an empty one into the next", () => {
    const { draft, context } = before(chapterSplitStage, numbered);
    const out = chapterSplitStage.run(draft, context);
    expect(out?.chapterPages.map((p) => `${p.slug} ${p.title}`)).toEqual([
      "chapter-1 1章 クラウド",
      "chapter-3 3章 コンテナ",
    ]);
    expect(out?.chapterList).toEqual([
      { title: "1章 クラウド", chapter: "chapter-1", anchor: "1章-クラウド", merged: false },
      { title: "2章 空", chapter: "chapter-3", anchor: "2章-空", merged: true },
      { title: "3章 コンテナ", chapter: "chapter-3", anchor: "3章-コンテナ", merged: false },
    ]);
    expect(draft.body.slice(out?.overviewRange.start, out?.overviewRange.end)).toBe(
      "# 学習ログ\n前書き\n",
    );
  });

  it("keeps a short note whole", () => {
    const { draft, context } = before(chapterSplitStage, "# 메모\n## 하나\n## 둘\n");
    const out = chapterSplitStage.run(draft, context);
    expect(out?.chapterPages).toEqual([]);
    expect(out?.overviewRange).toEqual({ start: 0, end: draft.body.length });
  });
});

describe("anchors", () => {
  const text = ["# Log", "# 1章 A", "## 詳細", "# 2章 B", "## 詳細"].join("\n");

  it("puts each heading id on its page and resolves fragments to ids", () => {
    const { draft, context } = before(anchorsStage, text);
    const out = anchorsStage.run(draft, context);
    expect(out?.anchors).toEqual({
      log: null,
      "1章-a": "chapter-1",
      詳細: "chapter-1",
      "2章-b": "chapter-2",
      "詳細-1": "chapter-2",
    });
    expect(out?.headingOffsets.get("2章-b" as Anchor)).toBe(text.indexOf("# 2章 B"));
    expect(out?.resolve("#1章 A")).toBe("1章-a");
    expect(out?.resolve("#%E8%A9%B3%E7%B4%B0")).toBe("詳細");
    expect(out?.resolve("#nowhere")).toBeNull();
  });
});

describe("links", () => {
  it("collects external links and reports an in-note link to no heading", () => {
    const text = [
      "---",
      "t: 1",
      "---",
      "# 백업",
      "[ok](#백업) [broken](#does-not-exist) [top](#)",
      "see https://www.example.com/a",
    ].join("\n");
    const { draft, context } = before(linksStage, text);
    const out = linksStage.run(draft, context);
    expect(out?.linkDrafts.external.map((l) => `${l.domain} ${l.line}`)).toEqual(["example.com 6"]);
    expect(out?.linkDrafts.fragments.map((f) => f.fragment)).toEqual([
      "#백업",
      "#does-not-exist",
      "#",
    ]);
    expect(said(context)).toEqual([
      "5 warning anchor/unresolved: the link #does-not-exist points to no heading in this note. Change it to one of the note's headings (ids are made like GitHub's: lowercase, spaces to -, punctuation removed).",
    ]);
  });
});

describe("toc-filing", () => {
  it("files the headings a TOC list links to under the category its heading names", () => {
    const text = [
      "# 目次",
      "## 1.収容性",
      "- [HPA](#hpaの設定)",
      "## 2.バックアップ",
      "- [復旧](#복구-절차)",
      "- [HPA again](#HPAの設定)",
      "# 本文",
      "## HPAの設定",
      "## 복구 절차",
    ].join("\n");
    const { draft, context } = before(tocFilingStage, text);
    expect(tocFilingStage.run(draft, context)?.tocFiled).toEqual(
      new Map([
        ["hpaの設定", ["capacity", "backup"]],
        ["복구-절차", ["backup"]],
      ]),
    );
  });

  it("stops filing at a heading as high that names no category", () => {
    const text = [
      "## 収容性",
      "### 小見出し",
      "- [a](#a)",
      "## その他",
      "- [b](#b)",
      "## a",
      "## b",
    ];
    const { draft, context } = before(tocFilingStage, text.join("\n"));
    expect(tocFilingStage.run(draft, context)?.tocFiled).toEqual(new Map([["a", ["capacity"]]]));
  });
});

describe("fm-taxonomy", () => {
  it("keeps known ids and reports unknown ones with the leaf ids to use", () => {
    const { draft, context } = before(
      fmTaxonomyStage,
      "---\ntaxonomy: [backup/restore, security, capacity]\n---\n本文\n",
    );
    expect(fmTaxonomyStage.run(draft, context)?.fmTaxonomy).toEqual(["backup/restore", "capacity"]);
    expect(said(context)).toEqual([
      'null warning taxonomy/unknown: taxonomy "security" is not a category in taxonomy.yaml; it is ignored. Use one of: capacity/design, backup/restore.',
    ]);
  });

  it("is null when the frontmatter has no taxonomy", () => {
    const { draft, context } = before(fmTaxonomyStage, "本文\n");
    expect(fmTaxonomyStage.run(draft, context)?.fmTaxonomy).toBeNull();
  });
});

describe("language", () => {
  const ja = "# メモ\n\nこれは日本語のノートです。設定の手順を書きます。\n";

  it("detects the note's language and keeps it for short kanji-only text", () => {
    const { draft, context } = before(languageStage, ja);
    const out = languageStage.run(draft, context);
    expect(out?.lang).toBe("ja");
    expect(out?.langOf("業務後")).toBe("ja");
    expect(out?.langOf("백업과 복구는 매일 자동으로 실행되며 결과를 확인합니다")).toBe("ko");
    // Short Latin text (under 100 letters) stays in the note's language; a paragraph does not.
    expect(out?.langOf("Backups run every night")).toBe("ja");
    expect(
      out?.langOf(
        "Backups run every night, and the results are checked each morning by the person on call before the first deploy of the day goes out.",
      ),
    ).toBe("en");
  });

  it("lets frontmatter lang decide every chapter and item too", () => {
    const { draft, context } = before(languageStage, `---\nlang: zh-Hant\n---\n${ja}`);
    const out = languageStage.run(draft, context);
    expect(out?.lang).toBe("zh-Hant");
    expect(out?.langOf("백업과 복구는 매일 자동으로 실행되며 결과를 확인합니다")).toBe("zh-Hant");
  });

  it("takes the language of the path's language folder", () => {
    const { draft, context } = before(languageStage, ja, "ko/memo.md");
    expect(languageStage.run(draft, context)?.lang).toBe("ko");
  });
});

describe("chapter-pages", () => {
  const text = [
    "---",
    "taxonomy: [capacity/design]",
    "---",
    "# ログ",
    "# 1章 始まり",
    "本文1",
    "## 詳細",
    "# 2章 続き",
    "本文2",
  ].join("\n");

  it("gives each page its lines, Markdown, headings, sections, filing and neighbours", () => {
    const { draft, context } = before(chapterPagesStage, text);
    const chapters = chapterPagesStage.run(draft, context)?.chapters ?? [];
    expect(
      chapters.map((c) => ({
        slug: c.slug,
        url: c.url,
        lines: c.lines,
        markdown: c.markdown,
        offset: c.offset,
        headings: c.headings.map((h) => h.anchor),
        sections: c.sections.map((s) => `${s.line} ${s.heading}: ${s.text}`),
        taxonomy: c.taxonomy,
        prev: c.prev?.slug ?? null,
        next: c.next?.slug ?? null,
      })),
    ).toEqual([
      {
        slug: "chapter-1",
        url: "/notes/x/chapter-1",
        lines: [5, 8],
        markdown: "# 1章 始まり\n本文1\n## 詳細\n",
        offset: text.indexOf("# 1章"),
        headings: ["1章-始まり", "詳細"],
        sections: ["5 1章 始まり: 1章 始まり\n本文1", "7 詳細: 詳細"],
        taxonomy: ["capacity/design"],
        prev: null,
        next: "chapter-2",
      },
      {
        slug: "chapter-2",
        url: "/notes/x/chapter-2",
        lines: [8, 9],
        markdown: "# 2章 続き\n本文2",
        offset: text.indexOf("# 2章"),
        headings: ["2章-続き"],
        sections: ["8 2章 続き: 2章 続き\n本文2"],
        taxonomy: ["capacity/design"],
        prev: "chapter-1",
        next: null,
      },
    ]);
    expect(chapters[0]?.evidence).toEqual([
      {
        category: "capacity/design",
        score: 0,
        terms: [{ term: "taxonomy:", field: "frontmatter", count: 1 }],
      },
    ]);
  });
});

describe("overview", () => {
  it("files a note's overview by its own TOC when the note has chapters", () => {
    const text = [
      "# 学習ログ",
      "## 収容性",
      "- [概要](#概要)",
      "- [1章](#1章-hpa)",
      "## 概要",
      "説明",
      "# 1章 HPA",
      "本文",
      "# 2章 복구",
      "본문",
    ].join("\n");
    const { draft, context } = before(overviewStage, text);
    const out = overviewStage.run(draft, context);
    expect(out?.overviewHeadings.map((h) => h.anchor)).toEqual(["学習ログ", "収容性", "概要"]);
    expect(out?.overviewSections.map((s) => `${s.line} ${s.heading}`)).toEqual([
      "1 学習ログ",
      "2 収容性",
      "5 概要",
    ]);
    // Only what the TOC files the overview's own headings under, without evidence.
    expect(out?.overviewFiling).toEqual({ categories: ["capacity"], evidence: [] });
  });

  it("files a note without chapters as one page, by its TOC", () => {
    const text = ["# 目次", "## バックアップ", "- [手順](#手順)", "## 手順", "本文"].join("\n");
    const { draft, context } = before(overviewStage, text);
    expect(overviewStage.run(draft, context)?.overviewFiling).toEqual({
      categories: ["backup"],
      evidence: [
        { category: "backup", score: 0, terms: [{ term: "目次", field: "toc", count: 1 }] },
      ],
    });
  });
});

describe("page filing by the note's own TOC", () => {
  it("files a page only where its TOC files its sections, however much its text names another area", () => {
    const body = "オートスケールと HPA の設定。HPA でオートスケールする。";
    const indexed = ["# 目次", "## バックアップ", "- [手順](#手順)", "## 手順", body].join("\n");
    const { draft, context } = before(overviewStage, indexed);
    expect(overviewStage.run(draft, context)?.overviewFiling.categories).toEqual(["backup"]);
    // The same text without the TOC is filed by what it says.
    const plain = before(overviewStage, ["# 手順", body].join("\n"));
    expect(overviewStage.run(plain.draft, plain.context)?.overviewFiling.categories).toEqual([
      "capacity/design",
    ]);
  });
});

describe("places", () => {
  const text = [
    "# ノート",
    "# 1章 収容性",
    "## オートスケール",
    "HPA とオートスケールの設定。",
    "- [ ] 確認する",
    "# 2章 その他",
    "雑記",
  ].join("\n");

  it("finds an offset's page, heading, language and its section's categories", () => {
    const { draft, context } = before(placesStage, text);
    const out = placesStage.run(draft, context);
    const item = text.indexOf("- [ ] 確認");
    const place = out?.placeOf(item, 5, "確認する");
    expect(place && { ...place, chapter: place.chapter?.slug }).toEqual({
      ci: 0,
      chapter: "chapter-1",
      anchor: "オートスケール",
      cats: ["capacity/design"],
      lang: "ja",
    });
    expect(out?.placeOf(0, 1, "")).toMatchObject({ ci: -1, chapter: null, anchor: "ノート" });
    expect(out?.sectionTextOf(0, "オートスケール" as Anchor)).toBe(
      "オートスケール\nHPA とオートスケールの設定。\n確認する",
    );
    expect(out?.sectionTextOf(1, "nowhere" as Anchor)).toBe("");
  });

  it("finds the last heading at or before a line", () => {
    const headings = [1, 4, 9].map((line) => ({
      depth: 2,
      text: `h${line}`,
      anchor: `h${line}` as Anchor,
      line,
    }));
    expect([0, 1, 3, 4, 8, 20].map((line) => headingBefore(headings, line))).toEqual([
      null,
      "h1",
      "h1",
      "h4",
      "h4",
      "h9",
    ]);
  });
});

describe("checklist", () => {
  const note = (item: string, prose = "前提の説明。") =>
    ["# 作業", prose, `- [ ] ${item}`, "- [x] 監視を確認 @alice", "## 次", "- [ ] 別の項目"].join(
      "\n",
    );

  it("gives items their ids, URLs, lines, states and markers", () => {
    const { draft, context } = before(checklistStage, note("バックアップを取る"));
    const items = checklistStage.run(draft, context)?.checklist ?? [];
    expect(
      items.map((i) => [
        i.plain,
        i.checked,
        i.line,
        i.anchor,
        i.url.startsWith("/notes/x#task-x-"),
      ]),
    ).toEqual([
      ["バックアップを取る", false, 3, "作業", true],
      ["監視を確認 @alice", true, 4, "作業", true],
      ["別の項目", false, 6, "次", true],
    ]);
    expect(items[1]?.meta?.owners).toEqual(["alice"]);
    expect(items[0]?.meta).toBeUndefined();
  });

  it("keeps a section's hash when an item in it is reworded, and changes it with the prose", () => {
    const hashes = (text: string) => {
      const { draft, context } = before(checklistStage, text);
      return (checklistStage.run(draft, context)?.checklist ?? []).map((i) => i.section);
    };
    const [a1, a2, a3] = hashes(note("バックアップを取る"));
    const [b1, b2, b3] = hashes(note("バックアップを毎日取る"));
    const [c1] = hashes(note("バックアップを取る", "別の説明。"));
    expect(a1).toBe(a2);
    expect(a1).not.toBe(a3);
    expect([b1, b2, b3]).toEqual([a1, a2, a3]);
    expect(c1).not.toBe(a1);
  });
});

describe("refs", () => {
  it("records links into the content folder with the chapter page each is on", () => {
    const text = [
      "# Log",
      "[intro](./intro.md)",
      "# 1章 A",
      "![図](arch.png)",
      "# 2章 B",
      "[[障害対応#エスカレーション]] [web](https://example.com) [here](#2章-b)",
    ].join("\n");
    const { draft, context } = before(refsStage, text);
    const refs = refsStage.run(draft, context)?.refs ?? [];
    expect(refs.map((r) => `${r.kind} ${r.url} ${r.line} ${r.chapter}`)).toEqual([
      "link ./intro.md 2 null",
      "image arch.png 4 chapter-1",
      "wiki 障害対応#エスカレーション 6 chapter-2",
    ]);
  });
});

describe("external-links", () => {
  it("names a bare URL by the heading it is under and files it by its text", () => {
    const text = [
      "# HPA の設定",
      "https://example.com/hpa",
      "",
      "[復旧手順](https://kb.example.org/x) リストア",
    ].join("\n");
    const { draft, context } = before(externalLinksStage, text);
    const links = externalLinksStage.run(draft, context)?.externalLinks ?? [];
    expect(links.map((l) => [l.text, l.domain, l.anchor, l.taxonomy, l.line])).toEqual([
      ["HPA の設定", "example.com", "hpa-の設定", ["capacity/design"], 2],
      ["復旧手順", "kb.example.org", "hpa-の設定", ["backup/restore"], 4],
    ]);
  });
});

describe("note-filing", () => {
  const chapter = (title: string, taxonomy: string[]) =>
    ({ title, taxonomy: taxonomy as CategoryId[] }) as Pick<Chapter, "title" | "taxonomy">;

  it("weighs each chapter's primary category 1 and its others ½", () => {
    const filing = fileFromChapters(
      [
        chapter("1章", ["backup/restore", "capacity/design"]),
        chapter("2章", ["capacity/design"]),
        chapter("3章", ["capacity/design"]),
      ] as Chapter[],
      ["backup/restore" as CategoryId],
    );
    expect(filing.categories).toEqual(["capacity/design", "backup/restore"]);
    expect(filing.evidence.map((e) => [e.category, e.score, e.terms.map((t) => t.term)])).toEqual([
      ["capacity/design", 2.5, ["1章", "2章", "3章"]],
      ["backup/restore", 1.5, ["1章"]],
    ]);
  });

  it("reports a note filed nowhere", () => {
    const { draft, context } = before(noteFilingStage, "# 雑記\n\n今日は晴れ。\n");
    expect(noteFilingStage.run(draft, context)?.noteFiling.categories).toEqual([]);
    expect(said(context)).toEqual([
      "null info taxonomy/unclassified: no taxonomy keyword matched this note, so it is listed as unclassified. Add taxonomy: [area/sub] to its frontmatter, or keywords to taxonomy.yaml.",
    ]);
  });
});

describe("assemble", () => {
  it("places the overview in the file and carries the frontmatter fields", () => {
    const text = "---\ntitle: 本\ntags: [a, b]\nweight: 3\ndate: 2024-05-01\n---\n# 見出し\n本文\n";
    const { draft, context } = before(assembleStage, text);
    const note = assembleStage.run(draft, context)?.note;
    expect(note && { ...note, evidence: undefined, overviewSections: undefined }).toMatchObject({
      slug: "x",
      file: "content/notes/x.md",
      path: "notes/x.md",
      title: "本",
      tags: ["a", "b"],
      order: 3,
      date: "2024-05-01",
      overview: "# 見出し\n本文\n",
      overviewOffset: text.indexOf("# 見出し"),
      overviewLine: 7,
      chapters: [],
      anchors: { 見出し: null },
    });
  });
});

describe("line lookup", () => {
  it.each([
    [0, 1],
    [3, 1],
    [4, 2],
    [9, 3],
    [100, 4],
  ])("offset %i is on line %i", (offset, line) => {
    expect(createLineLookup("一行目\n二行目\nthree\n")(offset)).toBe(line);
  });
});
