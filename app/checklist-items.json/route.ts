import { getContent } from "@/lib/content";
import { checklistItemsFile } from "@/lib/portal/model-json";

/**
 * The checklist page's items as one JSON file (`/checklist-items.json`), written at build time in
 * the static export. The page fetches it instead of carrying every item in its HTML and RSC
 * payload (about 2 KB per item twice over), in the compact form of components/checklist/wire.ts.
 *
 * In server mode Next would serve this build-time copy for ever (a `dynamic` that differs by mode
 * is not allowed: Next reads it statically), while the page is rendered per request from the
 * current model. So scripts/serve.ts answers this URL itself from the current model with the same
 * code (lib/portal/model-json.ts); this handler serves the static export and `npm run dev`.
 */
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(checklistItemsFile(getContent()).body);
}
