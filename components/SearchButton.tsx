import Link from "next/link";
import { T } from "./T";
import { Icon } from "./ui/Icon";

/**
 * The entry point to search: a link to /search marked `data-search-open`. With JavaScript the
 * search palette (components/search/SearchPalette.tsx, loaded by SearchPaletteLoader in the Shell)
 * opens on a click instead; without it, the link leads to the search page, which says what to do.
 */
export function SearchButton({ size = "header" }: { size?: "header" | "large" }) {
  if (size === "large") {
    return (
      <Link
        href="/search"
        prefetch={false}
        data-search-open=""
        className="flex w-full items-center gap-3 rounded-lg border border-slate-300 bg-white px-4 py-3 text-left text-slate-600 shadow-sm hover:border-sky-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300 dark:hover:border-sky-400"
      >
        <Icon name="search" className="size-5 shrink-0" />
        <span className="min-w-0 flex-1 truncate">
          <T k="search.placeholder" />
        </span>
      </Link>
    );
  }
  return (
    <Link
      href="/search"
      prefetch={false}
      data-search-open=""
      className="inline-flex h-9 items-center gap-2 rounded-md border border-slate-300 px-2 text-sm text-slate-600 hover:border-sky-600 focus-visible:outline-2 focus-visible:outline-sky-600 sm:w-56 sm:px-3 dark:border-slate-700 dark:text-slate-300 dark:hover:border-sky-400"
    >
      <Icon name="search" className="size-4 shrink-0" />
      <span className="sr-only sm:not-sr-only sm:truncate">
        <T k="search.open" />
      </span>
    </Link>
  );
}
