import { getContent } from "@/lib/content";
import { readinessFile } from "@/lib/portal/model-json";

/**
 * The team's readiness profiles as one JSON file (`/readiness.json`), fetched by the checklist
 * page, the dashboard and chapter pages when a reader picks a profile. Static like
 * `/checklist-items.json`; scripts/serve.ts answers it from the current model in server mode, so
 * a profile saved under `--watch` shows on the next fetch.
 */
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(readinessFile(getContent()).body);
}
