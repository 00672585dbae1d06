import type { ReactNode } from "react";
import { percent, type Count } from "@/lib/client/checklist-progress";

const STRINGS = {
  valueText: (count: Count, pct: number) => `${count.done} of ${count.total} done (${pct}%)`,
  empty: "No items",
};

export interface ProgressBarProps {
  /** What the bar measures, e.g. "Security" or "Overall"; also its accessible name. */
  label: string;
  count: Count;
  /** Hide the label visually (it stays the accessible name), for bars next to a heading. */
  hideLabel?: boolean;
  /** `lang` of the label when it is in a note's language. */
  lang?: string;
  /** What is shown instead of `label` (e.g. the label in every UI language); `label` stays the accessible name. */
  visibleLabel?: ReactNode;
}

/** A labelled progress bar with the numbers written out (they also print). */
export function ProgressBar({ label, count, hideLabel = false, lang, visibleLabel }: ProgressBarProps) {
  const pct = percent(count);
  const valueText = STRINGS.valueText(count, pct);
  return (
    <div className="min-w-0">
      <div className="mb-1 flex items-baseline justify-between gap-2 text-sm">
        <span lang={lang} className={hideLabel ? "sr-only" : "min-w-0 font-medium break-words"}>
          {visibleLabel ?? label}
        </span>
        <span
          aria-hidden="true"
          className="ml-auto shrink-0 tabular-nums text-slate-600 dark:text-slate-400"
        >
          {count.total === 0 ? STRINGS.empty : `${count.done}/${count.total} · ${pct}%`}
        </span>
      </div>
      {count.total > 0 && (
        <div
          role="progressbar"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={count.total}
          aria-valuenow={count.done}
          aria-valuetext={valueText}
          className="h-2 overflow-hidden rounded-full bg-slate-200 print:border print:border-slate-400 dark:bg-slate-700"
        >
          <div
            className="h-full rounded-full bg-emerald-600 dark:bg-emerald-400"
            style={{ width: `${pct}%` }}
          />
        </div>
      )}
    </div>
  );
}
