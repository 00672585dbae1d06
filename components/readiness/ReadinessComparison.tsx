import { UNCLASSIFIED } from "@/lib/content/category-ids";
import Link from "next/link";
import { mergeProfile } from "@/lib/client/readiness-store";
import type { ContentModel } from "@/lib/content/types";
import { labelsByLocale, translations } from "@/lib/i18n/messages";
import { percent } from "@/lib/client/checklist-progress";
import {
  applicable,
  attachDecisions,
  tallyByArea,
  tallyOverall,
  type AreaTally,
} from "@/lib/readiness/summary";
import { Localized } from "../Localized";
import { T } from "../T";
import { OverdueCount } from "./OverdueCount";

function Cell({ tally }: { tally: AreaTally | undefined }) {
  if (!tally) return <td className="px-3 py-2 text-slate-500">–</td>;
  const count = applicable(tally);
  const pct = percent(count);
  return (
    <td
      className="px-3 py-2 align-top tabular-nums"
      data-cell-done={count.done}
      data-cell-total={count.total}
    >
      <span className="font-medium">
        {count.done} / {count.total}
      </span>{" "}
      <span className="text-xs text-slate-600 dark:text-slate-400">({pct}%)</span>
      <span
        aria-hidden="true"
        className="mt-1 block h-1.5 w-24 rounded bg-slate-200 dark:bg-slate-700"
      >
        <span className="block h-1.5 rounded bg-emerald-600" style={{ width: `${pct}%` }} />
      </span>
      {tally.recheck > 0 && (
        <span className="block text-xs font-semibold text-amber-800 dark:text-amber-300">
          <T k="readiness.dashboard.recheck" vars={{ count: tally.recheck }} />
        </span>
      )}
      <OverdueCount dates={tally.due} />
    </td>
  );
}

/**
 * The team's readiness profiles side by side per area, as committed (local edits are drafts and
 * are not counted here). Rendered on the server from the content model; only the overdue counts
 * are worked out in the browser, against the reader's today.
 */
export function ReadinessComparison({
  model,
}: {
  model: Pick<ContentModel, "notes" | "taxonomy" | "readiness">;
}) {
  const profiles = model.readiness ?? [];
  if (profiles.length === 0) return null;
  const items = model.notes.flatMap((n) => n.checklist);
  const columns = profiles.map((profile) => {
    const { byItem } = attachDecisions(mergeProfile(profile));
    const perArea = tallyByArea(items, byItem);
    return { profile, perArea, overall: tallyOverall(items, byItem) };
  });
  const rows = [
    ...model.taxonomy.areas.map((area) => ({
      id: area.id as string,
      label: labelsByLocale(area.labels),
    })),
    { id: UNCLASSIFIED, label: translations("category.unclassified") },
  ].filter((row) => columns.some((c) => c.perArea[row.id]));
  return (
    <section aria-labelledby="readiness-heading" className="mt-10" data-readiness-comparison="">
      <h2 id="readiness-heading" className="mb-1 text-lg font-semibold">
        <T k="readiness.dashboard.heading" />
      </h2>
      <p className="cjk-text mb-3 text-sm text-slate-700 dark:text-slate-300">
        <T k="readiness.dashboard.intro" />
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
        <table className="min-w-full text-sm">
          <thead className="bg-slate-50 text-left dark:bg-slate-900">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">
                <T k="readiness.dashboard.area" />
              </th>
              {columns.map(({ profile }) => (
                <th
                  key={profile.name}
                  scope="col"
                  className="px-3 py-2 font-semibold"
                  data-profile-column={profile.name}
                >
                  {profile.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {rows.map((row) => (
              <tr key={row.id} data-area-row={row.id}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  <Localized texts={row.label} />
                </th>
                {columns.map(({ profile, perArea }) => (
                  <Cell key={profile.name} tally={perArea[row.id]} />
                ))}
              </tr>
            ))}
            <tr data-area-row="all" className="bg-slate-50 dark:bg-slate-900">
              <th scope="row" className="px-3 py-2 text-left font-semibold">
                <T k="readiness.dashboard.overall" />
              </th>
              {columns.map(({ profile, overall }) => (
                <Cell key={profile.name} tally={overall} />
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm">
        <Link href="/checklist" className="text-sky-800 underline dark:text-sky-300">
          <T k="readiness.dashboard.open" />
        </Link>
      </p>
    </section>
  );
}
