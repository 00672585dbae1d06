/**
 * The small vocabulary of category ids, shared by the pipeline, the portal, search and the
 * browser (so it imports nothing): `area/subcategory` ids, and the one id for "no category".
 */

/** Where pages, items and links go that no category fits (also a category page's URL segment). */
export const UNCLASSIFIED = "unclassified";

/** Top-level area of a category id: `capacity/design` → `capacity` (an area is its own area). */
export function areaOf<T extends string>(category: T): T {
  const slash = category.indexOf("/");
  return (slash < 0 ? category : category.slice(0, slash)) as T;
}
