import Link from "next/link";
import type { CategoryId, Note, TaxonomyCategory } from "@/lib/content/types";
import { collectTags, tagHref, tagKey } from "@/lib/portal/tags";
import { CategoryChips } from "./CategoryChips";
import { FilingWhy } from "./FilingWhy";
import { LangBadge } from "./LangBadge";
import { T } from "./T";

/** A note's metadata: date (or the date as written), language, tags, source file, categories. */
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
  const row = "grid grid-cols-1 gap-x-4 gap-y-0.5 py-1.5 sm:grid-cols-[10rem_1fr]";
  const dt =
    "text-xs font-medium uppercase tracking-wide text-slate-600 sm:pt-0.5 sm:text-sm sm:normal-case sm:tracking-normal dark:text-slate-400";
  return (
    <section
      data-ui-lang=""
      aria-labelledby="note-meta"
      className="mt-4 rounded-lg border border-slate-200 bg-slate-50/60 px-4 py-2 text-sm dark:border-slate-800 dark:bg-slate-900/60"
    >
      <h2 id="note-meta" className="sr-only">
        <T k="note.metadata" />
      </h2>
      <dl className="divide-y divide-slate-200/70 dark:divide-slate-800">
        <div className={row}>
          <dt className={dt}>
            <T k="note.date" />
          </dt>
          <dd data-meta="date">
            {note.date ? (
              <time dateTime={note.date} className="tabular-nums">
                {note.date}
              </time>
            ) : note.dateText ? (
              <>
                <code className="break-all">{note.dateText}</code>{" "}
                <span className="text-xs text-slate-600 dark:text-slate-400">
                  (<T k="note.dateRaw" />)
                </span>
              </>
            ) : (
              <span className="text-slate-600 dark:text-slate-400">
                <T k="note.noDate" />
              </span>
            )}
          </dd>
        </div>
        <div className={row}>
          <dt className={dt}>
            <T k="note.language" />
          </dt>
          <dd data-meta="language">
            <LangBadge lang={note.lang} />{" "}
            <code className="ml-1 text-xs text-slate-600 dark:text-slate-400">{note.lang}</code>
          </dd>
        </div>
        {noteTags.length > 0 && (
          <div className={row}>
            <dt className={dt}>
              <T k="note.tags" />
            </dt>
            <dd data-meta="tags">
              <ul className="flex flex-wrap gap-1">
                {noteTags.map((t) => (
                  <li key={t.slug}>
                    <Link
                      href={tagHref(t.slug)}
                      className="inline-flex rounded-full border border-slate-300 px-2 text-xs leading-6 hover:border-sky-600 hover:text-sky-800 dark:border-slate-600 dark:hover:border-sky-400 dark:hover:text-sky-300"
                    >
                      <span aria-hidden="true" className="text-slate-400">
                        #
                      </span>
                      <span lang={note.lang}>{t.label}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        <div className={row}>
          <dt className={dt}>
            <T k="note.categories" />
          </dt>
          <dd data-meta="categories">
            <CategoryChips ids={note.taxonomy} index={index} />
            <FilingWhy evidence={note.evidence} index={index} lang={note.lang} />
          </dd>
        </div>
        {note.categories.length > 0 && (
          <div className={row}>
            <dt className={dt}>
              <T k="note.frontCategories" />
            </dt>
            <dd lang={note.lang}>{note.categories.join(", ")}</dd>
          </div>
        )}
        <div className={row}>
          <dt className={dt}>
            <T k="note.source" />
          </dt>
          <dd data-meta="source">
            <code className="break-all text-xs">{note.file}</code>
          </dd>
        </div>
      </dl>
    </section>
  );
}
