import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import SearchPage from "@/components/search/SearchPage";
import { T } from "@/components/T";
import { messageTitle } from "@/lib/i18n/title";
import { PageHeader } from "@/components/ui/PageHeader";

export const metadata: Metadata = messageTitle("nav.search");

/**
 * `/search?q=…`: a static shell; the query is read in the browser (static export). Without
 * JavaScript the page says so and points to the list of all notes (`data-noscript`: hidden by CSS
 * once the head script has run, so a browser that runs scripts never paints it; a `<noscript>`
 * is not shown when scripts are turned off by DevTools or Playwright rather than by the reader).
 */
export default function Page() {
  return (
    <>
      <div className="page-column page-narrow" data-noscript="" data-search-noscript="">
        <PageHeader title={<T k="search.title" />} titleClassName="mb-4" />
        <p className="text-slate-700 dark:text-slate-300">
          <T k="search.noscript" />
        </p>
        <p className="mt-3">
          <Link
            href="/all-notes"
            prefetch={false}
            className="font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300"
          >
            <T k="search.noscriptBrowse" />
          </Link>
        </p>
      </div>
      <Suspense fallback={null}>
        <SearchPage />
      </Suspense>
    </>
  );
}
