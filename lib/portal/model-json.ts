import { buildChecklistData } from "@/lib/portal/checklist-data";
import { packChecklistData } from "@/lib/portal/checklist-wire";
import { encodeProgressIndex } from "@/lib/client/progress-index";
import { shortHash } from "@/lib/content/ids";
import type { ContentModel } from "@/lib/content/types";
import type { ReadinessData } from "@/lib/readiness/profile";

/** A JSON file built from the content model, with the content hash its URL carries. */
export interface ModelFile<T> {
  body: T;
  hash: string;
  /** `<path>?v=<hash>`: what pages fetch, so a browser never keeps the data of an older build. */
  url: string;
}

type Model = Pick<ContentModel, "notes" | "taxonomy" | "readiness">;

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

/**
 * The team's readiness profiles (lib/readiness), with every item's section hash so that a profile
 * edited in the browser records what it was decided on. Empty when the content has no profiles.
 */
export const readinessFile = modelFile("/readiness.json", (model): ReadinessData => {
  const profiles = model.readiness ?? [];
  if (profiles.length === 0) return { profiles, sections: {} };
  const sections: Record<string, string> = {};
  for (const note of model.notes)
    for (const item of note.checklist) sections[item.id] = item.section;
  return { profiles, sections };
});

/** What pages pass to the profile picker: names and titles, and the data's URL; null without profiles. */
export function readinessRef(
  model: Model,
): { url: string; profiles: { name: string; title: string }[] } | null {
  const profiles = model.readiness ?? [];
  if (profiles.length === 0) return null;
  return {
    url: readinessFile(model).url,
    profiles: profiles.map((p) => ({ name: p.name, title: p.title })),
  };
}

/** The model's JSON files by path. */
export const MODEL_JSON_FILES: Readonly<Record<string, (model: Model) => ModelFile<unknown>>> = {
  "/checklist-items.json": checklistItemsFile,
  "/checklist-progress.json": checklistProgressFile,
  "/readiness.json": readinessFile,
};

export function modelJsonFile(path: string): ((model: Model) => ModelFile<unknown>) | undefined {
  return Object.prototype.hasOwnProperty.call(MODEL_JSON_FILES, path)
    ? MODEL_JSON_FILES[path]
    : undefined;
}
