"use client";

import { useDictionaries } from "@/lib/i18n/client";
import { useId } from "react";
import { UNCLASSIFIED, type ChecklistFilter } from "@/lib/client/checklist-view";
import type { Lang } from "@/lib/content/types";
import type { ChecklistPageCategory } from "@/lib/portal/checklist-types";
import { i18nAttr, localizedAttr } from "@/lib/i18n/attrs";
import { translate } from "@/lib/i18n/messages";
import { T } from "../T";

const STATUS_KEYS = {
  all: "checklist.filter.all",
  open: "checklist.filter.open",
  done: "checklist.filter.done",
} as const;

export interface ChecklistFiltersProps {
  filter: ChecklistFilter;
  onChange: (filter: ChecklistFilter) => void;
  areas: readonly ChecklistPageCategory[];
  langs: readonly Lang[];
  /** Owners written in items (`@name`); the owner filter shows only when there are some. */
  owners?: readonly string[];
  /** Whether any item has a due date or an interval: the "due" filter shows only then. */
  dated?: boolean;
  shown: number;
  total: number;
}

const field =
  "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900";

export function ChecklistFilters({
  filter,
  onChange,
  areas,
  langs,
  owners = [],
  dated = false,
  shown,
  total,
}: ChecklistFiltersProps) {
  useDictionaries();
  const id = useId();
  const set = (patch: Partial<ChecklistFilter>) => onChange({ ...filter, ...patch });
  return (
    <form
      role="search"
      {...i18nAttr("aria-label", "checklist.filter.form")}
      onSubmit={(event) => event.preventDefault()}
      className="mb-6 space-y-3 rounded-lg border border-slate-200 p-3 print:hidden dark:border-slate-800"
    >
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <legend className="sr-only">
          <T k="checklist.filter.status" />
        </legend>
        <span aria-hidden="true" className="text-sm font-medium">
          <T k="checklist.filter.status" />
        </span>
        {(["all", "open", "done"] as const).map((status) => (
          <label key={status} className="flex items-center gap-1.5 text-sm">
            <input
              type="radio"
              name={`${id}-status`}
              value={status}
              checked={filter.status === status}
              onChange={() => set({ status })}
              className="h-4 w-4 accent-emerald-700"
            />
            <T k={STATUS_KEYS[status]} />
          </label>
        ))}
      </fieldset>
      <div
        className={`grid gap-3 ${owners.length > 0 || dated ? "sm:grid-cols-2 lg:grid-cols-3" : "sm:grid-cols-3"}`}
      >
        <label className="flex flex-col gap-1 text-sm font-medium">
          <T k="checklist.filter.area" />
          <select
            value={filter.area}
            onChange={(e) => set({ area: e.target.value })}
            className={field}
          >
            <option value="all" {...i18nAttr("label", "checklist.filter.anyArea")}>
              {translate("en", "checklist.filter.anyArea")}
            </option>
            {areas.map((area) => (
              <option key={area.id} value={area.id} {...localizedAttr("label", area.labels)}>
                {area.label}
              </option>
            ))}
            <option value={UNCLASSIFIED} {...i18nAttr("label", "category.unclassified")}>
              {translate("en", "category.unclassified")}
            </option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          <T k="checklist.filter.lang" />
          <select
            value={filter.lang}
            onChange={(e) => set({ lang: e.target.value })}
            className={field}
          >
            <option value="all" {...i18nAttr("label", "checklist.filter.anyLang")}>
              {translate("en", "checklist.filter.anyLang")}
            </option>
            {langs.map((lang) => (
              <option key={lang} value={lang} {...i18nAttr("label", `lang.${lang}`)}>
                {translate("en", `lang.${lang}`)}
              </option>
            ))}
          </select>
        </label>
        {owners.length > 0 && (
          <label className="flex flex-col gap-1 text-sm font-medium">
            <T k="checklist.filter.owner" />
            <select
              value={filter.owner ?? "all"}
              data-owner-filter=""
              onChange={(e) => set({ owner: e.target.value })}
              className={field}
            >
              <option value="all" {...i18nAttr("label", "checklist.filter.anyOwner")}>
                {translate("en", "checklist.filter.anyOwner")}
              </option>
              {owners.map((owner) => (
                <option key={owner} value={owner}>
                  @{owner}
                </option>
              ))}
            </select>
          </label>
        )}
        {dated && (
          <label className="flex flex-col gap-1 text-sm font-medium">
            <T k="checklist.filter.due" />
            <select
              value={filter.due ?? "all"}
              data-due-filter=""
              onChange={(e) => set({ due: e.target.value as ChecklistFilter["due"] })}
              className={field}
            >
              {(["all", "dated", "overdue"] as const).map((due) => (
                <option key={due} value={due} {...i18nAttr("label", `checklist.filter.due.${due}`)}>
                  {translate("en", `checklist.filter.due.${due}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="flex flex-col gap-1 text-sm font-medium">
          <T k="checklist.filter.text" />
          <input
            type="search"
            value={filter.text}
            {...i18nAttr("placeholder", "checklist.filter.textHint")}
            onChange={(e) => set({ text: e.target.value })}
            className={field}
          />
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <p aria-live="polite" className="text-slate-700 dark:text-slate-300">
          <T k="checklist.filter.showing" vars={{ shown, total, count: total }} />
        </p>
        {(filter.status !== "all" ||
          filter.area !== "all" ||
          filter.lang !== "all" ||
          (filter.owner ?? "all") !== "all" ||
          (filter.due ?? "all") !== "all" ||
          filter.text !== "") && (
          <button
            type="button"
            onClick={() =>
              onChange({
                status: "all",
                area: "all",
                lang: "all",
                text: "",
                owner: "all",
                due: "all",
              })
            }
            className="underline"
          >
            <T k="checklist.filter.clear" />
          </button>
        )}
      </div>
    </form>
  );
}
