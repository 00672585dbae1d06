import type { Count } from "@/lib/client/checklist-progress";
import { UNCLASSIFIED } from "@/lib/content/category-ids";
import { translations } from "@/lib/i18n/messages";
import { T } from "../T";
import { ProgressBar } from "./ProgressBar";
import type { ChecklistPageCategory } from "@/lib/portal/checklist-types";

/**
 * "By area": a progress bar per taxonomy area that has items, in taxonomy order, then
 * unclassified. For the reader's own ticks and for a team profile alike.
 */
export function AreaBars({
  areas,
  counts,
  open = false,
}: {
  areas: readonly Pick<ChecklistPageCategory, "id" | "labels">[];
  /** By area id (and `unclassified`); areas without a count are left out. */
  counts: Readonly<Record<string, Count>>;
  open?: boolean;
}) {
  const unclassified = counts[UNCLASSIFIED];
  return (
    <details
      className="group rounded-lg border border-slate-200 p-3 print:border-0 print:p-0 dark:border-slate-800"
      open={open}
    >
      <summary className="cursor-pointer text-sm font-semibold print:hidden">
        <T k="checklist.byArea" />
      </summary>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        {areas
          .filter((area) => counts[area.id])
          .map((area) => (
            <ProgressBar key={area.id} label={area.labels} count={counts[area.id]!} />
          ))}
        {unclassified && unclassified.total > 0 && (
          <ProgressBar label={translations("category.unclassified")} count={unclassified} />
        )}
      </div>
    </details>
  );
}
