import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import SearchPage from "@/components/search/SearchPage";
import { T } from "@/components/T";
import { messageTitle } from "@/lib/i18n/title";

export const metadata: Metadata = messageTitle("nav.search");

/**
 * `/search?q=…`: a static shell; the query is read in the browser (static export). Without
 * JavaScript the page says so and points to the list of all notes (a `<noscript>`, so a browser
 * that runs scripts never shows it and React has nothing to hydrate there).
 */
export default function Page() {
  return (
    <>
      <noscript>
        <div className="mx-auto max-w-3xl" data-search-noscript="">
          <h1 className="mb-4 text-2xl font-bold">
            <T k="search.title" />
          </h1>
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
      </noscript>
      <Suspense fallback={null}>
        <SearchPage />
      </Suspense>
    </>
  );
}
