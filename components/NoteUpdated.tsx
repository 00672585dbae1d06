import { getContent } from "@/lib/content";
import type { Note } from "@/lib/content/types";
import { editLink, siteConfig } from "@/lib/portal/site-config";
import { T } from "./T";

/**
 * A small line at the end of a note: when it last changed (the last commit touching the file, else
 * its frontmatter date or file time; lib/content/updated.ts) and, with SHIORI_EDIT_URL set, a link
 * to edit the file in its repository.
 */
export function NoteUpdated({ note }: { note: Note }) {
  const updated = getContent().updated?.[note.slug] ?? null;
  const edit = editLink(siteConfig().editUrl, note.path);
  if (!updated && !edit) return null;
  return (
    <p
      data-ui-lang=""
      data-note-updated=""
      className="mt-10 flex flex-wrap gap-x-4 gap-y-1 border-t border-slate-200 pt-3 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400"
    >
      {updated && (
        <span data-source={updated.source}>
          <T k="note.updated" />{" "}
          {/* The day as the commit (or frontmatter) wrote it; the full time on hover. */}
          <time dateTime={updated.date} title={updated.date} className="tabular-nums">
            {updated.date.slice(0, 10)}
          </time>
        </span>
      )}
      {edit && (
        <a
          href={edit}
          rel="noopener noreferrer"
          className="text-sky-800 hover:underline dark:text-sky-300"
        >
          <T k="note.editPage" />
        </a>
      )}
    </p>
  );
}
