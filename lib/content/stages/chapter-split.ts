import { chapterSlugs, splitChapters } from "../chapters";
import type { ChapterListEntry, ChapterSlug } from "../types";
import { defineStage, type ChapterPageDraft } from "./draft";

/**
 * Where the note is split into chapter pages (lib/content/chapters.ts), each page's URL segment,
 * and the chapter list (an empty chapter points at the page it was merged into).
 */
export const chapterSplitStage = defineStage({
  name: "chapter-split",
  needs: ["tree", "body", "headingAt", "fm"],
  adds: ["overviewRange", "chapterPages", "chapterList"],
  run({ tree, body, headingAt, fm }) {
    const split = splitChapters(tree, body.length, headingAt, fm.data.chapters);
    const slugs = chapterSlugs(
      split.chapters.map((c) => c.title),
      split.numbered,
    ) as ChapterSlug[];
    const chapterPages: ChapterPageDraft[] = [];
    split.chapters.forEach((draft, i) => {
      const slug = slugs[i];
      if (slug !== undefined) chapterPages.push({ ...draft, slug });
    });
    const chapterList: ChapterListEntry[] = [];
    for (const e of split.list) {
      const page = chapterPages[e.draft];
      if (page)
        chapterList.push({
          title: e.title,
          chapter: page.slug,
          anchor: e.anchor,
          merged: e.merged,
        });
    }
    return { overviewRange: split.overview, chapterPages, chapterList };
  },
});
