import { UNCLASSIFIED } from "@/lib/portal/categories";
import { collectTags } from "@/lib/portal/tags";
import { getContent, getNotes } from "./index";

/**
 * True when built for `next start` (server mode, SHIORI_SERVER=1): pages are rendered on demand
 * from the cached content model instead of all being pre-rendered.
 */
export const serverMode = process.env.SHIORI_SERVER === "1";

/** Params of every note page for the static export; none in server mode (rendered on demand). */
export function noteParams(): { note: string }[] {
  return serverMode ? [] : getNotes().map((n) => ({ note: n.slug }));
}

/** Params of every chapter page for the static export; none in server mode. */
export function chapterParams(): { note: string; chapter: string }[] {
  return serverMode
    ? []
    : getNotes().flatMap((n) => n.chapters.map((c) => ({ note: n.slug, chapter: c.slug })));
}

/** Params of every area page, plus the unclassified view; none in server mode. */
export function categoryParams(): { area: string }[] {
  if (serverMode) return [];
  return [...getContent().taxonomy.areas.map((a) => ({ area: a.id as string })), { area: UNCLASSIFIED }];
}

/** Params of every subcategory page (`capacity/design` → area `capacity`, sub `design`). */
export function subcategoryParams(): { area: string; sub: string }[] {
  if (serverMode) return [];
  return getContent().taxonomy.areas.flatMap((a) =>
    a.children.map((c) => ({ area: a.id as string, sub: c.id.slice(a.id.length + 1) })),
  );
}

/** Params of every tag page (the slug as is; Next encodes it for the file name and URL). */
export function tagParams(): { tag: string }[] {
  return serverMode ? [] : collectTags(getNotes()).map((t) => ({ tag: t.slug as string }));
}
