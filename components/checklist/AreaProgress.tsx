"use client";

import type { ReactNode } from "react";
import { liveCount, type Count } from "@/lib/client/checklist-progress";
import { useChecklist } from "@/lib/client/use-checklist";
import { useProgressIndex } from "@/lib/client/use-progress-index";
import type { LocalizedTexts } from "@/lib/i18n/messages";
import { ProgressBar } from "./ProgressBar";

export interface AreaProgressProps {
  /** The scope counted: an area id, a subcategory id (`area/sub`) or `unclassified`. */
  scope: string;
  /** Done by source defaults and total for the scope, from the server (`progressProps`). */
  base: Count;
  /** The progress file's URL (`progressProps`), fetched only once the reader changed an item. */
  src: string;
  /** The bar's accessible name: per UI language (`translations("progress.label")`) or as written. */
  label: LocalizedTexts | string;
  /** Shown instead of `label`. */
  visibleLabel?: ReactNode;
}

/**
 * Live progress of one category, for dashboard cards and category pages. The page carries only
 * the scope's counts by source defaults; when the reader has changed items, the per-item data
 * comes from the progress file and `liveCount` adds the changes, giving the checklist page's
 * numbers (`computeProgress`). Until the saved ticks are read and the file is in, the bar is a
 * neutral placeholder; when the file cannot be loaded it shows the server's counts.
 */
export function AreaProgress({ scope, base, src, label, visibleLabel }: AreaProgressProps) {
  const { state, ready } = useChecklist();
  const changed = Object.keys(state.items).length > 0;
  const { index, failed } = useProgressIndex(src, changed);
  const count = changed && index ? liveCount(base, scope, index, state) : base;
  // Before the saved ticks are read (the server's HTML, hydration) and while the file they need
  // is on its way, the bar says nothing rather than a wrong 0 %.
  const pending = !ready || (changed && !index && !failed);
  return <ProgressBar label={label} visibleLabel={visibleLabel} count={count} pending={pending} />;
}
