import type { Heading } from "@/lib/content/types";

/** The headings of a page, indented by depth. */
export function TableOfContents({ headings, label }: { headings: Heading[]; label: string }) {
  if (headings.length < 2) return null;
  const min = Math.min(...headings.map((h) => h.depth));
  return (
    <nav aria-label={label} className="text-sm">
      <p className="mb-2 font-semibold text-slate-700 dark:text-slate-200">{label}</p>
      <ol className="space-y-1 border-l border-slate-200 dark:border-slate-800">
        {headings.map((h) => (
          <li key={h.anchor} style={{ paddingInlineStart: `${(h.depth - min) * 0.75 + 0.75}rem` }}>
            <a href={`#${h.anchor}`} className="block text-slate-600 hover:text-sky-700 dark:text-slate-400 dark:hover:text-sky-400">
              {h.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
