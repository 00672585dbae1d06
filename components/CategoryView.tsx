import { UNCLASSIFIED } from "@/lib/content/category-ids";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AreaProgress } from "@/components/checklist/AreaProgress";
import type { CategoryId, ContentModel } from "@/lib/content/types";
import { i18nAttr } from "@/lib/i18n/attrs";
import { labelsByLocale, translations } from "@/lib/i18n/messages";
import { categoryIndex, type ResolvedCategory } from "@/lib/portal/categories";
import { countsOf, summarize } from "@/lib/portal/dashboard";
import { categoryContents, categoryPageCount } from "@/lib/portal/lists";
import { progressProps } from "@/lib/portal/progress";
import { listHref } from "@/lib/portal/paginate";
import { ContentLists } from "./ContentLists";
import { CountsLine } from "./CountsLine";
import { Pagination } from "./Pagination";
import { Localized } from "./Localized";
import { T } from "./T";
import { PageHeader } from "./ui/PageHeader";
import { Section } from "./ui/Section";

/**
 * An area, a subcategory, or (category null) the unclassified view. Its lists are long on a big
 * site: page N (`…/page/N`) shows the Nth hundred of each.
 */
export function CategoryView({
  model,
  resolved,
  page = 1,
}: {
  model: ContentModel;
  resolved: ResolvedCategory | null;
  page?: number;
}) {
  const target = resolved ? resolved.id : UNCLASSIFIED;
  const contents = categoryContents(model, target);
  const pages = categoryPageCount(contents);
  if (page > pages) notFound();
  const pageHref = (n: number) => listHref(`/categories/${target}`, [], n);
  const index = categoryIndex(model);
  const title = resolved ? (
    <Localized texts={labelsByLocale(resolved.category.labels)} />
  ) : (
    <T k="category.unclassified" />
  );
  const crumbs = resolved?.sub
    ? [
        {
          href: `/categories/${resolved.area.id}`,
          label: <Localized texts={labelsByLocale(resolved.area.labels)} />,
        },
        { href: null, label: title },
      ]
    : [{ href: null, label: title }];
  const subs =
    resolved && !resolved.sub ? resolved.area.children.map((c) => summarize(model, c.id, c)) : [];
  return (
    <div className="page-column page-narrow">
      <PageHeader
        crumbs={crumbs}
        title={title}
        intro={resolved ? undefined : <T k="category.unclassifiedIntro" />}
      />
      <CountsLine counts={countsOf(contents)} className="mt-2" />
      {contents.items.length > 0 && (
        <div className="mt-4 max-w-md">
          <AreaProgress {...progressProps(model, target)} label={translations("progress.label")} />
        </div>
      )}
      {subs.length > 0 && (
        <Section id="subcategories" title={<T k="category.subcategories" />}>
          <ul className="grid gap-3 sm:grid-cols-2">
            {subs.map((s) => (
              <li
                key={s.id}
                className="rounded-lg border border-slate-200 p-3 dark:border-slate-800"
              >
                <Link
                  href={s.url}
                  className="font-medium text-sky-800 hover:underline dark:text-sky-300"
                >
                  {s.category && <Localized texts={labelsByLocale(s.category.labels)} />}
                </Link>
                <CountsLine counts={s.counts} className="mt-1 text-xs" />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {pages > 1 && (
        <p data-page-status="" className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          <T k="pagination.pageOf" vars={{ page, pages }} />
        </p>
      )}
      <nav
        {...i18nAttr("aria-label", "category.onThisPage")}
        data-category-sections=""
        data-ui-lang=""
        className="sticky top-14 z-10 -mx-2 mt-6 flex flex-wrap gap-2 bg-white/95 px-2 py-2 backdrop-blur dark:bg-slate-950/95"
      >
        {(
          [
            ["chapters", "label.chapters", contents.chapters.length],
            ["notes", "label.notes", contents.notes.length],
            ["items", "label.items", contents.items.length],
            ["links", "label.links", contents.links.length],
          ] as const
        ).map(([id, label, count]) => (
          <a
            key={id}
            href={`#${id}`}
            className="inline-flex items-center gap-1.5 rounded-full border border-slate-300 px-3 py-1 text-sm hover:border-sky-600 hover:text-sky-800 dark:border-slate-600 dark:hover:border-sky-400 dark:hover:text-sky-300"
          >
            <T k={label} />
            <span className="tabular-nums text-slate-600 dark:text-slate-400">{count}</span>
          </a>
        ))}
      </nav>
      <ContentLists
        contents={contents}
        index={index}
        showChips={!resolved?.sub}
        page={page}
        target={resolved ? (resolved.id as CategoryId) : null}
      />
      <Pagination page={page} pages={pages} href={pageHref} />
    </div>
  );
}
