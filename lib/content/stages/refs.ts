import { collectRefs } from "../links";
import { defineStage } from "./draft";
import { pageAt } from "./lookups";

/** Links to other notes, headings and local files, with the chapter page each sits on. */
export const refsStage = defineStage({
  name: "refs",
  needs: ["tree", "lineOffset", "chapterPages"],
  adds: ["refs"],
  run({ tree, lineOffset, chapterPages }) {
    const refs = collectRefs(
      tree,
      lineOffset,
      (offset) => chapterPages[pageAt(chapterPages, offset)]?.slug ?? null,
    );
    return { refs };
  },
});
