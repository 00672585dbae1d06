import type { Metadata } from "next";
import { ChecklistLoader } from "@/components/checklist/ChecklistLoader";
import { ChecklistStatic } from "@/components/checklist/ChecklistStatic";
import { unpackChecklistData } from "@/lib/portal/checklist-wire";
import { getContent } from "@/lib/content";
import { checklistItemsFile, readinessRef } from "@/lib/portal/model-json";
import { messageTitle } from "@/lib/i18n/title";

export const metadata: Metadata = {
  ...messageTitle("nav.checklist"),
  description: "Every production-readiness task from the notes, with your progress.",
};

/**
 * The checklist page. Its items come from `/checklist-items.json` (fetched by the page) rather
 * than from the HTML: at 1,000 notes and 9,000 items they made this one page 19 MB. Readers
 * without JavaScript get the items as a read-only list of links (plain text, `data-noscript`: hidden once scripts run).
 */
export default function Page() {
  const model = getContent();
  const { body, url } = checklistItemsFile(model);
  // The search text is only used by the interactive page's filter: no need to normalise it here.
  const data = unpackChecklistData(body, (text) => text);
  return (
    <>
      <ChecklistLoader
        src={url}
        total={body.items.length}
        readiness={readinessRef(model) ?? undefined}
      />
      <div className="page-column page-narrow" data-noscript="">
        <ChecklistStatic data={data} />
      </div>
    </>
  );
}
