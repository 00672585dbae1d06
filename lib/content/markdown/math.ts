import type { ElementContent, Root as HastRoot } from "hast";
import katex, { type KatexOptions } from "katex";
import type { Root } from "mdast";
import { mathFromMarkdown } from "mdast-util-math";
import { math } from "micromark-extension-math";
import type { Code, Construct, Extension, State, TokenizeContext } from "micromark-util-types";
import rehypeKatex from "rehype-katex";
import type { Plugin, Processor } from "unified";
import { visit } from "unist-util-visit";

/**
 * Math: `$…$` inline and `$$…$$` blocks (and ` ```math ` fences), typeset by KaTeX at build time.
 *
 * Parsing is micromark-extension-math + mdast-util-math (what remark-math wraps), with one rule
 * added for a single `$`, the one Pandoc uses: the opening `$` has a non-space right after it, the
 * closing `$` a non-space right before it and no digit right after it. Without it, a line with two
 * prices (`料金は$5で、上限は$10です`) turns the text between them into a formula. `$$…$$` inline is
 * always math. Write `\$` for a dollar sign the rule does not catch.
 */

/** KaTeX settings for pages and for the pipeline's check: no `\href`/`\url`/`\html…` (trust: false). */
export const KATEX_OPTIONS: KatexOptions = {
  output: "htmlAndMathml",
  trust: false,
  strict: "ignore",
  maxSize: 20,
  maxExpand: 1000,
};

const DOLLAR = 36;
const isDigit = (code: Code) => code !== null && code >= 48 && code <= 57;

/** The text-math construct with Pandoc's rule for a single `$` (see above). */
function withDollarRule(construct: Construct): Construct {
  const tokenize = construct.tokenize;
  return {
    ...construct,
    tokenize(this: TokenizeContext, effects, ok, nok): State {
      const events = this.events;
      const guard: State = (code) => {
        // The events of this construct: enter mathText, the opening sequence, the content, the closing sequence.
        let open = events.length - 1;
        while (open >= 0 && !(events[open]![0] === "enter" && events[open]![1].type === "mathText"))
          open--;
        const sequence = events[open + 1]![1];
        if (sequence.end.offset - sequence.start.offset > 1) return ok(code);
        const first = events[open + 3]![1].type;
        const last = events[events.length - 4]![1].type;
        const blank = (type: string) => type === "space" || type === "lineEnding";
        if (blank(first) || blank(last) || isDigit(code)) return nok(code);
        return ok(code);
      };
      return tokenize.call(this, effects, guard, nok);
    },
  };
}

/** micromark syntax: math-flow as is, text math with the dollar rule. */
export function mathSyntax(): Extension {
  const base = math();
  const text = base.text?.[DOLLAR];
  if (!text || Array.isArray(text)) return base;
  return { flow: base.flow, text: { [DOLLAR]: withDollarRule(text as Construct) } };
}

/** remark plugin: math syntax into mdast `inlineMath` and `math` nodes. */
export function remarkMathSyntax(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(mathSyntax());
  (data.fromMarkdownExtensions ??= []).push(mathFromMarkdown());
}

export interface MathProblem {
  /** 1-based line in the parsed text. */
  line: number;
  /** The formula as written. */
  source: string;
  /** KaTeX's message, without its "KaTeX parse error: " prefix. */
  message: string;
}

/** Formulas KaTeX cannot typeset, with its reason (pages show these as their source). */
export function findMathProblems(tree: Root): MathProblem[] {
  const out: MathProblem[] = [];
  visit(tree, (node) => {
    if (node.type !== "inlineMath" && node.type !== "math") return;
    try {
      katex.renderToString(node.value, {
        ...KATEX_OPTIONS,
        displayMode: node.type === "math",
        throwOnError: true,
      });
    } catch (error) {
      out.push({
        line: node.position?.start.line ?? 1,
        source: node.value,
        message: (error as Error).message.replace(/^KaTeX parse error: /, ""),
      });
    }
  });
  return out;
}

/**
 * A formula KaTeX rejected: its source as code, the reason as a tooltip (the build log has it too).
 * A display formula wider than the page scrolls, so it takes the keyboard focus like code blocks.
 */
function finish(tree: HastRoot): void {
  visit(tree, "element", (node, index, parent) => {
    const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
    if (classes.includes("katex-display")) node.properties.tabIndex = 0;
    if (!classes.includes("katex-error") || !parent || index === undefined) return;
    const source = node.children.map((c) => (c.type === "text" ? c.value : "")).join("");
    const code: ElementContent = {
      type: "element",
      tagName: "code",
      properties: { className: ["math-error"], title: String(node.properties.title ?? "") },
      children: [{ type: "text", value: source }],
    };
    parent.children.splice(index, 1, code);
  });
}

/**
 * rehype: `code.language-math` (what remark-rehype makes of math nodes, kept by the sanitiser) to
 * KaTeX HTML + MathML (the MathML is what screen readers read). Runs after rehype-sanitize:
 * KaTeX's output is trusted (trust: false keeps note-written URLs and HTML out of it) and needs
 * the classes and styles the sanitiser drops.
 */
export const rehypeMath: Plugin<[], HastRoot> = () => {
  const typeset = rehypeKatex(KATEX_OPTIONS);
  return (tree, file) => {
    typeset(tree, file);
    finish(tree);
  };
};
