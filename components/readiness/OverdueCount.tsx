"use client";

import { useSyncExternalStore } from "react";
import { countOverdue, today } from "@/lib/readiness/profile";
import { T } from "../T";

const never = () => () => {};

/**
 * How many of `dates` (next due dates) are past, counted in the browser with the reader's today:
 * a static page built last month must not say what was due then. Nothing is rendered on the
 * server or during hydration.
 */
export function OverdueCount({ dates }: { dates: readonly string[] }) {
  const on = useSyncExternalStore(never, today, () => null);
  const count = on === null ? 0 : countOverdue(dates, on);
  if (!count) return null;
  return (
    <span
      data-overdue-count={count}
      className="block text-xs font-semibold text-red-800 dark:text-red-300"
    >
      <T k="readiness.dashboard.overdue" vars={{ count }} />
    </span>
  );
}
