import Link from "next/link";
import type { Lang } from "@/lib/content/types";
import { labelsByLocale, type LocalizedTexts } from "@/lib/i18n/messages";
import type { LinkRow } from "@/lib/portal/categories";
import type { LinkCatalog } from "@/lib/portal/links";
import {
  cachedCatalogEntries,
  linksHref,
  UNCLASSIFIED_AREA,
  type CatalogEntry,
  type LinkFilter,
} from "@/lib/portal/lists";
import { paginate } from "@/lib/portal/paginate";
import { FilterChip, FilterRow } from "./AllNotesView";
import { LinkItem } from "./LinkItem";
import { LinkQueryRedirect } from "./LinkQueryRedirect";
import { Pagination, PageStatus } from "./Pagination";
import { Localized } from "./Localized";
import { T } from "./T";

interface SectionInfo {
  labels: LocalizedTexts;
  /** Links in this section under the current filter (on every page). */
  count: number;
}

/** Consecutive entries of one area, and within it of one section (null under unclassified). */
function group(entries: CatalogEntry[]) {
  const areas: {
    area: string;
    sections: { section: string | null; links: (LinkRow | null)[] }[];
  }[] = [];
  for (const e of entries) {
    let a = areas.at(-1);
    if (!a || a.area !== e.area) areas.push((a = { area: e.area, sections: [] }));
    let s = a.sections.at(-1);
    if (!s || s.section !== e.section) a.sections.push((s = { section: e.section, links: [] }));
    s.links.push(e.link);
  }
  return areas;
}

const sectionDomId = (id: string) => `sec-${id.replace("/", "--")}`;

/**
 * The link catalog: every external link under its area and subcategory, a hundred a page, with
 * filters by area and by language. Filters and pages are addresses
 * (`/links/area/capacity/lang/ja/page/2`), so a filter covers every page, works without
 * JavaScript and each page is a plain file of the static export.
 */
export function LinkCatalogView({
  catalog,
  filter,
  page,
}: {
  catalog: LinkCatalog;
  filter: LinkFilter;
  page: number;
}) {
  const { entries, shown } = cachedCatalogEntries(catalog, filter);
  const slice = paginate(entries, page);
  if (!slice) return null;
  const areaLabels = new Map<string, { url: string; labels: LocalizedTexts }>(
    catalog.areas.map((g) => [g.area.id, { url: g.url, labels: labelsByLocale(g.area.labels) }]),
  );
  const sections = new Map<string, SectionInfo>();
  for (const g of catalog.areas)
    for (const s of g.sections)
      sections.set(s.category.id, { labels: labelsByLocale(s.category.labels), count: 0 });
  for (const e of entries) if (e.link && e.section) sections.get(e.section)!.count++;
  const langs: Lang[] = catalog.langs;
  const filtering = filter.area !== null || filter.lang !== null;

  return (
    <>
      <LinkQueryRedirect
        areas={[...catalog.areas.map((g) => g.area.id as string), UNCLASSIFIED_AREA]}
        langs={langs}
      />
      <div
        className="mt-6 space-y-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800"
        data-link-filters=""
      >
        <FilterRow id="link-filter-area" label={<T k="links.filterArea" />}>
          <FilterChip href={linksHref({ ...filter, area: null })} on={filter.area === null}>
            <T k="links.all" />
          </FilterChip>
          {catalog.areas.map((g) => (
            <FilterChip
              key={g.area.id}
              href={linksHref({ ...filter, area: g.area.id })}
              on={filter.area === g.area.id}
            >
              <Localized texts={labelsByLocale(g.area.labels)} />
            </FilterChip>
          ))}
          <FilterChip
            href={linksHref({ ...filter, area: UNCLASSIFIED_AREA })}
            on={filter.area === UNCLASSIFIED_AREA}
          >
            <T k="category.unclassified" />
          </FilterChip>
        </FilterRow>
        <FilterRow id="link-filter-lang" label={<T k="links.filterLang" />}>
          <FilterChip href={linksHref({ ...filter, lang: null })} on={filter.lang === null}>
            <T k="links.all" />
          </FilterChip>
          {langs.map((l) => (
            <FilterChip key={l} href={linksHref({ ...filter, lang: l })} on={filter.lang === l}>
              <T k={`lang.${l}`} />
            </FilterChip>
          ))}
        </FilterRow>
      </div>
      <p className="mt-3 text-sm text-slate-600 dark:text-slate-400" data-link-count={shown}>
        <T k="links.showing" vars={{ shown, total: catalog.total }} />
      </p>
      <PageStatus slice={slice} />
      {shown === 0 && filtering && (
        <p className="mt-6 text-slate-700 dark:text-slate-300">
          <T k="links.none" />
        </p>
      )}
      {group(slice.items).map((a) =>
        a.area === UNCLASSIFIED_AREA ? (
          <section
            key={a.area}
            aria-labelledby="area-unclassified"
            data-link-area={UNCLASSIFIED_AREA}
            className="mt-10"
          >
            <h2
              id="area-unclassified"
              className="border-b border-dashed border-slate-300 pb-1 text-xl font-semibold dark:border-slate-700"
            >
              <Link
                href="/categories/unclassified"
                className="hover:text-sky-800 hover:underline dark:hover:text-sky-300"
              >
                <T k="category.unclassified" />
              </Link>
            </h2>
            <ul className="row-list">
              {a.sections
                .flatMap((s) => s.links)
                .map((l) => l && <LinkItem key={l.key} link={l} />)}
            </ul>
          </section>
        ) : (
          <section
            key={a.area}
            aria-labelledby={`area-${a.area}`}
            data-link-area={a.area}
            className="mt-10"
          >
            <h2
              id={`area-${a.area}`}
              className="border-b border-slate-200 pb-1 text-xl font-semibold dark:border-slate-800"
            >
              <Link
                href={areaLabels.get(a.area)!.url}
                className="hover:text-sky-800 hover:underline dark:hover:text-sky-300"
              >
                <Localized texts={areaLabels.get(a.area)!.labels} />
              </Link>
            </h2>
            {a.sections.map((s) => {
              const info = sections.get(s.section!)!;
              const links = s.links.filter((l) => l !== null);
              return (
                <section
                  key={s.section}
                  aria-labelledby={sectionDomId(s.section!)}
                  data-link-section={s.section}
                  className="mt-5"
                >
                  <h3
                    id={sectionDomId(s.section!)}
                    className="flex items-baseline gap-2 text-base font-semibold text-slate-800 dark:text-slate-200"
                  >
                    <Localized texts={info.labels} />
                    <span className="text-sm font-normal tabular-nums text-slate-600 dark:text-slate-400">
                      {info.count}
                    </span>
                  </h3>
                  {links.length === 0 ? (
                    <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                      <T k="category.empty" />
                    </p>
                  ) : (
                    <ul className="row-list">
                      {links.map((l) => (
                        <LinkItem key={l.key} link={l} />
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </section>
        ),
      )}
      <Pagination page={slice.page} pages={slice.pages} href={(n) => linksHref(filter, n)} />
    </>
  );
}
