/** localStorage key of the reader's recent searches (newest first). */
export const RECENT_SEARCHES_KEY = "shiori.recent-searches";

/** How many recent searches are kept and shown. */
export const RECENT_LIMIT = 5;

/** A longer query is not worth keeping (and a huge stored value is not worth reading). */
const MAX_QUERY_LENGTH = 200;

/** A query as it is kept: trimmed, inner whitespace collapsed. */
export function cleanQuery(query: string): string {
  return query.trim().replace(/\s+/g, " ");
}

/** What two queries are compared by: width-folded (NFKC) and lowercase, as search compares them. */
function sameKey(query: string): string {
  return query.normalize("NFKC").toLowerCase();
}

/** Keeps the first of each query (by {@link sameKey}), drops empty and over-long ones, caps the list. */
function tidy(queries: readonly string[], limit: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of queries) {
    const query = cleanQuery(raw);
    if (!query || query.length > MAX_QUERY_LENGTH) continue;
    const key = sameKey(query);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(query);
    if (out.length === limit) break;
  }
  return out;
}

/** The recent searches in a stored value (`null`: none stored); garbage reads as no searches. */
export function parseRecentSearches(raw: string | null, limit = RECENT_LIMIT): string[] {
  if (raw === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  // Untrusted (another tab, an older build, a person with devtools may have written it): a list
  // of strings, where anything else in the list is skipped, not the whole list.
  if (!Array.isArray(value)) return [];
  return tidy(
    value.filter((x): x is string => typeof x === "string"),
    limit,
  );
}

/** The list with `query` first (an earlier spelling of the same query moves up, it is not repeated). */
export function addRecentSearch(
  list: readonly string[],
  query: string,
  limit = RECENT_LIMIT,
): string[] {
  return tidy([query, ...list], limit);
}

type RecentStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** Reads the recent searches; storage that cannot be reached reads as none. */
export function readRecentSearches(storage: () => RecentStorage): string[] {
  try {
    return parseRecentSearches(storage().getItem(RECENT_SEARCHES_KEY));
  } catch {
    return [];
  }
}

/** Remembers a search and returns the new list (the list in memory when storage fails). */
export function rememberSearch(storage: () => RecentStorage, query: string): string[] {
  const next = addRecentSearch(readRecentSearches(storage), query);
  try {
    storage().setItem(RECENT_SEARCHES_KEY, JSON.stringify(next));
  } catch {
    // storage full or blocked: the list lasts for this page only
  }
  return next;
}

/** Forgets every recent search. */
export function clearRecentSearches(storage: () => RecentStorage): void {
  try {
    storage().removeItem(RECENT_SEARCHES_KEY);
  } catch {
    // storage blocked: nothing was kept there either
  }
}
