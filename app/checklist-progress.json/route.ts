import { getContent } from "@/lib/content";
import { checklistProgressFile } from "@/lib/portal/model-json";

/**
 * Per checklist item its source default and the progress scopes it counts for
 * (`/checklist-progress.json`), written once at build time. Progress bars on the dashboard and
 * category pages fetch it only when the reader has changed an item; the pages themselves carry
 * only each bar's counts. In server mode scripts/serve.ts answers this URL from the current model
 * (lib/portal/model-json.ts), since Next would keep serving the build's copy.
 */
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(checklistProgressFile(getContent()).body);
}
