import { shortHash } from "@/lib/content/ids";
import type { ContentModel } from "@/lib/content/types";
import { defaultCounts, type Count } from "@/lib/client/checklist-progress";
import { encodeProgressIndex, type ProgressFile } from "@/lib/client/progress-index";

/** What progress bars get from the server: counts by source defaults, and where the item data is. */
export interface ProgressSource {
  /** `/checklist-progress.json?v=<content hash>`: a new build with other items gets a new URL. */
  url: string;
  /** The file's contents (the route handler serves them). */
  file: ProgressFile;
  /** Done by source defaults and total, per scope (area, subcategory, `unclassified`). */
  counts: Record<string, Count>;
}

const built = new WeakMap<Pick<ContentModel, "notes">, ProgressSource>();

/** The progress data of a model, built once per model (every page with a bar and the route ask). */
export function progressSource(model: Pick<ContentModel, "notes">): ProgressSource {
  let entry = built.get(model);
  if (!entry) {
    const items = model.notes.flatMap((note) => note.checklist);
    const file = encodeProgressIndex(items);
    const hash = shortHash(JSON.stringify(file), 16);
    entry = { url: `/checklist-progress.json?v=${hash}`, file, counts: defaultCounts(items) };
    built.set(model, entry);
  }
  return entry;
}

/** The props a progress bar needs for one scope; a scope with no items is 0 of 0. */
export function progressProps(
  model: Pick<ContentModel, "notes">,
  scope: string,
): { scope: string; base: Count; src: string } {
  const source = progressSource(model);
  return { scope, base: source.counts[scope] ?? { done: 0, total: 0 }, src: source.url };
}
