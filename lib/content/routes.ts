import { UNCLASSIFIED, type CategoryTarget } from "@/lib/portal/categories";
import { allNotesPaths, categoryLaterPages, linkCatalogPaths } from "@/lib/portal/lists";
import { laterPages } from "@/lib/portal/paginate";
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
 * `dynamicParams` stays at its default (true), so a note added after the build renders at its URL
 * and a removed one is a 404 (`npm run serve -- --watch`, e2e/server-watch.spec.ts).
 */
function paramsFor<P>(all: () => P[]): P[] {
  if (!serverMode) return all();
  const first = all()[0];
  return first ? [first] : [];
}

const segmentsOf = (slug: string) => (slug ? slug.split("/") : []);

/**
 * Params of every page under `/notes` (`/notes/[[...path]]`): each note, each chapter, and each
 * folder that has no index note of its own (the top, `/notes`, always has a page), for the static
 * export (see `paramsFor` for server mode).
 */
export function notesPageParams(): { path: string[] }[] {
  return paramsFor(() => {
    const model = getContent();
    const slugs = new Set(model.notes.map((n) => n.slug as string));
    return [
      ...model.folders.filter((f) => !slugs.has(f.slug)).map((f) => ({ path: segmentsOf(f.slug) })),
      ...model.notes.flatMap((n) => [
        { path: segmentsOf(n.slug) },
        ...n.chapters.map((c) => ({ path: [...segmentsOf(n.slug), c.slug as string] })),
      ]),
    ];
  });
}

/**
 * Params of every category page (`/categories/[...path]`): each area, each subcategory
 * (`capacity/design` → `["capacity", "design"]`) and the unclassified view, each followed by its
 * later pages (`["capacity", "page", "2"]`); see `paramsFor` for server mode.
 */
export function categoryParams(): { path: string[] }[] {
  return paramsFor(() => allCategoryParams(getContent()));
}

function allCategoryParams(model: ReturnType<typeof getContent>): { path: string[] }[] {
  const targets: [target: CategoryTarget, segments: string[]][] = [
    ...model.taxonomy.areas.flatMap((a): [CategoryTarget, string[]][] => [
      [a.id, [a.id]],
      ...a.children.map((c): [CategoryTarget, string[]] => [c.id, c.id.split("/")]),
    ]),
    [UNCLASSIFIED, [UNCLASSIFIED]],
  ];
  return targets.flatMap(([target, segments]) => [
    { path: segments },
    ...categoryLaterPages(model, target).map((n) => ({ path: [...segments, "page", n] })),
  ]);
}

/**
 * Params of every tag page (`/tags/[[...path]]`: `/tags` itself, then each tag by its slug as is, Next encodes it for the file name
 * and URL) and of the later pages of tags on more notes than a page holds.
 */
export function tagParams(): { path: string[] }[] {
  return paramsFor(() => [
    // `/tags` itself: the route always has a page, even on a site without tags.
    { path: [] },
    ...collectTags(getNotes()).flatMap((t) => [
      { path: [t.slug as string] },
      ...laterPages(t.notes.length).map((n) => ({ path: [t.slug as string, "page", n] })),
    ]),
  ]);
}

/** Params of the link catalog's filtered and later pages (`/links/[[...filter]]`, `/links` itself included). */
export function linkParams(): { filter: string[] }[] {
  return paramsFor(() => linkCatalogPaths(getContent()).map((filter) => ({ filter })));
}

/** Params of the all-notes index's filtered and later pages (`/all-notes/[[...filter]]`, `/all-notes` itself included). */
export function allNotesParams(): { filter: string[] }[] {
  return paramsFor(() => allNotesPaths(getContent()).map((filter) => ({ filter })));
}
