/** Top-level taxonomy area of a category id: `capacity/design` → `capacity`. */
export function areaOf(category: string): string {
  const slash = category.indexOf("/");
  return slash < 0 ? category : category.slice(0, slash);
}
