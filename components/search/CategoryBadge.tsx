import { Localized } from "@/components/Localized";
import { labelsByLocale } from "@/lib/i18n/messages";
import type { Manifest } from "@/lib/search/schema";

/** A section's first taxonomy category, labelled in the UI language (the id when unlabelled). */
export function CategoryBadge({
  id,
  categories,
}: {
  id: string | undefined;
  categories: Manifest["categories"] | null;
}) {
  if (!id) return null;
  const labels = categories?.[id];
  const en = labels?.en;
  return (
    <span className="inline-flex shrink-0 items-center rounded-full border border-sky-200 bg-sky-50 px-1.5 text-[0.7rem] leading-5 whitespace-nowrap text-sky-900 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100">
      {labels && en ? <Localized texts={labelsByLocale({ ...labels, en })} /> : id}
    </span>
  );
}
