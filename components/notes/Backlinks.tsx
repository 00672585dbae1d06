import Link from "next/link";
import type { ChapterSlug, Note } from "@/lib/content/types";
import { notePageUrl } from "@/lib/content/urls";
import { T } from "../T";

/**
 * "Linked from": the notes and chapters whose links lead to this page. A note page lists every
 * link to the note (any of its chapters); a chapter page the links that land on it.
 */
export function Backlinks({ note, page }: { note: Note; page: ChapterSlug | null }) {
  const links = page === null ? note.backlinks : note.backlinks.filter((b) => b.landsOn === page);
  if (links.length === 0) return null;
  const seen = new Set<string>();
  const rows = links.filter((b) => {
    const key = `${b.note}\0${b.chapter ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return (
    <section
      aria-labelledby="backlinks-heading"
      data-backlinks=""
      className="mt-12 border-t border-slate-200 pt-6 dark:border-slate-800"
    >
      <h2 id="backlinks-heading" data-ui-lang="" className="mb-2 text-base font-semibold">
        <T k="note.backlinks" />
        <span className="ml-2 text-sm font-normal tabular-nums text-slate-600 dark:text-slate-400">
          {rows.length}
        </span>
      </h2>
      <ul className="space-y-1 text-sm">
        {rows.map((b) => (
          <li key={`${b.note}-${b.chapter ?? ""}`}>
            <Link
              href={notePageUrl(b.note, b.chapter)}
              lang={b.lang}
              className="cjk-text text-sky-800 hover:underline [overflow-wrap:anywhere] dark:text-sky-300"
            >
              {b.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
