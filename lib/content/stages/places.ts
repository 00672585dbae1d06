import { classify } from "../taxonomy";
import type { Anchor, CategoryId } from "../types";
import { defineStage, type Place } from "./draft";
import { headingBefore, pageAt } from "./lookups";

/** The key of a chapter's (ci -1: the overview's) section. */
export const sectionKey = (ci: number, anchor: Anchor | null): string =>
  `${ci}\u0000${anchor ?? ""}`;

/**
 * Where a body offset lives, for checklist items and links: its chapter page, the heading before
 * it, its language and its categories. Categories: `taxonomy:`, else what the note's TOC files the
 * heading under, else the item's own text, else its section's text (classified once per section:
 * a pasted wiki can hold tens of thousands of links), else its page's.
 */
export const placesStage = defineStage({
  name: "places",
  needs: [
    "chapterPages",
    "chapters",
    "headings",
    "overviewSections",
    "overviewFiling",
    "tocFiled",
    "fmTaxonomy",
    "lang",
  ],
  adds: ["placeOf", "sectionTextOf"],
  run(draft, { taxonomy }) {
    const { chapterPages, chapters, headings, overviewSections, tocFiled, fmTaxonomy } = draft;
    const sectionTextOf = (ci: number, anchor: Anchor | null): string =>
      (chapters[ci]?.sections ?? overviewSections).find((s) => s.anchor === anchor)?.text ?? "";
    const sectionCats = new Map<string, CategoryId[]>();
    const sectionCategories = (ci: number, anchor: Anchor | null): CategoryId[] => {
      const key = sectionKey(ci, anchor);
      let cats = sectionCats.get(key);
      if (!cats) {
        cats = classify(taxonomy, sectionTextOf(ci, anchor), 1);
        sectionCats.set(key, cats);
      }
      return cats;
    };
    const placeOf = (offset: number, line: number, ownText: string): Place => {
      const ci = pageAt(chapterPages, offset);
      const chapter = chapters[ci] ?? null;
      const anchor = headingBefore(headings, line);
      let cats: CategoryId[];
      if (fmTaxonomy) cats = fmTaxonomy;
      else {
        const filed = anchor ? tocFiled.get(anchor) : undefined;
        const own = classify(taxonomy, ownText, 1);
        cats = filed ?? (own.length ? own : sectionCategories(ci, anchor));
        if (cats.length === 0) cats = chapter ? chapter.taxonomy : draft.overviewFiling.categories;
      }
      return { ci, chapter, anchor, cats, lang: chapter ? chapter.lang : draft.lang };
    };
    return { placeOf, sectionTextOf };
  },
});
