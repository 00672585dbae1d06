"use client";

import { useEffect, useLayoutEffect, useMemo } from "react";
import { mergeProfile } from "@/lib/client/readiness-store";
import { usePickedProfile } from "@/lib/client/use-readiness";
import { useUiLocale } from "@/lib/i18n/client";
import { translate } from "@/lib/i18n/messages";
import { attachDecisions } from "@/lib/readiness/summary";
import { taskInputs } from "../checklist/task-inputs";
import { T } from "../T";
import { ProfilePicker, type ReadinessRef } from "./ProfilePicker";
import { DECISION_KEYS } from "./decision-keys";

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
  const locale = useUiLocale();
  const { selected, profile, edits } = usePickedProfile(readiness);
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
      badge.textContent = [translate(locale, DECISION_KEYS[state]), ...detail].join(" · ");
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
      <ProfilePicker profiles={readiness.profiles} selected={selected} compact />
      {profile && (
        <p role="status" className="text-slate-700 dark:text-slate-300">
          <T k="readiness.chapter.showing" vars={{ profile: profile.title }} />
        </p>
      )}
    </div>
  );
}
