/**
 * Pagination of long lists for the static export: page 1 lives at the list's own address
 * (`/links`), page N at `…/page/N` (`/links/page/2`). List filters are path segments too
 * (`/links/area/backup-restore/lang/ja/page/2`), so every page is a plain file and the same URL
 * works in server mode.
 */

/** Items on one page of a long list (links, notes, chapters, checklist items, tagged notes). */
export const PAGE_SIZE = 100;

/** One page of a list and where it sits among the others. */
export interface PageSlice<T> {
  items: T[];
  /** 1-based page number. */
  page: number;
  /** Number of pages; 1 for an empty list (its page says it is empty). */
  pages: number;
  /** Position of the first and last item shown, 1-based; 0 and 0 on an empty list. */
  from: number;
  to: number;
  total: number;
}

/** How many pages `total` items fill (at least one). */
export function pageCount(total: number, size: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Page `page` of `items`; null when there is no such page. */
export function paginate<T>(
  items: readonly T[],
  page: number,
  size: number = PAGE_SIZE,
): PageSlice<T> | null {
  const pages = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > pages) return null;
  const start = (page - 1) * size;
  const slice = items.slice(start, start + size);
  return {
    items: slice,
    page,
    pages,
    from: slice.length ? start + 1 : 0,
    to: start + slice.length,
    total: items.length,
  };
}

/** A page number as written in a URL: digits without a leading zero, ≥ 2 (page 1 has no suffix). */
export function parsePageSegment(segment: string): number | null {
  return /^[1-9][0-9]{0,8}$/.test(segment) && segment !== "1" ? Number(segment) : null;
}

/** The numbers of the pages after the first (`["2", "3"]` for 250 items): the `page/N` params. */
export function laterPages(total: number, size: number = PAGE_SIZE): string[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => String(i + 2));
}

/** The path segments after a list's base: each filter as `key, value`, then `page, N` from 2 on. */
export function listSegments(
  filters: readonly (readonly [key: string, value: string | null | undefined])[] = [],
  page = 1,
): string[] {
  const parts: string[] = [];
  for (const [key, value] of filters) if (value) parts.push(key, value);
  if (page > 1) parts.push("page", String(page));
  return parts;
}

/**
 * A list address: the base, each filter as `key/value` in the order given, then `page/N` from
 * page 2 on. Values are percent-encoded (tag and category segments can be non-ASCII).
 */
export function listHref(
  base: string,
  filters: readonly (readonly [key: string, value: string | null | undefined])[] = [],
  page = 1,
): string {
  return [base.replace(/\/$/, ""), ...listSegments(filters, page).map(encodeURIComponent)].join(
    "/",
  );
}

/** What the filter segments of a list address say: each key's value and the page. */
export interface ListPath<K extends string> {
  filters: Partial<Record<K, string>>;
  page: number;
}

/**
 * Reads `key/value/…/page/N` segments after a list's base address. Keys must come in the order
 * of `keys`, each at most once, and the page last; `page/1` is not an address (page 1 has none).
 * Null for anything else, so the route answers 404 instead of showing a wrong list.
 */
export function parseListPath<K extends string>(
  segments: readonly string[],
  keys: readonly K[],
): ListPath<K> | null {
  const filters: Partial<Record<K, string>> = {};
  let page = 1;
  let next = 0;
  for (let i = 0; i < segments.length; i += 2) {
    const key = segments[i]!;
    const value = segments[i + 1];
    if (value === undefined || value === "") return null;
    if (key === "page") {
      const n = parsePageSegment(value);
      if (n === null || i + 2 !== segments.length) return null;
      page = n;
      continue;
    }
    const at = keys.indexOf(key as K, next);
    if (at < 0) return null;
    filters[key as K] = safeDecode(value);
    next = at + 1;
  }
  return { filters, page };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Page numbers to offer around `page` of `pages`: the first, the last, and two either side of
 * the current one; `null` marks a gap (shown as "…").
 */
export function pageWindow(page: number, pages: number, spread = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - page) <= spread) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}
