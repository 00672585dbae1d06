import { defineStage, type PageFiling } from "./draft";
import { nodesIn } from "./lookups";
import { filePageOfNote } from "./page-filing";
import { sectionsOf, tocFiledSections } from "./sections";

/**
 * The overview (the text before the first chapter page): its sections and headings, and its
 * filing. A note with chapter pages files its overview only by `taxonomy:` or its own TOC.
 */
export const overviewStage = defineStage({
  name: "overview",
  needs: [
    "fm",
    "lineOffset",
    "tree",
    "headings",
    "headingAt",
    "title",
    "overviewRange",
    "anchors",
    "chapters",
    "tocFiled",
    "fmTaxonomy",
  ],
  adds: ["overviewSections", "overviewHeadings", "overviewFiling"],
  run(draft, { input, taxonomy }) {
    const { title, fmTaxonomy, tocFiled } = draft;
    const overviewSections = sectionsOf(
      nodesIn(draft.tree, draft.overviewRange),
      draft.headingAt,
      draft.lineOffset,
      title,
    );
    const overviewHeadings = draft.headings.filter((h) => draft.anchors[h.anchor] === null);
    const overviewFiling: PageFiling =
      draft.chapters.length === 0
        ? filePageOfNote(
            { taxonomy, input, fmTaxonomy, tocFiled, tags: draft.fm.data.tags ?? [] },
            {
              title,
              headings: overviewHeadings.filter((h) => h.text !== title).map((h) => h.text),
              text: overviewSections.map((s) => s.text).join("\n"),
              sections: overviewSections,
            },
          )
        : {
            categories: fmTaxonomy ?? [...new Set(tocFiledSections(tocFiled, overviewSections))],
            evidence: [],
          };
    return { overviewSections, overviewHeadings, overviewFiling };
  },
});
