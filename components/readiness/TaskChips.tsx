import type { TaskMeta } from "@/lib/content/task-meta";
import { formatInterval } from "@/lib/content/task-meta";
import { T } from "../T";

const chip =
  "inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium tabular-nums";

/** Owners, due date and interval written in an item (`@name`, `due:…`, `(every 90d)`), as chips. */
export function TaskChips({ meta }: { meta: TaskMeta | undefined }) {
  if (!meta) return null;
  return (
    <span className="inline-flex flex-wrap gap-1.5" data-task-chips="">
      {meta.owners.map((owner) => (
        <span
          key={owner}
          data-chip="owner"
          className={`${chip} border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100`}
        >
          @{owner}
        </span>
      ))}
      {meta.due && (
        <span
          data-chip="due"
          className={`${chip} border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100`}
        >
          <T k="readiness.chip.due" vars={{ date: meta.due }} />
        </span>
      )}
      {meta.every && (
        <span
          data-chip="every"
          className={`${chip} border-violet-300 bg-violet-50 text-violet-950 dark:border-violet-700 dark:bg-violet-950 dark:text-violet-100`}
        >
          <T k="readiness.chip.every" vars={{ interval: formatInterval(meta.every) }} />
        </span>
      )}
    </span>
  );
}
