"use client";

import { useId } from "react";
import { UNCLASSIFIED, type ChecklistFilter } from "@/lib/client/checklist-view";
import type { Lang } from "@/lib/content/types";
import type { ChecklistPageCategory } from "./types";
import { LANG_NAMES } from "./lang-names";

const STRINGS = {
  form: "Filter the checklist",
  status: "Show",
  statuses: { all: "All", open: "Open only", done: "Done only" },
  area: "Area",
  anyArea: "All areas",
  unclassified: "Unclassified",
  lang: "Language",
  anyLang: "All languages",
  text: "Text",
  textHint: "Words in any language",
  clear: "Clear filters",
  showing: (shown: number, total: number) => `Showing ${shown} of ${total} items`,
};

export interface ChecklistFiltersProps {
  filter: ChecklistFilter;
  onChange: (filter: ChecklistFilter) => void;
  areas: readonly ChecklistPageCategory[];
  langs: readonly Lang[];
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
  shown,
  total,
}: ChecklistFiltersProps) {
  const id = useId();
  const set = (patch: Partial<ChecklistFilter>) => onChange({ ...filter, ...patch });
  return (
    <form
      role="search"
      aria-label={STRINGS.form}
      onSubmit={(event) => event.preventDefault()}
      className="mb-6 space-y-3 rounded-lg border border-slate-200 p-3 print:hidden dark:border-slate-800"
    >
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <legend className="sr-only">{STRINGS.status}</legend>
        <span aria-hidden="true" className="text-sm font-medium">
          {STRINGS.status}
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
            {STRINGS.statuses[status]}
          </label>
        ))}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-3">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {STRINGS.area}
          <select
            value={filter.area}
            onChange={(e) => set({ area: e.target.value })}
            className={field}
          >
            <option value="all">{STRINGS.anyArea}</option>
            {areas.map((area) => (
              <option key={area.id} value={area.id}>
                {area.label}
              </option>
            ))}
            <option value={UNCLASSIFIED}>{STRINGS.unclassified}</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {STRINGS.lang}
          <select
            value={filter.lang}
            onChange={(e) => set({ lang: e.target.value })}
            className={field}
          >
            <option value="all">{STRINGS.anyLang}</option>
            {langs.map((lang) => (
              <option key={lang} value={lang}>
                {LANG_NAMES[lang]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {STRINGS.text}
          <input
            type="search"
            value={filter.text}
            placeholder={STRINGS.textHint}
            onChange={(e) => set({ text: e.target.value })}
            className={field}
          />
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <p aria-live="polite" className="text-slate-700 dark:text-slate-300">
          {STRINGS.showing(shown, total)}
        </p>
        {(filter.status !== "all" ||
          filter.area !== "all" ||
          filter.lang !== "all" ||
          filter.text !== "") && (
          <button
            type="button"
            onClick={() => onChange({ status: "all", area: "all", lang: "all", text: "" })}
            className="underline"
          >
            {STRINGS.clear}
          </button>
        )}
      </div>
    </form>
  );
}
