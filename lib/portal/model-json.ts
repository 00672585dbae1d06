import { checklistData } from "@/app/(site)/checklist/data";
import { packChecklistData } from "@/components/checklist/wire";
import type { ContentModel } from "@/lib/content/types";
import { progressSource } from "./progress";

/** A JSON file built from the content model, and the hash its URL carries (`?v=`). */
export type ModelJson = (model: ContentModel) => { body: unknown; hash: string };

/**
 * The JSON files built from the content model, by path: the checklist items (for /checklist) and
 * the progress index (for progress bars). Their route handlers write them into the static export;
 * scripts/serve.ts answers them from the current model in server mode.
 */
export const MODEL_JSON_ROUTES = {
  "/checklist-items.json": (model) => {
    const { data, hash } = checklistData(model);
    return { body: packChecklistData(data), hash };
  },
  "/checklist-progress.json": (model) => {
    const { file, url } = progressSource(model);
    return { body: file, hash: new URL(url, "http://localhost").searchParams.get("v") ?? "" };
  },
} satisfies Record<string, ModelJson>;

export function modelJsonRoute(path: string): ModelJson | undefined {
  return Object.prototype.hasOwnProperty.call(MODEL_JSON_ROUTES, path)
    ? MODEL_JSON_ROUTES[path as keyof typeof MODEL_JSON_ROUTES]
    : undefined;
}
