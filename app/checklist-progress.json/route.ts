import { getContent } from "@/lib/content";
import { progressSource } from "@/lib/portal/progress";

/**
 * Per checklist item its source default and the progress scopes it counts for
 * (`/checklist-progress.json`), written once at build time. Progress bars on the dashboard and
 * category pages fetch it only when the reader has changed an item; the pages themselves carry
 * only each bar's counts.
 */
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(progressSource(getContent()).file);
}
