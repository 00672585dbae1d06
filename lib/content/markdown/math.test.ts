import { readFileSync } from "node:fs";
import type { Root } from "mdast";
import { describe, expect, it } from "vitest";
import { Reporter } from "../diagnostics";
import { parseMarkdown } from "../markdown";
import { buildNote } from "../note";
import { notePath } from "../paths";
import { renderNoteHtml } from "../render";
import { parseTaxonomy } from "../taxonomy";
import type { NoteSlug } from "../types";
import { findMathProblems } from "./math";

const taxonomy = parseTaxonomy(
  readFileSync("content/taxonomy.yaml", "utf8"),
  "content/taxonomy.yaml",
);

function build(text: string) {
  const reporter = new Reporter("content/notes/m.md");
  const note = buildNote(
    {
      slug: "m" as NoteSlug,
      displayPath: "content/notes/m.md",
      place: notePath("notes/m.md"),
      text,
      repair: null,
      hash: "h",
    },
    taxonomy,
    reporter,
  )!;
  return { note, diagnostics: reporter.items };
}
const render = (text: string) => {
  const { note } = build(text);
  return renderNoteHtml(note, {
    markdown: note.overview,
    firstLine: note.overviewLine,
    offset: note.overviewOffset,
    chapter: null,
  });
};

/** The formulas remark reads in a line of text, as written. */
function formulas(text: string): string[] {
  const out: string[] = [];
  const walk = (node: Root | Root["children"][number]) => {
    if (node.type === "inlineMath" || node.type === "math") out.push(node.value);
    if ("children" in node) for (const c of node.children) walk(c as Root["children"][number]);
  };
  walk(parseMarkdown(text));
  return out;
}

describe("dollar signs: math or a price", () => {
  const cases: [string, string[]][] = [
    // [text, formulas read]
    ["料金は$5で、上限は$10です。", []],
    ["月額 $5 から $10 まで", []],
    ["US$20 と US$30 のプラン", []],
    ["價格是 $5，最高 $10。", []],
    ["价格是$5到$8之间", []],
    ["가격은 $5 부터 $10 까지", []],
    ["It costs $5 and $10 later.", []],
    ["可用性 $A = 1 - p$ を見る", ["A = 1 - p"]],
    ["誤差 $\\epsilon$ 很小", ["\\epsilon"]],
    ["확률 $p$ 와 $q$", ["p", "q"]],
    ["Euler: $e^{i\\pi} + 1 = 0$.", ["e^{i\\pi} + 1 = 0"]],
    ["Double $$x^2$$ is always math, even $$ 5 $$", ["x^2", "5"]],
    ["Escaped \\$5 and $x$", ["x"]],
    ["$$\nE = mc^2\n$$", ["E = mc^2"]],
    ["```\n$x$ in code\n```", []],
  ];
  for (const [text, expected] of cases) {
    it(text, () => expect(formulas(text)).toEqual(expected));
  }
});

describe("math on the page", () => {
  it("typesets inline and display math as KaTeX HTML with MathML for screen readers", async () => {
    const html = await render("可用性 $A$ を見る\n\n$$\n\\frac{1}{2}\n$$\n");
    expect(html).toContain('<span class="katex">');
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(html).toContain('<annotation encoding="application/x-tex">A</annotation>');
    expect(html).toMatch(/<span class="katex-display" tabindex="0">/);
    // No math script: KaTeX runs at build time only.
    expect(html).not.toContain("<script");
  });

  it("keeps prices as text", async () => {
    const html = await render("料金は$5で、上限は$10です。");
    expect(html).toBe("<p>料金は$5で、上限は$10です。</p>");
  });

  it("typesets ```math fences as display math", async () => {
    expect(await render("```math\nx^2\n```\n")).toContain('class="katex-display"');
  });

  it("shows a formula KaTeX rejects as its source, and reports it with its line", async () => {
    const text = "---\ntitle: t\n---\n本文\n\n壊れた式 $\\frac{1}{$ です\n";
    const html = await render(text);
    expect(html).toContain(
      '<code class="math-error" title="ParseError: KaTeX parse error: Unexpected end of input in a macro argument',
    );
    expect(html).toContain(">\\frac{1}{</code>");
    expect(build(text).diagnostics.filter((d) => d.code === "math/invalid")).toEqual([
      {
        file: "content/notes/m.md",
        line: 6,
        severity: "warning",
        code: "math/invalid",
        message:
          "the formula \"\\\\frac{1}{\" cannot be typeset (Unexpected end of input in a macro argument, expected '}' at end of input: \\frac{1}{); the page shows it as written. Fix the TeX, or write \\$ for a dollar sign that is not math.",
      },
    ]);
  });

  it("never makes links or HTML from TeX (trust: false)", async () => {
    const html = await render(
      "$\\href{javascript:alert(1)}{x}$ $\\url{javascript:alert(2)}$ $\\htmlClass{x}{y}$ $\\htmlData{onclick=alert(3)}{z}$ $\\includegraphics{https://example.com/a.png}$",
    );
    expect(html).not.toMatch(/<a\b/);
    expect(html).not.toMatch(/href=/);
    expect(html).not.toMatch(/\son\w+=|data-onclick/i);
    expect(html).not.toMatch(/<img\b/);
    expect(html).not.toContain('javascript:alert(1)"');
  });

  it("finds no problem in good math", () => {
    expect(findMathProblems(parseMarkdown("$a^2 + b^2 = c^2$ と $$\\sum_{i=1}^n i$$"))).toEqual([]);
  });
});
