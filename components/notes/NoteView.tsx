import Link from "next/link";
import { areaCrumb } from "@/components/AreaCrumb";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { CategoryChips } from "@/components/CategoryChips";
import { ChapterTaskBoxes } from "@/components/checklist/ChapterTaskBoxes";
import { readinessRef } from "@/lib/portal/model-json";
import { NoteBody } from "@/components/NoteBody";
import { RepairNotice } from "@/components/RepairNotice";
import HighlightOnArrival from "@/components/search/HighlightOnArrival";
import { FilingFooter, NoteMeta } from "@/components/NoteMeta";
import { NoteUpdated } from "@/components/NoteUpdated";
import { T } from "@/components/T";
import { TableOfContents } from "@/components/TableOfContents";
import { GENERATED_DIR, getContent } from "@/lib/content";
import type { Note } from "@/lib/content/types";
import { notePageUrl } from "@/lib/content/urls";
import { categoryIndex } from "@/lib/portal/categories";
import { pageHtml } from "@/lib/portal/page-html";
import { Backlinks } from "./Backlinks";
import { FolderContents } from "./FolderContents";
import { TranslationLinks } from "./TranslationLinks";
import { PAGE_TITLE } from "../ui/PageHeader";

/** A note's own page: title, a meta line, the text before its first chapter, its chapter list. */
export async function NoteView({ note }: { note: Note }) {
  const model = getContent();
  const index = categoryIndex(model);
  // A folder's index note is the folder's page: its notes are listed below it.
  const folder = model.folders.find((f) => f.index === note.slug);
  // The note's title is the page's h1; the overview's headings sit below it.
  // A body that opens with `# <the title>` would show the title twice: that heading is dropped
  // and the page h1 takes its id, so links to it still land.
  const { html, titleId } = await pageHtml(model, GENERATED_DIR, note, null);
  const headings = note.overviewHeadings.filter((h) => h.anchor !== titleId);
  const items = note.checklist
    .filter((i) => i.chapter === null)
    .map((i) => ({ id: i.id, text: i.plain, note: i.note, checked: i.checked }));
  const chapterBySlug = new Map(note.chapters.map((c) => [c.slug as string, c]));
  return (
    <div className="page-column flex gap-10">
      <div className="page-main min-w-0 flex-1">
        <Breadcrumbs
          crumbs={[
            areaCrumb(note.taxonomy, index),
            { href: null, label: note.title, lang: note.lang },
          ]}
        />
        <h1
          id={titleId ?? undefined}
          className={`cjk-text scroll-mt-20 leading-tight ${PAGE_TITLE}`}
          lang={note.lang}
        >
          {note.title}
        </h1>
        {note.summary && (
          <p className="cjk-text mt-2 text-slate-700 dark:text-slate-300" lang={note.lang}>
            {note.summary}
          </p>
        )}
        <NoteMeta note={note} allNotes={model.notes} index={index} />
        <TranslationLinks note={note} />
        {note.repair && <RepairNotice repair={note.repair} note={note.slug} />}
        <HighlightOnArrival />
        {note.overview.trim() && (
          <section className="mt-8" aria-labelledby="overview-heading">
            <h2 id="overview-heading" className="sr-only">
              <T k="note.overview" />
            </h2>
            <TableOfContents headings={headings} lang={note.lang} variant="inline" />
            <NoteBody html={html} lang={note.lang} />
            <ChapterTaskBoxes items={items} readiness={readinessRef(model) ?? undefined} />
          </section>
        )}
        {note.chapters.length > 0 && (
          <section aria-labelledby="chapters-heading" className="mt-10">
            <h2
              id="chapters-heading"
              className="mb-3 border-b border-slate-200 pb-1 text-xl font-semibold dark:border-slate-800"
            >
              <T k="note.chapters" />
              <span className="ml-2 text-sm font-normal tabular-nums text-slate-600 dark:text-slate-400">
                {note.chapters.length}
              </span>
            </h2>
            <ol className="divide-y divide-slate-100 dark:divide-slate-800/70" data-chapter-list="">
              {note.chapterList.map((entry) => {
                const chapter = chapterBySlug.get(entry.chapter);
                return (
                  <li key={`${entry.chapter}-${entry.anchor ?? entry.title}`} className="py-2">
                    <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                      <Link
                        href={notePageUrl(
                          note.slug,
                          entry.chapter,
                          entry.merged && entry.anchor ? entry.anchor : undefined,
                        )}
                        lang={chapter?.lang ?? note.lang}
                        className="cjk-text font-medium text-sky-800 hover:underline dark:text-sky-300"
                      >
                        {entry.title}
                      </Link>
                      {entry.merged && (
                        <span className="text-xs text-slate-600 dark:text-slate-400">
                          (<T k="note.merged" />)
                        </span>
                      )}
                    </div>
                    {chapter && !entry.merged && (
                      <div className="mt-1">
                        <CategoryChips ids={chapter.taxonomy} index={index} size="xs" />
                      </div>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        )}
        {folder && <FolderContents folder={folder} />}
        <NoteUpdated note={note} />
        <Backlinks note={note} page={null} />
        <FilingFooter
          taxonomy={note.taxonomy}
          evidence={note.evidence}
          index={index}
          lang={note.lang}
        />
      </div>
      {headings.length > 1 && (
        <aside
          data-toc-scroll=""
          className="sticky top-20 hidden max-h-[calc(100vh-6rem)] w-60 shrink-0 self-start overflow-y-auto xl:block"
        >
          <TableOfContents headings={headings} lang={note.lang} variant="aside" />
        </aside>
      )}
    </div>
  );
}
