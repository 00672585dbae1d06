import { getNotes } from "./index";

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
