import { UNCLASSIFIED } from "@/lib/content/category-ids";
import type { CategoryId, TaxonomyCategory } from "@/lib/content/types";
import { labelsByLocale } from "@/lib/i18n/messages";
import { areaIdOf, categoryUrl } from "@/lib/portal/categories";
import type { Crumb } from "./Breadcrumbs";
import { Localized } from "./Localized";
import { T } from "./T";

/** The breadcrumb of the area a page is filed under first (or "Unclassified"). */
export function areaCrumb(
  taxonomy: readonly CategoryId[],
  index: Map<CategoryId, TaxonomyCategory>,
): Crumb {
  const first = taxonomy[0];
  const area = first ? index.get(areaIdOf(first)) : undefined;
  if (!area) return { href: categoryUrl(UNCLASSIFIED), label: <T k="category.unclassified" /> };
  return { href: categoryUrl(area.id), label: <Localized texts={labelsByLocale(area.labels)} /> };
}
