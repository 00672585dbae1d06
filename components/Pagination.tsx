import Link from "next/link";
import { i18nAttr } from "@/lib/i18n/attrs";
import { pageWindow, type PageSlice } from "@/lib/portal/paginate";
import { T } from "./T";

const cell =
  "inline-flex min-w-9 items-center justify-center rounded-md border px-2.5 py-1.5 text-sm tabular-nums";
const idle =
  "border-slate-300 text-slate-800 hover:border-sky-600 hover:text-sky-800 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-700 dark:text-slate-200 dark:hover:border-sky-400 dark:hover:text-sky-300";
const current =
  "border-sky-700 bg-sky-700 font-semibold text-white dark:border-sky-300 dark:bg-sky-300 dark:text-slate-950";

/** "Page 2 of 7 · 101–200 of 650": where the reader is in a long list (above the list). */
export function PageStatus({
  slice,
}: {
  slice: Pick<PageSlice<unknown>, "page" | "pages" | "from" | "to" | "total">;
}) {
  if (slice.pages < 2) return null;
  return (
    <p data-page-status="" className="mt-3 text-sm text-slate-600 dark:text-slate-400">
      <T k="pagination.pageOf" vars={{ page: slice.page, pages: slice.pages }} />
      {" · "}
      <T k="pagination.range" vars={{ from: slice.from, to: slice.to, total: slice.total }} />
    </p>
  );
}

/**
 * Previous / numbered / next links between the pages of a long list (nothing when there is one
 * page). Every page is a plain address (`href(n)`), so this works without JavaScript and in the
 * static export.
 */
export function Pagination({
  page,
  pages,
  href,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
}) {
  if (pages < 2) return null;
  return (
    <nav
      {...i18nAttr("aria-label", "pagination.label")}
      data-ui-lang=""
      data-pagination=""
      className="mt-8"
    >
      <ul className="flex flex-wrap items-center gap-1.5">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev" className={`${cell} ${idle}`}>
              <span aria-hidden="true">←&nbsp;</span>
              <T k="pagination.previous" />
            </Link>
          </li>
        )}
        {pageWindow(page, pages).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-500">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                href={href(n)}
                aria-current={n === page ? "page" : undefined}
                data-page={n}
                className={`${cell} ${n === page ? current : idle}`}
              >
                <span className="sr-only">
                  <T k="pagination.page" vars={{ page: n }} />
                </span>
                <span aria-hidden="true">{n}</span>
              </Link>
            </li>
          ),
        )}
        {page < pages && (
          <li>
            <Link href={href(page + 1)} rel="next" className={`${cell} ${idle}`}>
              <T k="pagination.next" />
              <span aria-hidden="true">&nbsp;→</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
