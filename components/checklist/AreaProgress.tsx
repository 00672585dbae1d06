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
 * numbers (`computeProgress`). Until the file is in (or when it cannot be loaded) the bar shows
 * the server's counts.
 */
export function AreaProgress({ scope, base, src, label, visibleLabel }: AreaProgressProps) {
  const { state } = useChecklist();
  const changed = Object.keys(state.items).length > 0;
  const index = useProgressIndex(src, changed);
  const count = changed && index ? liveCount(base, scope, index, state) : base;
  return <ProgressBar label={label} visibleLabel={visibleLabel} count={count} />;
}
