import { UNCLASSIFIED } from "@/lib/content/category-ids";
import Link from "next/link";
import type { CategoryId, TaxonomyCategory } from "@/lib/content/types";
import { labelsByLocale } from "@/lib/i18n/messages";
import { categoryUrl } from "@/lib/portal/categories";
import { Localized } from "./Localized";
import { T } from "./T";

/** Links to the categories something is filed under (or "Unclassified"). */
export function CategoryChips({
  ids,
  index,
  size = "sm",
}: {
  ids: readonly CategoryId[];
  index: Map<CategoryId, TaxonomyCategory>;
  size?: "sm" | "xs";
}) {
  const cls = size === "xs" ? "chip chip-xs" : "chip";
  if (ids.length === 0) {
    return (
      <Link href={categoryUrl(UNCLASSIFIED)} className={`${cls} chip-unclassified`}>
        <T k="category.unclassified" />
      </Link>
    );
  }
  return (
    <ul className="flex flex-wrap gap-1">
      {ids.map((id) => {
        const category = index.get(id);
        return (
          <li key={id}>
            <Link href={categoryUrl(id)} className={`${cls} chip-category`}>
              {category ? <Localized texts={labelsByLocale(category.labels)} /> : id}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
