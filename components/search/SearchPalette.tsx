"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { LangBadge } from "@/components/LangBadge";
import { T } from "@/components/T";
import { useUiLocale } from "@/lib/i18n/client";
import { translate } from "@/lib/i18n/messages";
import { resultHref, searchPageHref } from "@/lib/search/href";
import type { SearchHit } from "@/lib/search/types";
import { CategoryBadge } from "./CategoryBadge";
import { MatchKind } from "./MatchKind";
import { Snippet } from "./Snippet";
import {
  clearRecentSearches,
  readRecentSearches,
  rememberSearch,
} from "@/lib/client/recent-searches";
import {
  isPaletteShortcut,
  isSlashShortcut,
  reachesSearchButton,
  searchOpenTarget,
} from "./triggers";
import { useSearch, warmSearch } from "./useSearch";
import { Icon } from "../ui/Icon";

const LIMIT = 20;

/**
 * Results grouped by note (groups in the order of their best result). `index` is the position in
 * display order, which is the order the arrow keys follow.
 */
function groupByNote(hits: readonly SearchHit[]) {
  const groups: {
    note: string;
    title: string;
    lang: string;
    hits: { hit: SearchHit; index: number }[];
  }[] = [];
  for (const hit of hits) {
    let g = groups.find((x) => x.note === hit.doc.note);
    if (!g)
      groups.push(
        (g = { note: hit.doc.note, title: hit.doc.noteTitle, lang: hit.doc.lang, hits: [] }),
      );
    g.hits.push({ hit, index: -1 });
  }
  let index = 0;
  for (const g of groups) for (const h of g.hits) h.index = index++;
  return groups;
}

/** localStorage, read lazily: the getter throws where the browser blocks storage. */
const storage = () => window.localStorage;

/**
 * The search palette: opens on Ctrl/Cmd-K anywhere, on `/` outside text fields and on a click on
 * any `[data-search-open]` element; results appear while typing, grouped by note; ↑↓ move, Enter
 * opens the result at its heading (with `?hl=` so the page highlights the match and focuses the
 * heading), Esc closes and focus returns to where it was. The search index starts loading when the
 * palette opens (or a pointer or focus reaches a search button), so the first query does not wait
 * for it. With the input empty, the reader's recent searches are offered.
 */
export default function SearchPalette({ openOnMount = false }: { openOnMount?: boolean }) {
  const router = useRouter();
  const locale = useUiLocale();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [recent, setRecent] = useState<string[]>([]);
  const { state, categories } = useSearch(query, { enabled: open, limit: LIMIT });
  const ids = useId();
  const listId = `${ids}-list`;
  const optionId = (i: number) => `${ids}-opt-${i}`;

  const shown =
    state.status === "done" ? state.response : state.status === "loading" ? state.previous : null;
  const groups = useMemo(() => groupByNote(shown?.results ?? []), [shown]);
  /** Results in display order. */
  const hits = useMemo(() => groups.flatMap((g) => g.hits.map((h) => h.hit)), [groups]);
  const activeIndex = hits.length ? Math.min(active, hits.length - 1) : -1;

  const show = useCallback(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    returnFocus.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    setOpen(true);
    setRecent(readRecentSearches(storage));
    warmSearch();
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const hide = useCallback(() => {
    dialogRef.current?.close();
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isPaletteShortcut(e)) {
        e.preventDefault();
        if (dialogRef.current?.open) hide();
        else show();
      } else if (isSlashShortcut(e) && !dialogRef.current?.open) {
        e.preventDefault();
        show();
      }
    };
    // Capture: before the link's own click handler (next/link) navigates to /search.
    const onClick = (e: MouseEvent) => {
      if (!searchOpenTarget(e)) return;
      e.preventDefault();
      show();
    };
    const onApproach = (e: Event) => {
      if (reachesSearchButton(e)) warmSearch();
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick, true);
    document.addEventListener("pointerover", onApproach);
    document.addEventListener("focusin", onApproach);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("pointerover", onApproach);
      document.removeEventListener("focusin", onApproach);
    };
  }, [show, hide]);

  // Loaded by SearchPaletteLoader on a key press or click: open for it.
  useEffect(() => {
    if (openOnMount) show();
  }, [openOnMount, show]);

  const remember = (q: string) => {
    if (q.trim()) setRecent(rememberSearch(storage, q));
  };

  const onClose = () => {
    // A search that found something is worth offering again, even if no result was opened.
    if (state.status === "done" && state.response.total > 0) remember(query);
    setOpen(false);
    const target = returnFocus.current;
    returnFocus.current = null;
    if (target?.isConnected) target.focus();
  };

  const go = (hit: SearchHit | undefined) => {
    if (!hit) return;
    const href = resultHref(hit.doc.url, query);
    remember(query);
    returnFocus.current = null;
    hide();
    router.push(href);
  };

  const onInputKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!hits.length) return;
      const delta = e.key === "ArrowDown" ? 1 : -1;
      const next = (activeIndex + delta + hits.length) % hits.length;
      setActive(next);
      document.getElementById(optionId(next))?.scrollIntoView({ block: "nearest" });
    } else if (e.key === "Enter" && !e.nativeEvent.isComposing) {
      e.preventDefault();
      if (activeIndex >= 0) go(hits[activeIndex]);
      else if (query.trim()) {
        remember(query);
        hide();
        router.push(searchPageHref(query));
      }
    } else if (e.key === "Escape") {
      // A search input would only clear itself on Esc; the palette closes.
      e.preventDefault();
      hide();
    }
  };

  const response = state.status === "done" ? state.response : null;

  return (
    <dialog
      ref={dialogRef}
      aria-label={translate(locale, "search.open")}
      onClose={onClose}
      onClick={(e) => {
        if (e.target === dialogRef.current) hide();
      }}
      className="fixed inset-x-0 top-0 m-0 mx-auto mt-0 h-auto max-h-[100dvh] w-full max-w-none bg-transparent p-0 backdrop:bg-slate-900/50 sm:mt-[10vh] sm:max-h-[80vh] sm:w-[42rem] sm:max-w-[calc(100vw-2rem)] dark:backdrop:bg-black/60"
    >
      <div className="flex max-h-[100dvh] flex-col overflow-hidden border-slate-200 bg-white text-slate-900 shadow-2xl sm:max-h-[80vh] sm:rounded-xl sm:border dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100">
        <div className="flex items-center gap-2 border-b border-slate-200 px-3 dark:border-slate-700">
          <Icon name="search" className="size-5 shrink-0 text-slate-500" />
          <label htmlFor={`${ids}-input`} className="sr-only">
            <T k="search.inputLabel" />
          </label>
          <input
            ref={inputRef}
            id={`${ids}-input`}
            type="search"
            role="combobox"
            aria-expanded={hits.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            placeholder={translate(locale, "search.placeholder")}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={onInputKey}
            className="h-12 min-w-0 flex-1 bg-transparent text-base outline-none placeholder:text-slate-500 dark:placeholder:text-slate-400"
          />
          <button
            type="button"
            onClick={hide}
            className="rounded px-2 py-1 text-xs text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-300 dark:hover:bg-slate-800"
          >
            <span aria-hidden="true" className="hidden sm:inline">
              Esc
            </span>
            <span className="sm:sr-only">
              <T k="search.close" />
            </span>
          </button>
        </div>

        {/* Focusable so the list can be scrolled from the keyboard too (options are reached with ↑↓). */}
        <div
          tabIndex={0}
          className="min-h-0 flex-1 overflow-y-auto overscroll-contain focus-visible:outline-2 focus-visible:outline-sky-600"
        >
          {!query.trim() && recent.length > 0 && (
            <section aria-labelledby={`${ids}-recent`} className="px-3 pb-1 pt-3">
              <div className="flex items-center justify-between gap-2">
                <h2
                  id={`${ids}-recent`}
                  className="text-xs font-semibold tracking-wide text-slate-600 dark:text-slate-400"
                >
                  <T k="search.recent" />
                </h2>
                <button
                  type="button"
                  data-recent-clear=""
                  onClick={() => {
                    clearRecentSearches(storage);
                    setRecent([]);
                    inputRef.current?.focus();
                  }}
                  className="rounded px-1 text-xs text-sky-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300"
                >
                  <T k="search.recentClear" />
                </button>
              </div>
              <ul className="mt-1">
                {recent.map((q) => (
                  <li key={q}>
                    <button
                      type="button"
                      data-recent-search=""
                      onClick={() => {
                        setQuery(q);
                        setActive(0);
                        inputRef.current?.focus();
                      }}
                      className="cjk-text block w-full rounded-md px-2 py-1.5 text-left text-sm text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-200 dark:hover:bg-slate-800"
                    >
                      {q}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {response && response.total > 0 && response.corrected && (
            // Above the results, so the reader knows at once they are for another spelling.
            <p
              className="cjk-text px-4 pt-2 text-sm font-medium text-slate-800 dark:text-slate-200"
              data-corrected={response.corrected}
            >
              <T
                k="search.corrected"
                vars={{ query: response.query, corrected: response.corrected }}
              />
            </p>
          )}
          <ul
            id={listId}
            role="listbox"
            aria-label={translate(locale, "search.results")}
            className={hits.length ? "py-1" : "hidden"}
          >
            {groups.map((g) => (
              <li key={g.note} role="presentation">
                <div
                  id={`${ids}-g-${g.note}`}
                  lang={g.lang}
                  className="px-3 pb-1 pt-3 text-xs font-semibold tracking-wide text-slate-600 dark:text-slate-400"
                >
                  {g.title}
                </div>
                <ul role="group" aria-labelledby={`${ids}-g-${g.note}`}>
                  {g.hits.map(({ hit, index }) => {
                    const selected = index === activeIndex;
                    const heading = hit.headingParts.length
                      ? hit.headingParts
                      : [
                          {
                            text: hit.doc.heading || hit.doc.chapterTitle || hit.doc.noteTitle,
                            hit: false,
                          },
                        ];
                    return (
                      <li
                        key={hit.id}
                        id={optionId(index)}
                        role="option"
                        aria-selected={selected}
                        onMouseMove={() => activeIndex !== index && setActive(index)}
                        onClick={() => go(hit)}
                        className={`mx-1 cursor-pointer rounded-md px-3 py-2 ${selected ? "bg-sky-100 dark:bg-sky-900/60" : ""}`}
                      >
                        <div className="flex flex-wrap items-center gap-1.5">
                          <Snippet
                            parts={heading}
                            className="cjk-text min-w-0 font-medium text-sky-800 dark:text-sky-300"
                          />
                          <LangBadge lang={hit.doc.lang} />
                          <CategoryBadge id={hit.doc.taxonomy[0]} categories={categories} />
                          <MatchKind
                            hit={hit}
                            className="text-[0.7rem] text-slate-600 dark:text-slate-400"
                          />
                        </div>
                        {hit.snippet.length > 0 && (
                          <p
                            lang={hit.doc.lang}
                            className="cjk-text mt-0.5 line-clamp-2 text-sm text-slate-700 dark:text-slate-300"
                          >
                            <Snippet parts={hit.snippet} />
                          </p>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ul>

          <div
            role="status"
            aria-live="polite"
            className="px-4 py-3 text-sm text-slate-600 dark:text-slate-400"
          >
            {state.status === "loading" && !state.previous && <T k="search.loadingIndex" />}
            {state.status === "error" && <T k="search.error" vars={{ message: state.message }} />}
            {response && response.total === 0 && (
              <>
                <span className="block font-medium text-slate-800 dark:text-slate-200">
                  <T k="search.none" vars={{ query: response.query }} />
                </span>
                <span className="block">
                  <T k="search.noneHelp" />
                </span>
              </>
            )}
            {response && response.total > 0 && (
              <T
                k={
                  response.results.length < response.total
                    ? "search.countShown"
                    : "search.countShort"
                }
                vars={{ count: response.total, shown: response.results.length }}
              />
            )}
          </div>
        </div>

        <div className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 px-3 py-2 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
          <span className="hidden sm:inline">
            <T k="search.keys" />
          </span>
          <a
            href={searchPageHref(query)}
            onClick={(e) => {
              e.preventDefault();
              remember(query);
              hide();
              router.push(searchPageHref(query));
            }}
            className="rounded px-1 text-sky-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300"
          >
            <T k="search.page" />
          </a>
        </div>
      </div>
    </dialog>
  );
}
