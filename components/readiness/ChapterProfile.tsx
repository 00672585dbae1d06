"use client";

import { useEffect, useLayoutEffect, useMemo } from "react";
import { mergeProfile } from "@/lib/client/readiness-store";
import { useReadinessData, useReadinessLocal } from "@/lib/client/use-readiness";
import { useUiLocale } from "@/lib/i18n/client";
import { translate } from "@/lib/i18n/messages";
import { attachDecisions } from "@/lib/readiness/summary";
import { taskInputs } from "../checklist/task-inputs";
import { T } from "../T";
import { ProfilePicker, type ReadinessRef } from "./ProfilePicker";

const BADGE_KEYS = {
  done: "readiness.state.done",
  "not-applicable": "readiness.state.not-applicable",
  open: "readiness.state.open",
  none: "readiness.state.none",
  recheck: "readiness.recheck",
} as const;

/**
 * The profile picker of a chapter or note page, loaded only when the content has readiness
 * profiles. With a team profile picked, the page's task boxes show its decisions read-only (ticked
 * when done, disabled) with a badge after each item's text; `onActive` tells the page's task boxes
 * to leave the boxes alone meanwhile. Picking "my study" again puts the reader's ticks back.
 */
export default function ChapterProfile({
  ids,
  readiness,
  onActive,
}: {
  ids: ReadonlySet<string>;
  readiness: ReadinessRef;
  onActive: (active: boolean) => void;
}) {
  const local = useReadinessLocal();
  const locale = useUiLocale();
  const { profiles } = readiness;
  const selected = profiles.some((p) => p.name === local.local.selected)
    ? local.local.selected
    : null;
  const load = useReadinessData(readiness.url, selected !== null);
  const profile =
    selected !== null && load.state === "ready"
      ? (load.data.profiles.find((p) => p.name === selected) ?? null)
      : null;
  const edits = profile ? local.local.edits[profile.name] : undefined;
  const decisions = useMemo(
    () => (profile ? attachDecisions(mergeProfile(profile, edits)).byItem : null),
    [profile, edits],
  );

  useEffect(() => {
    onActive(decisions !== null);
    return () => onActive(false);
  }, [decisions, onActive]);

  useLayoutEffect(() => {
    if (!decisions) return;
    const added: HTMLElement[] = [];
    const touched: HTMLInputElement[] = [];
    for (const input of taskInputs()) {
      const id = input.dataset.taskId ?? "";
      if (!ids.has(id)) continue;
      const found = decisions.get(id);
      const state = found?.recheck ? "recheck" : (found?.decision.state ?? "none");
      input.checked = !found?.recheck && found?.decision.state === "done";
      input.disabled = true;
      touched.push(input);
      const badge = document.createElement("span");
      badge.dataset.profileBadge = state;
      badge.className = "profile-badge";
      const detail = [
        found?.decision.owner ? `@${found.decision.owner}` : "",
        found?.decision.date ?? "",
        found?.decision.reason ?? "",
      ].filter(Boolean);
      badge.textContent = [translate(locale, BADGE_KEYS[state]), ...detail].join(" · ");
      const host = input.closest("li") ?? input.parentElement;
      (host?.querySelector(".task-label") ?? host)?.append(badge);
      added.push(badge);
    }
    return () => {
      for (const badge of added) badge.remove();
      for (const input of touched) input.disabled = false;
    };
  }, [decisions, ids, locale]);

  return (
    <div className="mt-6 space-y-1 text-sm" data-chapter-profile="">
      <ProfilePicker profiles={profiles} selected={selected} compact />
      {profile && (
        <p role="status" className="text-slate-700 dark:text-slate-300">
          <T k="readiness.chapter.showing" vars={{ profile: profile.title }} />
        </p>
      )}
    </div>
  );
}
