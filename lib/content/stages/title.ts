import path from "node:path";
import type { Heading } from "../types";
import { defineStage } from "./draft";

/** Title: frontmatter → the single top-level heading → the first heading → the file name. */
export function pickTitle(
  fmTitle: string | undefined,
  headings: readonly Heading[],
  displayPath: string,
): string {
  if (fmTitle?.trim()) return fmTitle.trim();
  const withText = headings.filter((h) => h.text);
  const [top, ...more] = withText.filter((h) => h.depth === 1);
  if (top && more.length === 0) return top.text;
  if (withText[0]) return withText[0].text;
  return path.basename(displayPath).replace(/\.[^.]+$/, "");
}

/** The note's title; a note with no text is reported (it is listed by its title only). */
export const titleStage = defineStage({
  name: "title",
  needs: ["fm", "headings", "body"],
  adds: ["title"],
  run({ fm, headings, body }, { input, reporter }) {
    const title = pickTitle(fm.data.title, headings, input.displayPath);
    if (!body.trim()) {
      reporter.warn(
        "note/empty",
        null,
        "the note has no text; it is listed with its title only. Write something or delete the file.",
      );
    }
    return { title };
  },
});
