import { T } from "./T";

function Glass({ className }: { className: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
    >
      <circle cx="8.5" cy="8.5" r="5.5" />
      <path d="M12.5 12.5L17 17" />
    </svg>
  );
}

/**
 * The entry point to search. It is only a `<button data-search-open>`: the search palette
 * (components/search/SearchPalette.tsx, loaded by SearchPaletteLoader in the Shell) opens on it.
 */
export function SearchButton({ size = "header" }: { size?: "header" | "large" }) {
  if (size === "large") {
    return (
      <button
        type="button"
        data-search-open=""
        className="flex w-full items-center gap-3 rounded-lg border border-slate-300 bg-white px-4 py-3 text-left text-slate-600 shadow-sm hover:border-sky-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-300 dark:hover:border-sky-400"
      >
        <Glass className="size-5 shrink-0" />
        <span className="min-w-0 flex-1 truncate">
          <T k="search.placeholder" />
        </span>
      </button>
    );
  }
  return (
    <button
      type="button"
      data-search-open=""
      className="inline-flex h-9 items-center gap-2 rounded-md border border-slate-300 px-2 text-sm text-slate-600 hover:border-sky-600 focus-visible:outline-2 focus-visible:outline-sky-600 sm:w-56 sm:px-3 dark:border-slate-700 dark:text-slate-300 dark:hover:border-sky-400"
    >
      <Glass className="size-4 shrink-0" />
      <span className="sr-only sm:not-sr-only sm:truncate">
        <T k="search.open" />
      </span>
    </button>
  );
}
