import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NoteBody } from "@/components/NoteBody";
import { TableOfContents } from "@/components/TableOfContents";
import { getNote } from "@/lib/content";
import { noteParams } from "@/lib/content/routes";
import { renderNoteHtml } from "@/lib/content/render";

export function generateStaticParams() {
  return noteParams();
}

type Params = { params: Promise<{ note: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const note = getNote((await params).note);
  return { title: note?.title ?? "Not found" };
}

export default async function NotePage({ params }: Params) {
  const note = getNote((await params).note);
  if (!note) notFound();
  const html = await renderNoteHtml(note, {
    markdown: note.overview,
    firstLine: note.overviewLine,
    offset: note.overviewOffset,
    chapter: null,
  });
  return (
    <div className="flex gap-8">
      <div className="min-w-0 max-w-3xl flex-1">
        <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-500 dark:text-slate-400">
          <Link href="/" className="hover:underline">Notes</Link> <span aria-hidden="true">/</span>
        </nav>
        <h1 className="text-3xl font-bold leading-tight" lang={note.lang}>{note.title}</h1>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
          <dt>Date</dt>
          <dd>{note.date ?? (note.dateText ? <span title="Not a valid date; shown as written">{note.dateText}</span> : "—")}</dd>
          <dt>Language</dt>
          <dd>{note.lang}</dd>
          {note.tags.length > 0 && (<><dt>Tags</dt><dd>{note.tags.join(", ")}</dd></>)}
          <dt>Source</dt>
          <dd><code>{note.file}</code></dd>
        </dl>
        {note.chapters.length > 0 && (
          <section aria-labelledby="chapters-heading" className="mt-8">
            <h2 id="chapters-heading" className="mb-3 text-xl font-semibold">Chapters</h2>
            <ol className="space-y-1">
              {note.chapterList.map((entry) => (
                <li key={`${entry.chapter}-${entry.anchor ?? entry.title}`}>
                  <Link
                    href={`/notes/${note.slug}/${entry.chapter}${entry.merged && entry.anchor ? `#${entry.anchor}` : ""}`}
                    lang={note.lang}
                    className="text-sky-700 hover:underline dark:text-sky-400"
                  >
                    {entry.title}
                  </Link>
                  {entry.merged && <span className="ml-2 text-xs text-slate-500 dark:text-slate-400">(empty; on the next page)</span>}
                </li>
              ))}
            </ol>
          </section>
        )}
        {note.overview.trim() && (
          <section className="mt-8" aria-label="Overview">
            <NoteBody html={html} lang={note.lang} />
          </section>
        )}
      </div>
      <aside className="sticky top-20 hidden max-h-[calc(100vh-6rem)] w-64 shrink-0 self-start overflow-y-auto xl:block">
        <TableOfContents headings={note.overviewHeadings} label="On this page" />
      </aside>
    </div>
  );
}
