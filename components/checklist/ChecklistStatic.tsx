import Link from "next/link";
import { UNCLASSIFIED, firstItemsOf, groupItems, subItemCount } from "@/lib/client/checklist-view";
import type { CategoryId } from "@/lib/content/types";
import { categoryUrl } from "@/lib/portal/categories";
import { localizedBy } from "@/lib/i18n/format";
import { translate, translations, type LocalizedTexts } from "@/lib/i18n/messages";
import { Localized } from "../Localized";
import { T } from "../T";
import type { ChecklistPageData } from "@/lib/portal/checklist-types";

/** Up to this many items the page lists them all; above it, the first few of each subcategory. */
export const STATIC_FULL_LIST = 300;
/** Items listed per subcategory on a large checklist, before the link to the category page. */
export const STATIC_PER_SUB = 10;

/**
 * The checklist without JavaScript (server-rendered, hidden once scripts run): the same groups as
 * the interactive page (area → subcategory → note › chapter), each item read-only with the state
 * the note writes (`- [x]` ☑, `- [ ]` ☐) and a link to it in its chapter. Plain item text only,
 * so the page stays small: a large checklist (9,000 items at 1,000 notes made this page 19 MB)
 * lists the first STATIC_PER_SUB items of each subcategory and links to its category page, which
 * lists them all over numbered pages.
 */
export function ChecklistStatic({ data }: { data: ChecklistPageData }) {
  const labels = new Map<string, LocalizedTexts>(
    data.areas.flatMap((a) => [
      [a.id, a.labels] as const,
      ...a.children.map((c) => [c.id, c.labels] as const),
    ]),
  );
  const label = (id: string): LocalizedTexts =>
    id === UNCLASSIFIED
      ? translations("category.unclassified")
      : (labels.get(id) ?? localizedBy(() => id));
  const groups = groupItems(data.items, data.areas);
  const full = data.items.length <= STATIC_FULL_LIST;
  return (
    <div data-checklist-static="">
      <p className="mt-4 rounded-lg border border-slate-300 bg-slate-50 p-3 text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200">
        <T k="checklist.noscript" />
      </p>
      {groups.length === 0 && (
        <p className="py-8 text-center text-slate-600 dark:text-slate-400">
          <T k="checklist.empty" />
        </p>
      )}
      {groups.map((area) => {
        const areaLabel = label(area.id);
        return (
          <section key={area.id} className="mt-8">
            <h2 className="mb-3 border-b border-slate-200 pb-2 text-xl font-semibold dark:border-slate-800">
              <Localized texts={areaLabel} />
            </h2>
            {area.subs.map((sub) => {
              const subLabel =
                sub.id === UNCLASSIFIED
                  ? translations("checklist.unclassifiedSub")
                  : sub.id === area.id
                    ? localizedBy((locale) =>
                        translate(locale, "checklist.general", { area: areaLabel[locale].text }),
                      )
                    : label(sub.id);
              const count = subItemCount(sub);
              const shown = full ? sub : firstItemsOf(sub, STATIC_PER_SUB);
              // The category page that lists every item of this group.
              const target = (
                sub.id === UNCLASSIFIED || sub.id === area.id ? area.id : sub.id
              ) as CategoryId;
              return (
                <section key={sub.id} className="mb-6">
                  <h3 className="mb-2 text-lg font-medium">
                    <Localized texts={subLabel} />
                  </h3>
                  {shown.notes.map((note) =>
                    note.chapters.map((chapter) => {
                      const first = chapter.items[0];
                      if (!first) return null;
                      return (
                        <div key={`${note.note}/${chapter.chapter ?? ""}`} className="mb-4">
                          <h4
                            lang={first.noteLang}
                            className="mb-1 text-sm font-semibold text-slate-700 dark:text-slate-300"
                          >
                            {first.noteTitle}
                            {first.chapterTitle && (
                              <>
                                <span aria-hidden="true"> › </span>
                                <span className="sr-only">, </span>
                                {first.chapterTitle}
                              </>
                            )}
                          </h4>
                          <ul className="divide-y divide-slate-100 dark:divide-slate-800">
                            {chapter.items.map((item) => (
                              <li key={item.id} className="flex items-start gap-2 py-1.5">
                                <span aria-hidden="true" className="w-4 shrink-0">
                                  {item.checked ? "☑" : "☐"}
                                </span>
                                <span className="sr-only">
                                  <T k={item.checked ? "checklist.ticked" : "checklist.unticked"} />
                                  {": "}
                                </span>
                                <Link
                                  href={item.url}
                                  prefetch={false}
                                  lang={item.lang}
                                  className="min-w-0 text-sky-800 underline decoration-sky-800/30 underline-offset-2 break-words dark:text-sky-300 dark:decoration-sky-300/30"
                                >
                                  {item.plain}
                                </Link>
                              </li>
                            ))}
                          </ul>
                        </div>
                      );
                    }),
                  )}
                  {count > subItemCount(shown) && (
                    <p data-static-more="" className="mt-2 text-sm">
                      <Link
                        href={`${categoryUrl(target)}#items`}
                        prefetch={false}
                        className="text-sky-800 underline decoration-sky-800/30 underline-offset-2 dark:text-sky-300 dark:decoration-sky-300/30"
                      >
                        <T
                          k="checklist.noscriptMore"
                          vars={{ shown: subItemCount(shown), count }}
                        />
                      </Link>
                    </p>
                  )}
                </section>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
