import Link from "next/link";
import type { ReactNode } from "react";
import type { CategoryId, TaxonomyCategory } from "@/lib/content/types";
import { isPrimaryIn, type CategoryContents } from "@/lib/portal/categories";
import { paginate, type PageSlice } from "@/lib/portal/paginate";
import { CategoryChips } from "./CategoryChips";
import { LangBadge } from "./LangBadge";
import { LinkItem } from "./LinkItem";
import { T } from "./T";
import type { MessageKey } from "@/lib/i18n/messages";
import { Section } from "./ui/Section";

/** One of a category page's lists, with its count, its range on this page and its empty states. */
function ListSection({
  id,
  title,
  count,
  slice,
  children,
}: {
  id: string;
  title: MessageKey;
  count: number;
  /** This page's part of the list; null when the list ended on an earlier page. */
  slice: PageSlice<unknown> | null;
  children: ReactNode;
}) {
  return (
    <Section
      id={id}
      data-section={id}
      className="mt-10 scroll-mt-32"
      titleClassName="mb-2 flex items-baseline gap-2 border-b border-slate-200 pb-1 text-lg font-semibold dark:border-slate-800"
      title={
        <>
          <T k={title} />
          <span className="text-sm font-normal tabular-nums text-slate-600 dark:text-slate-400">
            {count}
          </span>
          {slice && slice.pages > 1 && (
            <span
              data-range=""
              className="ml-auto text-xs font-normal tabular-nums text-slate-600 dark:text-slate-400"
            >
              <T
                k="pagination.range"
                vars={{ from: slice.from, to: slice.to, total: slice.total }}
              />
            </span>
          )}
        </>
      }
    >
      {count === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <T k="category.empty" />
        </p>
      ) : slice === null ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <T k="pagination.earlier" />
        </p>
      ) : (
        children
      )}
    </Section>
  );
}

/** A title of any length stays in the column: wrapped anywhere, cut after three lines. */
const rowLink = "row-title";

/**
 * What a category page lists: chapters, notes, links and checklist items, each with its
 * language. `showChips` adds each entry's categories (on area and unclassified pages). Page
 * `page` shows the `page`th hundred of each list (`PAGE_SIZE`).
 */
export function ContentLists({
  contents,
  index,
  showChips,
  page = 1,
  target = null,
}: {
  contents: CategoryContents;
  index: Map<CategoryId, TaxonomyCategory>;
  showChips: boolean;
  page?: number;
  /** The category whose page this is: pages filed here second are marked "also filed here". */
  target?: CategoryId | null;
}) {
  const also = (taxonomy: readonly CategoryId[]) =>
    target !== null && taxonomy.length > 0 && !isPrimaryIn(taxonomy, target) ? (
      <span data-also="" data-ui-lang="" className="chip chip-xs">
        <T k="filing.also" />
      </span>
    ) : null;
  const chapters = paginate(contents.chapters, page);
  const notes = paginate(contents.notes, page);
  const links = paginate(contents.links, page);
  const items = paginate(contents.items, page);
  return (
    <>
      <ListSection
        id="chapters"
        title="label.chapters"
        count={contents.chapters.length}
        slice={chapters}
      >
        <ul className="row-list">
          {chapters?.items.map((c) => (
            <li key={`${c.note}/${c.chapter}`} data-chapter-row="" className="row-wrap py-2">
              <Link href={c.url} lang={c.lang} className={rowLink}>
                {c.title}
              </Link>
              <LangBadge lang={c.lang} />
              {also(c.taxonomy)}
              <span className="row-meta basis-full sm:basis-auto" lang={c.lang}>
                {c.noteTitle}
              </span>
              {showChips && (
                <div className="basis-full">
                  <CategoryChips ids={c.taxonomy} index={index} size="xs" />
                </div>
              )}
            </li>
          ))}
        </ul>
      </ListSection>
      <ListSection id="notes" title="label.notes" count={contents.notes.length} slice={notes}>
        <ul className="row-list">
          {notes?.items.map((n) => (
            <li key={n.note} data-note-row="" className="row-wrap py-2">
              <Link href={n.url} lang={n.lang} className={rowLink}>
                {n.title}
              </Link>
              <LangBadge lang={n.lang} />
              {also(n.taxonomy)}
            </li>
          ))}
        </ul>
      </ListSection>
      <ListSection id="items" title="label.items" count={contents.items.length} slice={items}>
        <ul className="row-list">
          {items?.items.map((i) => (
            <li key={i.id} data-item-row="" className="py-2">
              <div className="flex items-baseline gap-2">
                <span aria-hidden="true" className="text-slate-400">
                  ☐
                </span>
                <div className="min-w-0 flex-1">
                  <Link href={i.url} lang={i.lang} className="cjk-text item-row-text">
                    {i.text}
                  </Link>
                  <div className="row-meta mt-0.5 flex flex-wrap items-baseline gap-2">
                    <LangBadge lang={i.lang} />
                    <span lang={i.noteLang}>{i.noteTitle}</span>
                  </div>
                </div>
              </div>
            </li>
          ))}
        </ul>
      </ListSection>
      <ListSection id="links" title="label.links" count={contents.links.length} slice={links}>
        <ul className="row-list">
          {links?.items.map((l) => (
            <LinkItem key={l.key} link={l} />
          ))}
        </ul>
      </ListSection>
    </>
  );
}
