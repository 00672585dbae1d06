"use client";

import { useDictionaries } from "@/lib/i18n/client";
import Link from "next/link";
import { isDone, type ChecklistProgress } from "@/lib/client/checklist-progress";
import type { ChecklistState } from "@/lib/client/checklist-schema";
import { UNCLASSIFIED, type AreaGroup } from "@/lib/client/checklist-view";
import { localizedBy } from "@/lib/i18n/format";
import { translate, translations, type LocalizedTexts } from "@/lib/i18n/messages";
import { Localized } from "../Localized";
import { T } from "../T";
import { TaskChips } from "../readiness/TaskChips";
import { ProgressBar } from "./ProgressBar";
import type { ChecklistPageItem } from "@/lib/portal/checklist-types";

/** Print-only marks for the boxes (the checkboxes do not print). */
const BOX = { done: "☑", open: "☐" };

export interface ChecklistGroupsProps {
  groups: AreaGroup<ChecklistPageItem>[];
  /** Category id → label in every UI language. */
  labels: ReadonlyMap<string, LocalizedTexts>;
  progress: ChecklistProgress;
  state: Pick<ChecklistState, "items">;
  onToggle: (item: ChecklistPageItem, checked: boolean) => void;
}

/** The grouped list: area → subcategory → note › chapter → items. */
export function ChecklistGroups({
  groups,
  labels,
  progress,
  state,
  onToggle,
}: ChecklistGroupsProps) {
  useDictionaries();
  if (groups.length === 0) {
    return (
      <p className="py-8 text-center text-slate-600 dark:text-slate-400">
        <T k="checklist.empty" />
      </p>
    );
  }
  const label = (id: string): LocalizedTexts =>
    id === UNCLASSIFIED
      ? translations("category.unclassified")
      : (labels.get(id) ?? localizedBy(() => id));
  return (
    <div className="space-y-10">
      {groups.map((area) => {
        const areaLabel = label(area.id);
        const areaCount =
          area.id === UNCLASSIFIED ? progress.unclassified : progress.areas[area.id];
        return (
          <section
            key={area.id}
            aria-labelledby={`area-${area.id}`}
            className="break-inside-avoid-page"
          >
            <div className="mb-3 flex flex-wrap items-end justify-between gap-x-6 gap-y-1 border-b border-slate-200 pb-2 dark:border-slate-800">
              <h2 id={`area-${area.id}`} className="text-xl font-semibold">
                <Localized texts={areaLabel} />
              </h2>
              {areaCount && (
                <div className="w-full sm:w-56">
                  <ProgressBar label={areaLabel} count={areaCount} hideLabel />
                </div>
              )}
            </div>
            <div className="space-y-6">
              {area.subs.map((sub) => {
                const subLabel =
                  sub.id === UNCLASSIFIED
                    ? translations("checklist.unclassifiedSub")
                    : sub.id === area.id
                      ? localizedBy((locale) =>
                          translate(locale, "checklist.general", {
                            area: areaLabel[locale].text,
                          }),
                        )
                      : label(sub.id);
                const subCount = progress.subcategories[sub.id];
                return (
                  <section key={sub.id} aria-labelledby={`sub-${sub.id}`}>
                    <div className="mb-2 flex flex-wrap items-end justify-between gap-x-6 gap-y-1">
                      <h3 id={`sub-${sub.id}`} className="text-lg font-medium">
                        <Localized texts={subLabel} />
                      </h3>
                      {subCount && (
                        <div className="w-full sm:w-56">
                          <ProgressBar label={subLabel} count={subCount} hideLabel />
                        </div>
                      )}
                    </div>
                    {sub.notes.map((note) =>
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
                                <ItemRow
                                  key={item.id}
                                  item={item}
                                  scope={sub.id}
                                  done={isDone(item.id, item.checked, state)}
                                  onToggle={onToggle}
                                />
                              ))}
                            </ul>
                          </div>
                        );
                      }),
                    )}
                  </section>
                );
              })}
            </div>
          </section>
        );
      })}
    </div>
  );
}

function ItemRow({
  item,
  scope,
  done,
  onToggle,
}: {
  item: ChecklistPageItem;
  /** The group the row is in: an item filed under two categories is listed twice. */
  scope: string;
  done: boolean;
  onToggle: (item: ChecklistPageItem, checked: boolean) => void;
}) {
  const boxId = `check-${scope}-${item.id}`;
  return (
    <li className="flex items-start gap-3 py-2 break-inside-avoid">
      <input
        id={boxId}
        type="checkbox"
        data-item-id={item.id}
        checked={done}
        onChange={(event) => onToggle(item, event.target.checked)}
        className="mt-1 h-4 w-4 shrink-0 accent-emerald-700 print:hidden"
      />
      <span aria-hidden="true" className="hidden w-4 shrink-0 print:inline">
        {done ? BOX.done : BOX.open}
      </span>
      <div className="min-w-0 flex-1">
        <label
          htmlFor={boxId}
          lang={item.lang}
          className={`block break-words [&_a]:text-sky-700 [&_a]:underline dark:[&_a]:text-sky-400 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 dark:[&_code]:bg-slate-800 ${
            done ? "text-slate-500 dark:text-slate-400" : ""
          }`}
          dangerouslySetInnerHTML={{ __html: item.html }}
        />
        <p className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-slate-600 dark:text-slate-400">
          <span>
            <T k={`lang.${item.lang}`} />
          </span>
          <TaskChips meta={item.meta} />
          <Link
            href={item.url}
            prefetch={false}
            className="text-sky-700 underline print:hidden dark:text-sky-400"
          >
            <T k="checklist.showInChapter" />
            <span className="sr-only">
              {": "}
              <span lang={item.lang}>{item.plain}</span>
            </span>
          </Link>
        </p>
      </div>
    </li>
  );
}
