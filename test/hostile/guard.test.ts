/**
 * Markdown that would take micromark minutes or overflow the stack (lists nested 1,000 deep,
 * thousands of delimiters in one paragraph) is kept as plain text; ordinary notes never are.
 */
import { describe, expect, it } from "vitest";
import { guardMarkdown, MAX_NESTING, parseMarkdown } from "@/lib/content/markdown";

const nestedList = (depth: number, indent = "  ") =>
  Array.from({ length: depth }, (_, i) => `${indent.repeat(i)}- level ${i + 1}`).join("\n");

describe("guardMarkdown", () => {
  it.each([
    ["lists nested 1,000 deep", nestedList(1000), { kind: "too-deep", line: 101, depth: 101 }],
    [
      "blockquotes nested 1,000 deep on one line",
      `${"> ".repeat(1000)}底`,
      { kind: "too-deep", line: 1, depth: 1000 },
    ],
    [
      "quotes and lists alternating",
      `intro\n\n${"> - ".repeat(60)}底`,
      { kind: "too-deep", line: 3, depth: 120 },
    ],
    [
      "4-space lists nested 60 deep",
      nestedList(60, "    "),
      { kind: "too-deep", line: 51, depth: 101 },
    ],
  ])("keeps %s as plain text", (_, text, problem) => {
    expect(guardMarkdown(text).problem).toEqual(problem);
  });

  it.each([
    ["20,000 mismatched * and _", "*a_ ".repeat(10_000)],
    ["nested brackets", `${"[".repeat(10_000)}a${"]".repeat(10_000)}`],
    ["a run of 10,000 *", `${"*".repeat(10_000)}x${"*".repeat(10_000)}`],
    ["unclosed HTML comments", `</${"<!--".repeat(10_000)}`],
    ["many backtick runs", Array.from({ length: 500 }, (_, i) => `e${"`".repeat(i + 1)}`).join("")],
    ["a 10,000-line paragraph of links", "[a](https://x) *b* _c_\n".repeat(10_000)],
    ["the same inside a quote", "> [a](https://x) *b* _c_\n".repeat(10_000)],
    ["a table with 10,000 columns", `|${"a|".repeat(10_000)}\n|${"-|".repeat(10_000)}\n`],
    ["a table with 20,000 rows", `|a|b|\n|-|-|\n${"|a|b|\n".repeat(20_000)}`],
  ])("keeps %s as plain text", (_, text) => {
    expect(guardMarkdown(text).problem?.kind).toBe("too-complex");
  });

  it.each([
    ["lists nested 20 deep", nestedList(20)],
    [
      "YAML indented 80 columns in a fence",
      `\`\`\`yaml\n${Array.from({ length: 60 }, (_, i) => `${" ".repeat(i + 20)}k${i}: v`).join("\n")}\n\`\`\``,
    ],
    ["2,000 list items with links", "- [link](https://example.com) *x*\n".repeat(2000)],
    [
      "2,000 paragraphs with formatting",
      "Some **bold**, _em_, `code` and [a link](https://x).\n\n".repeat(2000),
    ],
    ["a table with 2,000 rows of links", `|a|b|\n|-|-|\n${"|[x](https://x)|*y*|\n".repeat(2000)}`],
    ["a 100 KB line of CJK", "コンテナのリソース制限を設定する".repeat(2200)],
    ["a fenced block of 50,000 * and [", `~~~\n${"*[".repeat(25_000)}\n~~~\n`],
  ])("parses %s as Markdown", (_, text) => {
    expect(guardMarkdown(text)).toEqual({ text, problem: null });
  });

  it("wraps the text in a fence longer than any inside it, so all of it stays text", () => {
    const text = `${"> ".repeat(MAX_NESTING + 1)}x\n~~~~\n# not a heading\n`;
    const guarded = guardMarkdown(text);
    expect(guarded.text).toBe(`~~~~~ text\n${text}~~~~~\n`);
    const tree = parseMarkdown(guarded.text);
    expect(tree.children.map((n) => n.type)).toEqual(["code"]);
    expect(tree.children[0]).toMatchObject({ type: "code", value: text.slice(0, -1) });
  });
});
