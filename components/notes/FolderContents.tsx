import Link from "next/link";
import { getContent, getNote } from "@/lib/content";
import type { Folder } from "@/lib/content/types";
import { notePageUrl } from "@/lib/content/urls";
import { folderNoteCount } from "@/lib/portal/folders";
import { NoteRow, noteListClass } from "../NoteRow";
import { T } from "../T";

/** A folder's sub-folders and notes in reading order, for its page (generated or its index note's). */
export function FolderContents({ folder, heading = true }: { folder: Folder; heading?: boolean }) {
  const model = getContent();
  if (folder.entries.length === 0) return null;
  return (
    <section
      aria-labelledby={heading ? "folder-contents" : undefined}
      className="mt-10"
      data-folder-contents=""
    >
      {heading && (
        <h2
          id="folder-contents"
          data-ui-lang=""
          className="mb-3 border-b border-slate-200 pb-1 text-xl font-semibold dark:border-slate-800"
        >
          <T k="folder.contents" />
        </h2>
      )}
      <ul className={noteListClass}>
        {folder.entries.map((entry) => {
          if (entry.kind === "note") {
            const note = getNote(entry.slug);
            return note ? <NoteRow key={entry.slug} note={note} /> : null;
          }
          const sub = model.folders.find((f) => f.path === entry.path);
          if (!sub) return null;
          const index = sub.index !== null ? getNote(sub.index) : undefined;
          return (
            <li
              key={sub.path}
              className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-3 py-2.5"
            >
              <span aria-hidden="true" className="text-slate-500 dark:text-slate-400">
                ▸
              </span>
              <Link
                href={notePageUrl(sub.slug)}
                lang={index?.lang}
                data-folder-link=""
                className="line-clamp-3 min-w-0 font-medium text-sky-800 [overflow-wrap:anywhere] hover:underline dark:text-sky-300"
              >
                {sub.title}
              </Link>
              <span className="ml-auto text-xs tabular-nums text-slate-600 dark:text-slate-400">
                <T k="count.notes" vars={{ count: folderNoteCount(model, sub) }} />
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
