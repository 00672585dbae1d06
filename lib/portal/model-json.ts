import { buildChecklistData } from "@/app/(site)/checklist/data";
import { packChecklistData } from "@/components/checklist/wire";
import { encodeProgressIndex } from "@/lib/client/progress-index";
import { shortHash } from "@/lib/content/ids";
import type { ContentModel } from "@/lib/content/types";

/** A JSON file built from the content model, with the content hash its URL carries. */
export interface ModelFile<T> {
  body: T;
  hash: string;
  /** `<path>?v=<hash>`: what pages fetch, so a browser never keeps the data of an older build. */
  url: string;
}

type Model = Pick<ContentModel, "notes" | "taxonomy">;

/**
 * A JSON file of the site that is built from the content model rather than written in a page:
 * built once per model (every page that links it and its route handler ask) and addressed by a
 * hash of its contents. The static export writes it through a `force-static` route handler at
 * `path`; in server mode scripts/serve.ts answers `path` from the current model (see
 * MODEL_JSON_FILES), because Next would keep serving the build's copy.
 */
function modelFile<T>(path: string, build: (model: Model) => T): (model: Model) => ModelFile<T> {
  const built = new WeakMap<Model, ModelFile<T>>();
  return (model) => {
    let file = built.get(model);
    if (!file) {
      const body = build(model);
      const hash = shortHash(JSON.stringify(body), 16);
      file = { body, hash, url: `${path}?v=${hash}` };
      built.set(model, file);
    }
    return file;
  };
}

/** The checklist page's items, in the compact form of components/checklist/wire.ts. */
export const checklistItemsFile = modelFile("/checklist-items.json", (model) =>
  packChecklistData(buildChecklistData(model)),
);

/** Per item its source default and progress scopes, for progress bars (lib/client/progress-index.ts). */
export const checklistProgressFile = modelFile("/checklist-progress.json", (model) =>
  encodeProgressIndex(model.notes.flatMap((note) => note.checklist)),
);

/** The model's JSON files by path. */
export const MODEL_JSON_FILES: Readonly<Record<string, (model: Model) => ModelFile<unknown>>> = {
  "/checklist-items.json": checklistItemsFile,
  "/checklist-progress.json": checklistProgressFile,
};

export function modelJsonFile(path: string): ((model: Model) => ModelFile<unknown>) | undefined {
  return Object.prototype.hasOwnProperty.call(MODEL_JSON_FILES, path)
    ? MODEL_JSON_FILES[path]
    : undefined;
}
