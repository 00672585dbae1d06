import { readFrontmatter } from "../frontmatter";
import { defineStage } from "./draft";

/** Reads the frontmatter block (its diagnostics name file lines) and where the body starts. */
export const frontmatterStage = defineStage({
  name: "frontmatter",
  needs: [],
  adds: ["fm", "lineOffset"],
  run(_draft, { input, reporter }) {
    const fm = readFrontmatter(input.text, reporter);
    return { fm, lineOffset: fm.bodyLineOffset };
  },
});
