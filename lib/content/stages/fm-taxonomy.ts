import { allCategories, leafCategories } from "../taxonomy";
import type { CategoryId } from "../types";
import { defineStage } from "./draft";

/** Frontmatter `taxonomy:` checked against taxonomy.yaml; an unknown id is reported and dropped. */
export const fmTaxonomyStage = defineStage({
  name: "fm-taxonomy",
  needs: ["fm"],
  adds: ["fmTaxonomy"],
  run({ fm }, { taxonomy, reporter }) {
    if (!fm.data.taxonomy) return { fmTaxonomy: null };
    const known = new Set(allCategories(taxonomy).map((c) => c.id as string));
    const leafIds = new Set(leafCategories(taxonomy).map((c) => c.id as string));
    const fmTaxonomy: CategoryId[] = [];
    for (const id of fm.data.taxonomy) {
      if (known.has(id)) fmTaxonomy.push(id as CategoryId);
      else
        reporter.warn(
          "taxonomy/unknown",
          null,
          `taxonomy "${id}" is not a category in taxonomy.yaml; it is ignored. Use one of: ${[...leafIds].join(", ")}.`,
        );
    }
    return { fmTaxonomy };
  },
});
