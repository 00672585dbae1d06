import Link from "next/link";
import type { ReactNode } from "react";
import type { Note } from "@/lib/content/types";
import { ALL_NOTES_URL, INLINE_NOTES_MAX } from "@/lib/portal/nav";
import { LangBadge } from "./LangBadge";
import { T } from "./T";
import { notePageUrl } from "@/lib/content/urls";

/**
 * One note in a list (dashboard, all-notes index, tag pages, 404): its title in its own language,
 * cut after three lines so a very long title never widens the page, its language badge and
 * optional facts (date, chapters…) on the right. `compact` is the unboxed variant.
 */
export function NoteRow({
  note,
  compact = false,
  children,
}: {
  note: Pick<Note, "slug" | "title" | "lang">;
  compact?: boolean;
  children?: ReactNode;
}) {
  return (
    <li
      className={
        compact
          ? "flex flex-wrap items-baseline gap-2"
          : "flex flex-wrap items-baseline gap-x-3 gap-y-1 px-3 py-2.5"
      }
    >
      <Link
        href={notePageUrl(note.slug)}
        lang={note.lang}
        className={`line-clamp-3 min-w-0 text-sky-800 [overflow-wrap:anywhere] hover:underline dark:text-sky-300 ${compact ? "" : "font-medium"}`}
      >
        {note.title}
      </Link>
      <LangBadge lang={note.lang} />
      {children && (
        <span className="ml-auto text-xs tabular-nums text-slate-600 dark:text-slate-400">
          {children}
        </span>
      )}
    </li>
  );
}

/** The boxed list `NoteRow`s go in. */
export const noteListClass =
  "divide-y divide-slate-100 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800";

/** "All notes (N) →" under a list that shows only the first notes of a big site. */
export function AllNotesLink({ total }: { total: number }) {
  if (total <= INLINE_NOTES_MAX) return null;
  return (
    <p className="mt-3 text-sm">
      <Link
        href={ALL_NOTES_URL}
        data-all-notes=""
        className="font-medium text-sky-800 hover:underline dark:text-sky-300"
      >
        <T k="nav.allNotes" /> ({total}) →
      </Link>
    </p>
  );
}
