"use client";

import { useDictionaries } from "@/lib/i18n/client";
import { useId } from "react";
import { getReadinessStore } from "@/lib/client/use-readiness";
import { i18nAttr } from "@/lib/i18n/attrs";
import { translate } from "@/lib/i18n/messages";
import { T } from "../T";

export interface ProfileChoice {
  name: string;
  title: string;
}

/** The team's profiles as pages are told about them (lib/portal/model-json.ts `readinessRef`). */
export interface ReadinessRef {
  url: string;
  profiles: ProfileChoice[];
}

/**
 * Which readiness state is shown: the reader's own ticks in this browser ("my study", the
 * default) or a team profile from `readiness/*.yaml`. The choice is kept in this browser and
 * applies on the checklist, the dashboard and chapter pages.
 */
export function ProfilePicker({
  profiles,
  selected,
  compact = false,
}: {
  profiles: readonly ProfileChoice[];
  selected: string | null;
  compact?: boolean;
}) {
  useDictionaries();
  const id = useId();
  if (profiles.length === 0) return null;
  return (
    <div
      className={`flex flex-wrap items-center gap-2 print:hidden ${compact ? "text-xs" : "text-sm"}`}
    >
      <label htmlFor={id} className="font-medium">
        <T k="readiness.picker" />
      </label>
      <select
        id={id}
        data-profile-picker=""
        value={selected ?? ""}
        onChange={(e) => getReadinessStore().select(e.target.value || null)}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
      >
        <option value="" {...i18nAttr("label", "readiness.myStudy")}>
          {translate("en", "readiness.myStudy")}
        </option>
        {profiles.map((p) => (
          <option key={p.name} value={p.name}>
            {p.title}
          </option>
        ))}
      </select>
    </div>
  );
}
