import Link from "next/link";
import { areaCrumb } from "@/components/AreaCrumb";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { CategoryChips } from "@/components/CategoryChips";
import { ChapterTaskBoxes } from "@/components/checklist/ChapterTaskBoxes";
import { readinessRef } from "@/lib/portal/model-json";
import { LangBadge } from "@/components/LangBadge";
import { NoteBody } from "@/components/NoteBody";
import { NoteUpdated } from "@/components/NoteUpdated";
import { RepairNotice } from "@/components/RepairNotice";
import HighlightOnArrival from "@/components/search/HighlightOnArrival";
import { T } from "@/components/T";
import { TableOfContents } from "@/components/TableOfContents";
import { GENERATED_DIR, getContent } from "@/lib/content";
import type { Chapter, Note } from "@/lib/content/types";
import { notePageUrl } from "@/lib/content/urls";
import { i18nAttr } from "@/lib/i18n/attrs";
import { categoryIndex } from "@/lib/portal/categories";
import { pageHtml } from "@/lib/portal/page-html";
import { chapterPosition } from "@/lib/portal/folders";
import { FilingFooter } from "../NoteMeta";
import { Backlinks } from "./Backlinks";

/** One chapter of a long note: its text, table of contents, checklist boxes and prev/next. */
export async function ChapterView({ note, chapter }: { note: Note; chapter: Chapter }) {
  const model = getContent();
  const index = categoryIndex(model);
  const position = chapterPosition(note, chapter);
  // Rendered by prebuild (lib/portal/prerender.ts); the chapter's own heading is the page's h1.
  const { html } = await pageHtml(model, GENERATED_DIR, note, chapter);
  const items = note.checklist
    .filter((i) => i.chapter === chapter.slug)
    .map((i) => ({ id: i.id, text: i.plain, note: i.note, checked: i.checked }));
  // The chapter's own heading is the page's h1 (rendered in the body); the rest go in the TOC.
  const tocHeadings = chapter.headings.filter((h) => h.anchor !== chapter.anchor);
  const pager =
    "group flex min-w-0 flex-col rounded-lg border border-slate-200 p-3 hover:border-sky-600 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-700 dark:hover:border-sky-400";
  return (
    <div className="page-column flex gap-10">
      <div className="page-main min-w-0 flex-1">
        <Breadcrumbs
          crumbs={[
            // The chapter's own primary category (Unclassified when it has none), as the lists file it.
            areaCrumb(chapter.taxonomy, index),
            { href: notePageUrl(note.slug), label: note.title, lang: note.lang },
            { href: null, label: chapter.title, lang: chapter.lang },
          ]}
        />
        <div className="mb-4 flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
          <span data-ui-lang="">
            <T k={position.key} vars={{ n: position.n, total: position.total }} />
          </span>
          <LangBadge lang={chapter.lang} />
          <CategoryChips ids={chapter.taxonomy} index={index} size="xs" />
        </div>
        {note.repair && <RepairNotice repair={note.repair} note={note.slug} />}
        <TableOfContents headings={tocHeadings} lang={chapter.lang} variant="inline" />
        <NoteBody html={html} lang={chapter.lang} />
        <ChapterTaskBoxes items={items} readiness={readinessRef(model) ?? undefined} />
        <NoteUpdated note={note} />
        <Backlinks note={note} page={chapter.slug} />
        <FilingFooter
          taxonomy={chapter.taxonomy}
          evidence={chapter.evidence}
          index={index}
          lang={chapter.lang}
        />
        <HighlightOnArrival />
        <nav
          {...i18nAttr("aria-label", "chapter.pager")}
          data-ui-lang=""
          className="mt-12 grid gap-3 border-t border-slate-200 pt-6 text-sm sm:grid-cols-2 dark:border-slate-800"
        >
          {chapter.prev ? (
            <Link href={notePageUrl(note.slug, chapter.prev.slug)} rel="prev" className={pager}>
              <span className="text-xs text-slate-600 dark:text-slate-400">
                ← <T k="chapter.prev" />
              </span>
              <span
                lang={note.lang}
                className="cjk-text font-medium text-sky-800 group-hover:underline dark:text-sky-300"
              >
                {chapter.prev.title}
              </span>
            </Link>
          ) : (
            <span className="hidden sm:block" />
          )}
          {chapter.next && (
            <Link
              href={notePageUrl(note.slug, chapter.next.slug)}
              rel="next"
              className={`${pager} sm:items-end sm:text-right`}
            >
              <span className="text-xs text-slate-600 dark:text-slate-400">
                <T k="chapter.next" /> →
              </span>
              <span
                lang={note.lang}
                className="cjk-text font-medium text-sky-800 group-hover:underline dark:text-sky-300"
              >
                {chapter.next.title}
              </span>
            </Link>
          )}
        </nav>
      </div>
      {tocHeadings.length > 1 && (
        <aside
          data-toc-scroll=""
          className="sticky top-20 hidden max-h-[calc(100vh-6rem)] w-60 shrink-0 self-start overflow-y-auto xl:block"
        >
          <TableOfContents headings={tocHeadings} lang={chapter.lang} variant="aside" />
        </aside>
      )}
    </div>
  );
}
