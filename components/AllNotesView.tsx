import { NoteRow, noteListClass } from "@/components/NoteRow";
import Link from "next/link";
import type { ReactNode } from "react";
import type { ContentModel } from "@/lib/content/types";
import {
  allNotesHref,
  allNotesList,
  NOTE_SORTS,
  noteLangs,
  type AllNotesFilter,
} from "@/lib/portal/lists";
import { folderCrumbs } from "@/lib/portal/folders";
import { paginate } from "@/lib/portal/paginate";
import { Pagination, PageStatus } from "./Pagination";
import { T } from "./T";
import { PageHeader } from "./ui/PageHeader";

const chip =
  "inline-flex items-center rounded-full border px-3 py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600";
const chipIdle =
  "border-slate-300 hover:border-sky-600 hover:text-sky-800 dark:border-slate-600 dark:hover:border-sky-400 dark:hover:text-sky-300";
const chipOn =
  "border-sky-700 bg-sky-700 text-white dark:border-sky-300 dark:bg-sky-300 dark:text-slate-950";

/** A filter choice that is a plain link to the filtered list (marked when it is the one shown). */
export function FilterChip({
  href,
  on,
  children,
}: {
  href: string;
  on: boolean;
  children: ReactNode;
}) {
  return (
    <Link
      href={href}
      aria-current={on ? "page" : undefined}
      className={`${chip} ${on ? chipOn : chipIdle}`}
    >
      {children}
    </Link>
  );
}

/** A labelled row of filter chips. */
export function FilterRow({
  id,
  label,
  children,
}: {
  id: string;
  label: ReactNode;
  children: ReactNode;
}) {
  return (
    <div role="group" aria-labelledby={id} className="flex flex-wrap items-center gap-2">
      <span
        id={id}
        className="mr-2 w-full text-xs font-semibold uppercase tracking-wide text-slate-600 sm:w-20 dark:text-slate-400"
      >
        {label}
      </span>
      {children}
    </div>
  );
}

/**
 * The all-notes index: every note a hundred a page, filtered by language and ordered by folder
 * or date. Filters and pages are addresses (`/all-notes/lang/ja/sort/newest/page/2`), so this is
 * plain HTML in the static export.
 */
export function AllNotesView({
  model,
  filter,
  page,
}: {
  model: Pick<ContentModel, "notes"> & Partial<Pick<ContentModel, "folders">>;
  filter: AllNotesFilter;
  page: number;
}) {
  const slice = paginate(allNotesList(model, filter), page);
  if (!slice) return null;
  // In folder order the notes are grouped under their folder (newest first is one list).
  const folders = new Map((model.folders ?? []).map((f) => [f.path, f]));
  const groups: {
    folder: string;
    trail: { href: string; label: string }[];
    notes: typeof slice.items;
  }[] = [];
  for (const note of slice.items) {
    const folder = filter.sort === null ? note.folder : "";
    const last = groups[groups.length - 1];
    if (last && last.folder === folder) last.notes.push(note);
    else {
      const f = folders.get(folder);
      const trail = f ? folderCrumbs({ folders: [...folders.values()] }, f) : [];
      groups.push({ folder, trail, notes: [note] });
    }
  }
  const langs = noteLangs(model);
  return (
    <div className="page-column page-narrow">
      <PageHeader
        crumbs={[{ href: null, label: <T k="nav.allNotes" /> }]}
        title={<T k="nav.allNotes" />}
        intro={<T k="nav.allNotesIntro" />}
      />
      <div
        data-note-filters=""
        className="mt-6 space-y-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800"
      >
        <FilterRow id="note-filter-lang" label={<T k="links.filterLang" />}>
          <FilterChip href={allNotesHref({ ...filter, lang: null })} on={filter.lang === null}>
            <T k="links.all" />
          </FilterChip>
          {langs.map((l) => (
            <FilterChip key={l} href={allNotesHref({ ...filter, lang: l })} on={filter.lang === l}>
              <T k={`lang.${l}`} />
            </FilterChip>
          ))}
        </FilterRow>
        <FilterRow id="note-filter-sort" label={<T k="nav.sortLabel" />}>
          <FilterChip href={allNotesHref({ ...filter, sort: null })} on={filter.sort === null}>
            <T k="nav.sortFolder" />
          </FilterChip>
          {NOTE_SORTS.map((s) => (
            <FilterChip key={s} href={allNotesHref({ ...filter, sort: s })} on={filter.sort === s}>
              <T k="nav.sortNewest" />
            </FilterChip>
          ))}
        </FilterRow>
      </div>
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400" data-note-count={slice.total}>
        <T k="count.notes" vars={{ count: slice.total }} />
      </p>
      <PageStatus slice={slice} />
      {groups.map((group, i) => (
        <section key={`${group.folder}-${i}`} className="mt-3" data-all-notes-folder={group.folder}>
          {group.trail.length > 0 && (
            <h2 className="mt-6 mb-2 flex flex-wrap items-center gap-x-1.5 text-sm font-semibold text-slate-700 dark:text-slate-300">
              <span aria-hidden="true" className="text-slate-400">
                ▸
              </span>
              {group.trail.map((c, k) => (
                <span key={c.href} className="flex items-center gap-x-1.5">
                  {k > 0 && (
                    <span aria-hidden="true" className="text-slate-400">
                      ›
                    </span>
                  )}
                  <Link
                    href={c.href}
                    className="hover:text-sky-800 hover:underline dark:hover:text-sky-300"
                  >
                    {c.label}
                  </Link>
                </span>
              ))}
            </h2>
          )}
          <ul data-all-notes-list="" className={noteListClass}>
            {group.notes.map((n) => (
              <NoteRow key={n.slug} note={n}>
                {n.date && <time dateTime={n.date}>{n.date}</time>}
                {n.date && " · "}
                {n.chapters.length > 0 ? (
                  <T k="count.chapters" vars={{ count: n.chapters.length }} />
                ) : (
                  <T k="note.singlePage" />
                )}
              </NoteRow>
            ))}
          </ul>
        </section>
      ))}
      <Pagination page={slice.page} pages={slice.pages} href={(p) => allNotesHref(filter, p)} />
    </div>
  );
}
