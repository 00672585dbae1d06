/** Hostile ids: duplicate headings, headings that slug to nothing, ids that would clobber globals, duplicate tasks. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnchorResolver, guardAnchor } from "@/lib/content/anchors";
import { type CheckedCorpus, checkCorpus } from "./helpers";

let corpus: CheckedCorpus;
beforeAll(async () => {
  corpus = await checkCorpus(
    (f) => f.startsWith("notes/anchors/") || f === "notes/markup/clobbering.md",
  );
});
afterAll(() => corpus.dispose());

const anchors = (file: string) => corpus.note(file)?.overviewHeadings.map((h) => h.anchor);

describe("hostile headings and task items", () => {
  it("numbers duplicate headings like GitHub, in every language, and links to each resolve", () => {
    expect(anchors("notes/anchors/duplicate-headings.md")).toEqual([
      "重複見出し",
      "設定",
      "設定-1",
      "設定-2",
      "配置",
      "配置-1",
      "설정",
      "설정-1",
      "setup",
      "setup-1",
    ]);
    expect(corpus.diagnostics("notes/anchors/duplicate-headings.md")).toEqual([]);
  });

  it("gives headings that slug to nothing a unique, non-empty id", () => {
    expect(anchors("notes/anchors/empty-slug-headings.md")).toEqual([
      "section",
      "section-1",
      "section-2",
      "section-3",
      "section-4",
      "---",
      "section-5",
    ]);
  });

  it("prefixes heading ids that name a global of the page's scripts or the page's own landmark", () => {
    expect(anchors("notes/markup/clobbering.md")).toEqual([
      "h-__next_f",
      "h-__next_s",
      "h-__next",
      "h-main",
      "chapters-heading",
    ]);
    expect(guardAnchor("__next_f")).toBe("h-__next_f");
    expect(guardAnchor("next-steps")).toBe("next-steps");
    const resolve = createAnchorResolver(anchors("notes/markup/clobbering.md") ?? []);
    expect(["#__next_f", "#main", "#Main", "#h-__next"].map(resolve)).toEqual([
      "h-__next_f",
      "h-main",
      "h-main",
      "h-__next",
    ]);
    expect(
      corpus.diagnostics("notes/markup/clobbering.md").map((d) => d.replace(/: .*/, "")),
    ).toEqual([":21 warning html/unsafe"]);
  });

  it("gives identical task texts distinct ids that do not change between builds", () => {
    const items = corpus.note("notes/anchors/duplicate-tasks.md")?.checklist ?? [];
    expect(items.map((i) => [i.plain, i.id])).toEqual([
      ["Pod に requests を設定する", "anchors/duplicate-tasks--QrBNJwovPP"],
      ["Pod に requests を設定する", "anchors/duplicate-tasks--QrBNJwovPP-2"],
      ["Pod に requests を設定する", "anchors/duplicate-tasks--QrBNJwovPP-3"],
      ["ＰＤＢ を設定する", "anchors/duplicate-tasks--AjFxr6YEq4"],
      ["PDB を設定する", "anchors/duplicate-tasks--AjFxr6YEq4-2"],
      ["pdb を設定する", "anchors/duplicate-tasks--AjFxr6YEq4-3"],
      ["리소스 제한 설정", "anchors/duplicate-tasks--qTmTtbxtTn"],
      ["리소스 제한 설정", "anchors/duplicate-tasks--qTmTtbxtTn-2"],
      ["設定資源限制", "anchors/duplicate-tasks--WPHR0hdSrg"],
      ["设定资源限制", "anchors/duplicate-tasks--RBdTxiLWuo"],
    ]);
    expect(corpus.diagnostics("notes/anchors/duplicate-tasks.md")).toEqual([
      ':10 info checklist/duplicate-text: the task "Pod に requests を設定する" appears more than once in this note; each copy is ticked separately. Reword one of them if they are different checks.',
      ':16 info checklist/duplicate-text: the task "PDB を設定する" appears more than once in this note; each copy is ticked separately. Reword one of them if they are different checks.',
      ':22 info checklist/duplicate-text: the task "리소스 제한 설정" appears more than once in this note; each copy is ticked separately. Reword one of them if they are different checks.',
    ]);
  });
});
