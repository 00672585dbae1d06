import Link from "next/link";
import type { CategoryId, Note, TaxonomyCategory } from "@/lib/content/types";
import { collectTags, tagHref, tagKey } from "@/lib/portal/tags";
import { CategoryChips } from "./CategoryChips";
import { FilingWhy } from "./FilingWhy";
import { LangBadge } from "./LangBadge";
import { T } from "./T";

/**
 * The short line under a note's title: date, language, tags and categories. Only what a reader
 * uses: a date that is not a valid date, the source file and front-matter values that match no
 * category are build diagnostics, shown on /health and by `shiori check`, not here.
 */
export function NoteMeta({
  note,
  allNotes,
  index,
}: {
  note: Note;
  allNotes: Note[];
  index: Map<CategoryId, TaxonomyCategory>;
}) {
  const tags = collectTags(allNotes);
  const noteTags = [...new Set(note.tags.map(tagKey))]
    .map((key) => tags.find((t) => t.key === key))
    .filter((t) => t !== undefined);
  return (
    <div
      data-note-meta=""
      className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1.5 text-sm text-slate-600 dark:text-slate-400"
    >
      {note.date && (
        <span data-meta="date">
          <span data-ui-lang="" className="sr-only">
            <T k="note.date" />
          </span>
          <time dateTime={note.date} className="tabular-nums">
            {note.date}
          </time>
        </span>
      )}
      <span data-meta="language">
        <LangBadge lang={note.lang} />
      </span>
      {noteTags.length > 0 && (
        <ul data-meta="tags" className="flex flex-wrap gap-x-2 gap-y-1">
          {noteTags.map((t) => (
            <li key={t.slug}>
              <Link
                href={tagHref(t.slug)}
                className="hover:text-sky-800 hover:underline dark:hover:text-sky-300"
              >
                <span aria-hidden="true" className="text-slate-400">
                  #
                </span>
                <span lang={note.lang}>{t.label}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <span data-meta="categories" className="min-w-0 max-w-full">
        <CategoryChips ids={note.taxonomy} index={index} size="xs" />
      </span>
    </div>
  );
}

/**
 * Below a page's text: where it is filed and, on request, why (the terms that decided it). Kept
 * out of the way of reading; `shiori check --explain` prints the same evidence.
 */
export function FilingFooter({
  taxonomy,
  evidence,
  index,
  lang,
}: {
  taxonomy: Note["taxonomy"];
  evidence: Note["evidence"];
  index: Map<CategoryId, TaxonomyCategory>;
  lang: string;
}) {
  return (
    <section
      data-filing=""
      aria-labelledby="filing-heading"
      className="mt-10 border-t border-slate-200 pt-4 text-sm dark:border-slate-800"
    >
      <h2
        id="filing-heading"
        data-ui-lang=""
        className="mb-2 text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400"
      >
        <T k="note.categories" />
      </h2>
      <CategoryChips ids={taxonomy} index={index} size="xs" />
      <FilingWhy evidence={evidence} index={index} lang={lang} />
    </section>
  );
}
