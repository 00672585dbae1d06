import type { Counts } from "@/lib/portal/dashboard";
import { T } from "./T";

/** "3 notes · 12 chapters · 5 links · 7 checklist items", in the UI language. */
export function CountsLine({ counts, className = "" }: { counts: Counts; className?: string }) {
  const parts = [
    { key: "count.notes", n: counts.notes, name: "notes" },
    { key: "count.chapters", n: counts.chapters, name: "chapters" },
    { key: "count.links", n: counts.links, name: "links" },
    { key: "count.items", n: counts.items, name: "items" },
  ] as const;
  return (
    <ul
      className={`flex flex-wrap gap-x-3 gap-y-0.5 text-sm text-slate-600 dark:text-slate-400 ${className}`}
    >
      {parts.map((p) => (
        <li key={p.key} data-count={p.name} data-value={p.n} className="tabular-nums">
          <T k={p.key} vars={{ count: p.n }} />
        </li>
      ))}
    </ul>
  );
}
