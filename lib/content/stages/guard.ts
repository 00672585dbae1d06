import { guardMarkdown, MAX_NESTING } from "../markdown";
import { defineStage } from "./draft";

/**
 * Text that would take micromark minutes (or overflow the stack) is kept as one plain-text block,
 * with a warning at the line where it starts.
 */
export const guardStage = defineStage({
  name: "guard",
  needs: ["fm", "lineOffset"],
  adds: ["guarded"],
  run({ fm, lineOffset }, { reporter }) {
    const { text, problem } = guardMarkdown(fm.body);
    if (problem?.kind === "too-deep") {
      reporter.warn(
        "markdown/too-deep",
        problem.line + lineOffset,
        `lists or quotes are nested ${problem.depth} levels deep here, more than the ${MAX_NESTING} Shiori reads; the whole note is shown as plain text. Flatten the nesting (an outline rarely needs more than 6 levels).`,
      );
    } else if (problem?.kind === "too-complex") {
      reporter.warn(
        "markdown/too-complex",
        problem.line + lineOffset,
        "from here the Markdown is too costly to read (a paragraph with thousands of * _ [ ] ` ~ < characters, or a table with thousands of rows); the whole note is shown as plain text. Split it with blank lines, or put it in a code block.",
      );
    }
    return { guarded: text };
  },
});
