import type { ContentModel } from "@/lib/content/types";
import { defaultCounts, type Count } from "@/lib/client/checklist-progress";
import { checklistProgressFile } from "./model-json";

const counts = new WeakMap<Pick<ContentModel, "notes">, Record<string, Count>>();

/** Done by source defaults and total, per scope (area, subcategory, `unclassified`), once per model. */
function countsOf(model: Pick<ContentModel, "notes">): Record<string, Count> {
  let byScope = counts.get(model);
  if (!byScope) {
    byScope = defaultCounts(model.notes.flatMap((note) => note.checklist));
    counts.set(model, byScope);
  }
  return byScope;
}

/**
 * The props a progress bar needs for one scope: its counts by source defaults (a scope with no
 * items is 0 of 0) and the URL of the progress file, fetched once the reader has changed an item.
 */
export function progressProps(
  model: Pick<ContentModel, "notes" | "taxonomy">,
  scope: string,
): { scope: string; base: Count; src: string } {
  return {
    scope,
    base: countsOf(model)[scope] ?? { done: 0, total: 0 },
    src: checklistProgressFile(model).url,
  };
}
