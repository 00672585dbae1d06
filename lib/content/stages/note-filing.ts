import type { CategoryId, Chapter } from "../types";
import { defineStage, type PageFiling } from "./draft";

/**
 * A long note's own categories from its chapters': each chapter's primary category counts 1 and
 * its others ½, so the note's primary is where most of it is filed. The evidence names the chapters.
 */
export function fileFromChapters(
  chapters: readonly Chapter[],
  overview: readonly CategoryId[],
): PageFiling {
  const weight = new Map<CategoryId, number>();
  const from = new Map<CategoryId, string[]>();
  const add = (id: CategoryId, w: number, title: string | null) => {
    weight.set(id, (weight.get(id) ?? 0) + w);
    if (title) from.set(id, [...(from.get(id) ?? []), title]);
  };
  for (const c of chapters) c.taxonomy.forEach((id, i) => add(id, i === 0 ? 1 : 0.5, c.title));
  for (const id of overview) add(id, 0.5, null);
  const ranked = [...weight].sort((a, b) => b[1] - a[1]);
  return {
    categories: ranked.map(([id]) => id),
    evidence: ranked.map(([category, score]) => ({
      category,
      score,
      terms: (from.get(category) ?? []).map((title) => ({
        term: title,
        field: "chapter" as const,
        count: 1,
      })),
    })),
  };
}

/**
 * The note's own filing: its overview's for a note without chapter pages or with `taxonomy:`,
 * else from its chapters'. A note filed nowhere is reported as unclassified.
 */
export const noteFilingStage = defineStage({
  name: "note-filing",
  needs: ["chapters", "fmTaxonomy", "overviewFiling"],
  adds: ["noteFiling"],
  run({ chapters, fmTaxonomy, overviewFiling }, { reporter }) {
    const noteFiling =
      chapters.length === 0 || fmTaxonomy
        ? overviewFiling
        : fileFromChapters(chapters, overviewFiling.categories);
    if (noteFiling.categories.length === 0) {
      reporter.info(
        "taxonomy/unclassified",
        null,
        "no taxonomy keyword matched this note, so it is listed as unclassified. Add taxonomy: [area/sub] to its frontmatter, or keywords to taxonomy.yaml.",
      );
    }
    return { noteFiling };
  },
});
