import Link from "next/link";
import { getNotes } from "@/lib/content";

export default function HomePage() {
  const notes = getNotes();
  return (
    <div className="max-w-4xl">
      <h1 className="mb-6 text-2xl font-bold">Notes</h1>
      <ul className="space-y-3">
        {notes.map((note) => (
          <li key={note.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <Link href={`/notes/${note.slug}`} lang={note.lang} className="text-lg font-medium text-sky-700 hover:underline dark:text-sky-400">
              {note.title}
            </Link>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
              {note.lang} · {note.chapters.length ? `${note.chapters.length} chapters` : "single page"} ·{" "}
              {note.checklist.length} checklist items
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
