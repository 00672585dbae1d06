import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NoteBody } from "@/components/NoteBody";
import { TableOfContents } from "@/components/TableOfContents";
import { getChapter, getNote } from "@/lib/content";
import { chapterParams } from "@/lib/content/routes";
import { renderNoteHtml } from "@/lib/content/render";

export function generateStaticParams() {
  return chapterParams();
}

type Params = { params: Promise<{ note: string; chapter: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const p = await params;
  const note = getNote(p.note);
  const chapter = note && getChapter(note, p.chapter);
  return { title: chapter && note ? `${chapter.title} · ${note.title}` : "Not found" };
}

export default async function ChapterPage({ params }: Params) {
  const p = await params;
  const note = getNote(p.note);
  const chapter = note && getChapter(note, p.chapter);
  if (!note || !chapter) notFound();
  const html = await renderNoteHtml(note, {
    markdown: chapter.markdown,
    firstLine: chapter.lines[0],
    offset: chapter.offset,
    chapter: chapter.slug,
  });
  return (
    <div className="flex gap-8">
      <div className="min-w-0 max-w-3xl flex-1">
        <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-500 dark:text-slate-400">
          <ol className="flex flex-wrap gap-1">
            <li><Link href="/" className="hover:underline">Notes</Link> <span aria-hidden="true">/</span></li>
            <li lang={note.lang}><Link href={`/notes/${note.slug}`} className="hover:underline">{note.title}</Link> <span aria-hidden="true">/</span></li>
            <li lang={chapter.lang} aria-current="page">{chapter.title}</li>
          </ol>
        </nav>
        <NoteBody html={html} lang={chapter.lang} />
        <nav aria-label="Chapters" className="mt-12 grid grid-cols-2 gap-4 border-t border-slate-200 pt-6 text-sm dark:border-slate-800">
          {chapter.prev ? (
            <Link href={`/notes/${note.slug}/${chapter.prev.slug}`} rel="prev" className="rounded-lg border border-slate-200 p-3 hover:border-sky-600 dark:border-slate-700">
              <span className="block text-xs text-slate-500 dark:text-slate-400">← Previous</span>
              <span lang={note.lang}>{chapter.prev.title}</span>
            </Link>
          ) : <span />}
          {chapter.next ? (
            <Link href={`/notes/${note.slug}/${chapter.next.slug}`} rel="next" className="rounded-lg border border-slate-200 p-3 text-right hover:border-sky-600 dark:border-slate-700">
              <span className="block text-xs text-slate-500 dark:text-slate-400">Next →</span>
              <span lang={note.lang}>{chapter.next.title}</span>
            </Link>
          ) : <span />}
        </nav>
      </div>
      <aside className="sticky top-20 hidden max-h-[calc(100vh-6rem)] w-64 shrink-0 self-start overflow-y-auto xl:block">
        <TableOfContents headings={chapter.headings} label="On this page" />
      </aside>
    </div>
  );
}
