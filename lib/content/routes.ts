import { UNCLASSIFIED } from "@/lib/portal/categories";
import { collectTags } from "@/lib/portal/tags";
import { getContent, getNotes } from "./index";

/**
 * True when built for `next start` (server mode, SHIORI_SERVER=1): pages are rendered on demand
 * from the cached content model instead of all being pre-rendered.
 */
export const serverMode = process.env.SHIORI_SERVER === "1";

/**
 * Server mode renders every page per request (its CSP nonce is fresh each time, see proxy.ts), so
 * each route gets just its first param: the build's try at rendering it meets the nonce and marks
 * the route dynamic. With no param at all, Next would render the route once and cache it (ISR),
 * and fail on the first request ("Page changed from static to dynamic at runtime").
 */
function paramsFor<P>(all: () => P[]): P[] {
  if (!serverMode) return all();
  const first = all()[0];
  return first ? [first] : [];
}

/** Params of every note page for the static export (see `paramsFor` for server mode). */
export function noteParams(): { note: string }[] {
  return paramsFor(() => getNotes().map((n) => ({ note: n.slug })));
}

/** Params of every chapter page for the static export. */
export function chapterParams(): { note: string; chapter: string }[] {
  return paramsFor(() =>
    getNotes().flatMap((n) => n.chapters.map((c) => ({ note: n.slug, chapter: c.slug }))),
  );
}

/** Params of every area page, plus the unclassified view. */
export function categoryParams(): { area: string }[] {
  return paramsFor(() => [
    ...getContent().taxonomy.areas.map((a) => ({ area: a.id as string })),
    { area: UNCLASSIFIED },
  ]);
}

/** Params of every subcategory page (`capacity/design` → area `capacity`, sub `design`). */
export function subcategoryParams(): { area: string; sub: string }[] {
  return paramsFor(() =>
    getContent().taxonomy.areas.flatMap((a) =>
      a.children.map((c) => ({ area: a.id as string, sub: c.id.slice(a.id.length + 1) })),
    ),
  );
}

/** Params of every tag page (the slug as is; Next encodes it for the file name and URL). */
export function tagParams(): { tag: string }[] {
  return paramsFor(() => collectTags(getNotes()).map((t) => ({ tag: t.slug as string })));
}
