import Link from "next/link";
import type { ContentModel } from "@/lib/content/types";

/** Left navigation: the notes and their chapters. */
export function Sidebar({ model }: { model: ContentModel }) {
  return (
    <nav
      aria-label="Notes"
      className="sticky top-14 hidden h-[calc(100vh-3.5rem)] w-72 shrink-0 overflow-y-auto border-r border-slate-200 px-3 py-4 text-sm lg:block dark:border-slate-800"
    >
      <ul className="space-y-1">
        {model.notes.map((note) => (
          <li key={note.slug}>
            <Link
              href={`/notes/${note.slug}`}
              lang={note.lang}
              className="block rounded px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800"
            >
              {note.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
