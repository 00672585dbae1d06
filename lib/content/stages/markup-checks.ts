import { findUnsafeMarkup, quoteForMessage } from "../markdown";
import { findMathProblems } from "../markdown/math";
import { defineStage } from "./draft";

/** Warns about raw HTML the page will not show as written and formulas that cannot be typeset. */
export const markupChecksStage = defineStage({
  name: "markup-checks",
  needs: ["tree", "lineOffset"],
  adds: [],
  run({ tree, lineOffset }, { reporter }) {
    for (const unsafe of findUnsafeMarkup(tree))
      reporter.warn(unsafe.code, unsafe.line + lineOffset, unsafe.message);
    for (const problem of findMathProblems(tree)) {
      reporter.warn(
        "math/invalid",
        problem.line + lineOffset,
        `the formula ${quoteForMessage(problem.source)} cannot be typeset (${problem.message}); the page shows it as written. Fix the TeX, or write \\$ for a dollar sign that is not math.`,
      );
    }
    return {};
  },
});
