import Link from "next/link";
import type { CategoryId, TaxonomyCategory } from "@/lib/content/types";
import { labelsByLocale } from "@/lib/i18n/messages";
import { categoryUrl } from "@/lib/portal/categories";
import { Localized, T } from "./T";

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
  const cls = `inline-flex items-center rounded-full border px-2 ${size === "xs" ? "text-[0.7rem] leading-5" : "text-xs leading-6"}`;
  if (ids.length === 0) {
    return (
      <Link
        href={categoryUrl("unclassified")}
        className={`${cls} border-dashed border-slate-400 text-slate-600 hover:border-slate-600 dark:border-slate-500 dark:text-slate-300`}
      >
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
            <Link
              href={categoryUrl(id)}
              className={`${cls} border-sky-200 bg-sky-50 text-sky-900 hover:border-sky-500 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100 dark:hover:border-sky-500`}
            >
              {category ? <Localized texts={labelsByLocale(category.labels)} /> : id}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
