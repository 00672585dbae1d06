import { collectHeadings } from "../anchors";
import { defineStage } from "./draft";
import { createHeadingLookup } from "./lookups";

/** Every heading with its GitHub-style id, and a lookup from a heading node to it. */
export const headingsStage = defineStage({
  name: "headings",
  needs: ["tree", "lineOffset"],
  adds: ["headings", "headingAt"],
  run({ tree, lineOffset }) {
    const headings = collectHeadings(tree, lineOffset);
    return { headings, headingAt: createHeadingLookup(headings, lineOffset) };
  },
});
