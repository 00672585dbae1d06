"use client";

import type { ReactNode } from "react";
import { percent, type Count } from "@/lib/client/checklist-progress";
import { localizedAttr } from "@/lib/i18n/attrs";
import { useUiLocale } from "@/lib/i18n/client";
import { translate, type LocalizedTexts } from "@/lib/i18n/messages";
import { Localized } from "../Localized";
import { T } from "../T";

export interface ProgressBarProps {
  /**
   * What the bar measures, also its accessible name: per UI language (an area, "Overall"), or
   * one text as written (a note title, with `lang`).
   */
  label: LocalizedTexts | string;
  count: Count;
  /** Hide the label visually (it stays the accessible name), for bars next to a heading. */
  hideLabel?: boolean;
  /** `lang` of the label when it is in a note's language. */
  lang?: string;
  /** What is shown instead of `label`; `label` stays the accessible name. */
  visibleLabel?: ReactNode;
  /** The count is not known yet (saved ticks not read): an empty, busy bar with no figures. */
  pending?: boolean;
}

/** A labelled progress bar with the numbers written out (they also print). */
export function ProgressBar({
  label,
  count,
  hideLabel = false,
  lang,
  visibleLabel,
  pending = false,
}: ProgressBarProps) {
  const locale = useUiLocale();
  const pct = percent(count);
  const name =
    typeof label === "string" ? { "aria-label": label } : localizedAttr("aria-label", label);
  return (
    <div className="min-w-0">
      <div className="mb-1 flex items-baseline justify-between gap-2 text-sm">
        <span lang={lang} className={hideLabel ? "sr-only" : "min-w-0 font-medium break-words"}>
          {visibleLabel ?? (typeof label === "string" ? label : <Localized texts={label} />)}
        </span>
        <span
          aria-hidden="true"
          className="ml-auto shrink-0 tabular-nums text-slate-600 dark:text-slate-400"
        >
          {pending ? (
            <span data-progress-pending="">…</span>
          ) : count.total === 0 ? (
            <T k="checklist.bar.empty" />
          ) : (
            `${count.done}/${count.total} · ${pct}%`
          )}
        </span>
      </div>
      {count.total > 0 && pending && (
        <div
          role="progressbar"
          {...name}
          aria-busy="true"
          aria-valuemin={0}
          aria-valuemax={count.total}
          className="h-2 animate-pulse rounded-full bg-slate-200 motion-reduce:animate-none dark:bg-slate-700"
        />
      )}
      {count.total > 0 && !pending && (
        <div
          role="progressbar"
          {...name}
          aria-valuemin={0}
          aria-valuemax={count.total}
          aria-valuenow={count.done}
          aria-valuetext={translate(locale, "checklist.bar.valueText", {
            done: count.done,
            total: count.total,
            percent: pct,
          })}
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
