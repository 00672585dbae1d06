"use client";

import { useEffect, useRef, useState } from "react";
import type { SearchEngine } from "@/lib/search/engine";
import type { Manifest } from "@/lib/search/schema";
import type { SearchFilters, SearchResponse } from "@/lib/search/types";
import { readUiLocale } from "@/lib/i18n/client";

let enginePromise: Promise<SearchEngine> | null = null;

/**
 * The page's search engine. The search code (normaliser, OpenCC table, engine) is a separate
 * chunk, imported on first use like the index itself, so pages load neither.
 */
export function loadEngine(): Promise<SearchEngine> {
  enginePromise ??= import("@/lib/search/client").then((m) => m.getSearchClient());
  return enginePromise;
}

/**
 * Starts loading what a first search needs (search code, manifest, the shards of a small index)
 * while the reader is still on the way to typing: when the palette opens, or the pointer or focus
 * reaches a search button. Errors are reported by the search that runs into them.
 */
export function warmSearch(): void {
  loadEngine()
    .then((engine) => engine.warm())
    .catch(() => {
      // Offline or no index: the first query says so.
    });
}

export type SearchState =
  | { status: "idle" }
  | { status: "loading"; query: string; previous: SearchResponse | null }
  | { status: "done"; response: SearchResponse }
  | { status: "error"; message: string };

type Settled = { key: string; response: SearchResponse } | { key: string; error: string };

/**
 * Runs a search whenever the query, filters or limit change (instant, no debounce: after the
 * first query the shards are cached and a search takes a few milliseconds). Answers to older
 * keystrokes are dropped; while a search runs, the previous answer stays available so the list
 * does not flicker. `enabled: false` keeps it idle (nothing loaded).
 */
export function useSearch(
  query: string,
  options: { enabled: boolean; limit: number; filters?: SearchFilters; otherLanguages?: number },
) {
  const [settled, setSettled] = useState<Settled | null>(null);
  const [categories, setCategories] = useState<Manifest["categories"] | null>(null);
  const latest = useRef("");
  const filtersKey = JSON.stringify(options.filters ?? {});
  const { enabled, limit } = options;
  const otherLanguages = options.otherLanguages ?? 0;
  const q = query.trim();
  const key = JSON.stringify([q, limit, filtersKey, otherLanguages]);
  useEffect(() => {
    latest.current = key;
    if (!enabled || !q) return;
    const filters = JSON.parse(filtersKey) as SearchFilters;
    loadEngine()
      .then(async (engine) => {
        const [response, manifest] = await Promise.all([
          engine.search(q, { limit, filters, lang: readUiLocale(), otherLanguages }),
          engine.manifest(),
        ]);
        if (latest.current !== key) return;
        setCategories(manifest.categories);
        setSettled({ key, response });
      })
      .catch((error: unknown) => {
        if (latest.current !== key) return;
        setSettled({ key, error: (error as Error).message });
      });
  }, [key, q, enabled, limit, filtersKey, otherLanguages]);

  let state: SearchState;
  if (!enabled || !q) state = { status: "idle" };
  else if (settled?.key === key) {
    state =
      "error" in settled
        ? { status: "error", message: settled.error }
        : { status: "done", response: settled.response };
  } else
    state = {
      status: "loading",
      query: q,
      previous: settled && "response" in settled ? settled.response : null,
    };
  return { state, categories };
}
