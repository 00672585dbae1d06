import type { SnippetPart } from "@/lib/search/types";

/** Snippet or heading text with the query's matches in `<mark>`. */
export function Snippet({
  parts,
  className,
}: {
  parts: readonly SnippetPart[];
  className?: string;
}) {
  return (
    <span className={className}>
      {parts.map((p, i) =>
        p.hit ? (
          <mark
            key={i}
            className="rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-400/30 dark:text-amber-50"
          >
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </span>
  );
}
