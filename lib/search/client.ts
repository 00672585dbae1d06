import { SearchEngine, type IndexSource } from "./engine";

/**
 * The browser side of search: loads the index from `/_search/` with `fetch`, lazily. Nothing is
 * fetched until the first search (or filter list) is asked for; then the manifest, the posting
 * shards a query's tokens need and the section-store chunks of the results shown.
 */

/** Where the index is served; follows `NEXT_PUBLIC_BASE_PATH` when the site has a base path. */
export const SEARCH_BASE = `${process.env.NEXT_PUBLIC_BASE_PATH ?? ""}/_search/`;

export interface FetchSourceOptions {
  /** URL prefix of the index root, ending in `/`. */
  base?: string;
  fetch?: typeof fetch;
  /** Called for every file fetched, with its path (for measuring). */
  onFetch?: (path: string, bytes: number) => void;
}

export class SearchIndexUnavailableError extends Error {
  constructor(url: string, detail: string) {
    super(
      `The search index could not be loaded (${detail} for ${url}). Build the site with \`npm run build\` so that /_search/ exists.`,
    );
    this.name = "SearchIndexUnavailableError";
  }
}

export function fetchSource(options: FetchSourceOptions = {}): IndexSource {
  const base = options.base ?? SEARCH_BASE;
  const doFetch =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const get = async (path: string): Promise<Uint8Array> => {
    const url = base + path;
    let res: Response;
    try {
      // The manifest is the one unhashed file: always revalidate it.
      res = await doFetch(url, path === "manifest.json" ? { cache: "no-cache" } : undefined);
    } catch (error) {
      throw new SearchIndexUnavailableError(url, (error as Error).message || "network error");
    }
    if (!res.ok) throw new SearchIndexUnavailableError(url, `HTTP ${res.status}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    options.onFetch?.(path, bytes.length);
    return bytes;
  };
  const decoder = new TextDecoder();
  return {
    bytes: get,
    json: async (path) => JSON.parse(decoder.decode(await get(path))) as unknown,
  };
}

let shared: SearchEngine | null = null;

/** The page's search engine, created on first use (no request is made until a search runs). */
export function getSearchClient(): SearchEngine {
  shared ??= new SearchEngine(fetchSource());
  return shared;
}

/** Creates a separate engine (tests, benchmarks, another index root). */
export function createSearchClient(options: FetchSourceOptions = {}): SearchEngine {
  return new SearchEngine(fetchSource(options));
}
