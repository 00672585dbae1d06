import { describe, expect, it } from "vitest";
import { collectHeadings } from "./anchors";
import { parseMarkdown } from "./markdown";

const headings = (md: string) =>
  collectHeadings(parseMarkdown(md), 0).map((h) => [h.text, h.anchor]);

describe("custom heading ids", () => {
  it.each([
    ["## フロー一覧 {#flow-index}", [["フロー一覧", "flow-index"]]],
    ["## 백업 절차 {#backup .important}", [["백업 절차", "backup"]]],
    ["## 故障處理 {: #incident}", [["故障處理", "incident"]]],
    ["## 故障处理 {#Incident-Response}", [["故障处理", "Incident-Response"]]],
    ["## Rollback `kubectl` {#rollback}", [["Rollback kubectl", "rollback"]]],
    // react.dev and Docusaurus MDX write the id as a comment.
    [
      "#### 단계별 이벤트 캡처 {/*capture-phase-events*/}",
      [["단계별 이벤트 캡처", "capture-phase-events"]],
    ],
    ["## 监控 {/* #monitoring */}", [["监控", "monitoring"]]],
    // Not an id: kept as text and slugged as GitHub does.
    ["## Sets {a, b}", [["Sets {a, b}", "sets-a-b"]]],
    ["## 空 {#}", [["空 {#}", "空-"]]],
  ])("%s", (md, expected) => {
    expect(headings(md)).toEqual(expected);
  });

  it("keeps ids unique: a repeated id and a later heading with the same text get suffixes", () => {
    expect(headings("## A {#x}\n\n## B {#x}\n\n## x\n")).toEqual([
      ["A", "x"],
      ["B", "x-1"],
      ["x", "x-2"],
    ]);
  });

  it("never takes an id the page's own scripts need", () => {
    expect(headings("## a {#__next_f}\n\n## b {#main}\n")).toEqual([
      ["a", "h-__next_f"],
      ["b", "h-main"],
    ]);
  });
});

describe("wikilinks", () => {
  it("become links and images with the target as written, code left alone", () => {
    const tree = parseMarkdown(
      "[[障害対応#エスカレーション|手順]] ![[topology.png]] ![[図.png|300]] `[[code]]`\n\n```\n[[x]]\n```\n",
    );
    const paragraph = tree.children[0]!;
    expect(
      paragraph.type === "paragraph" &&
        paragraph.children.map((c) => [c.type, "url" in c ? c.url : null]),
    ).toEqual([
      ["link", "障害対応#エスカレーション"],
      ["text", null],
      ["image", "topology.png"],
      ["text", null],
      ["image", "図.png"],
      ["text", null],
      ["inlineCode", null],
    ]);
    expect(tree.children[1]).toMatchObject({ type: "code", value: "[[x]]" });
  });
});
