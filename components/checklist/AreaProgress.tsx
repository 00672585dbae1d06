"use client";

import type { ReactNode } from "react";
import { countDone } from "@/lib/client/checklist-progress";
import { useChecklist } from "@/lib/client/use-checklist";
import type { LocalizedTexts } from "@/lib/i18n/messages";
import { ProgressBar } from "./ProgressBar";

export interface AreaProgressProps {
  /** Checklist ids counted by this bar (e.g. every item filed under one area). */
  itemIds: string[];
  /** Source default of each id (`- [x]` is true). */
  defaults: Record<string, boolean>;
  /** The bar's accessible name: per UI language (`translations("progress.label")`) or as written. */
  label: LocalizedTexts | string;
  /** Shown instead of `label`. */
  visibleLabel?: ReactNode;
}

/**
 * Live progress for a set of checklist items, for dashboard cards. Counts with the same function
 * as the checklist page (`countDone`), so both show the same numbers.
 */
export function AreaProgress({ itemIds, defaults, label, visibleLabel }: AreaProgressProps) {
  const { state } = useChecklist();
  return (
    <ProgressBar
      label={label}
      visibleLabel={visibleLabel}
      count={countDone(itemIds, defaults, state)}
    />
  );
}
