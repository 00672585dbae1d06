import { checklistData } from "@/app/(site)/checklist/data";
import { packChecklistData } from "@/components/checklist/wire";
import { getContent } from "@/lib/content";

/**
 * The checklist page's items as one JSON file (`/checklist-items.json`), written at build time in
 * the static export and served as a static route in server mode. The page fetches it instead of
 * carrying every item in its HTML and RSC payload (about 2 KB per item twice over), in the compact
 * form of components/checklist/wire.ts.
 */
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(packChecklistData(checklistData(getContent()).data));
}
