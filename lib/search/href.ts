/** The search query parameter a result link carries, read by HighlightOnArrival. */
export const HIGHLIGHT_PARAM = "hl";

/** A result's link: its URL with `?hl=<query>` before the `#anchor`. */
export function resultHref(url: string, query: string): string {
  const hash = url.indexOf("#");
  const path = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? "" : url.slice(hash);
  const q = query.trim();
  if (!q) return url;
  return `${path}${path.includes("?") ? "&" : "?"}${HIGHLIGHT_PARAM}=${encodeURIComponent(q)}${fragment}`;
}

/** The `/search` page URL for a query and filters (empty values left out). */
export function searchPageHref(
  query: string,
  filters: { area?: string; lang?: string; tag?: string } = {},
): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set("q", query.trim());
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  const s = params.toString();
  return s ? `/search?${s}` : "/search";
}
