import path from "node:path";
import { fileURLToPath } from "node:url";
import { runPipeline } from "@/lib/content/pipeline";
import type { ContentModel } from "@/lib/content/types";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The content model of several content folders, searched as one index. */
export async function loadCorpus(dirs: readonly string[]): Promise<ContentModel> {
  const models = await Promise.all(
    dirs.map((d) => runPipeline({ contentDir: path.resolve(REPO, d) })),
  );
  return {
    notes: models.flatMap((m) => m.notes),
    taxonomy: models[0]!.taxonomy,
    diagnostics: models.flatMap((m) => m.diagnostics),
    // Several content folders searched as one: their folder trees are not merged.
    folders: [],
    assets: Object.assign({}, ...models.map((m) => m.assets)),
  };
}
