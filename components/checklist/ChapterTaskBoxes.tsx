"use client";

import Link from "next/link";
import { useLayoutEffect, useMemo } from "react";
import { isDone } from "@/lib/client/checklist-progress";
import { getChecklistStore, useChecklist } from "@/lib/client/use-checklist";
import type { ChecklistId } from "@/lib/content/types";
import { T } from "../T";
import { StorageStatusLine } from "./StorageStatusLine";
import { ProfilePicker, type ReadinessRef } from "../readiness/ProfilePicker";
import { mergeProfile } from "@/lib/client/readiness-store";
import { useReadinessData, useReadinessLocal } from "@/lib/client/use-readiness";
import { useUiLocale } from "@/lib/i18n/client";
import { translate } from "@/lib/i18n/messages";
import { attachDecisions } from "@/lib/readiness/summary";

const BADGE_KEYS = {
  done: "readiness.state.done",
  "not-applicable": "readiness.state.not-applicable",
  open: "readiness.state.open",
  none: "readiness.state.none",
  recheck: "readiness.recheck",
} as const;

export interface ChapterTaskItem {
  id: ChecklistId;
  /** Plain item text (`ChecklistItem.plain`): the checkbox's accessible name and what is stored. */
  text: string;
  /** Note slug. */
  note: string;
  /** Source default (`- [x]` is true). */
  checked: boolean;
}

const BODY = "article[data-note-body]";

function taskInputs(): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>(`${BODY} input[data-task-id]`)];
}

/**
 * Turns the static task boxes of a chapter page into real checkboxes backed by the checklist
 * store: enabled, named by their text, ticked from saved progress and kept in sync with the
 * checklist page and other tabs. Renders only a notice when progress cannot be saved.
 */
export function ChapterTaskBoxes({
  items,
  readiness,
}: {
  items: ChapterTaskItem[];
  /** The team's readiness profiles, when the content has some: a picked one is shown read-only. */
  readiness?: ReadinessRef;
}) {
  const snapshot = useChecklist();
  const byId = useMemo(() => new Map(items.map((item) => [item.id as string, item])), [items]);
  const local = useReadinessLocal();
  const locale = useUiLocale();
  const profiles = readiness?.profiles ?? [];
  const selected =
    items.length > 0 && profiles.some((p) => p.name === local.local.selected)
      ? local.local.selected
      : null;
  const load = useReadinessData(readiness?.url ?? null, selected !== null);
  const profile =
    selected !== null && load.state === "ready"
      ? (load.data.profiles.find((p) => p.name === selected) ?? null)
      : null;
  const edits = profile ? local.local.edits[profile.name] : undefined;
  const decisions = useMemo(
    () => (profile ? attachDecisions(mergeProfile(profile, edits)).byItem : null),
    [profile, edits],
  );

  // Enable the boxes of this page's items and listen for changes (one delegated listener).
  useLayoutEffect(() => {
    const inputs = taskInputs().filter((input) => byId.has(input.dataset.taskId ?? ""));
    const before = inputs.map((input) => ({
      input,
      disabled: input.disabled,
      label: input.getAttribute("aria-label"),
    }));
    for (const input of inputs) {
      const item = byId.get(input.dataset.taskId ?? "");
      // The pre-paint script enabled the box and noted what it showed; a box that shows something
      // else was changed before hydration: that change is the reader's, so it is saved.
      const shown = input.dataset.shown;
      if (item && shown !== undefined && input.checked !== (shown === "1"))
        getChecklistStore().setChecked(item.id, input.checked, {
          text: item.text,
          note: item.note,
        });
      delete input.dataset.shown;
      input.disabled = false;
      if (item) input.setAttribute("aria-label", item.text);
    }
    const onChange = (event: Event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement)) return;
      const item = byId.get(input.dataset.taskId ?? "");
      if (!item) return;
      getChecklistStore().setChecked(item.id, input.checked, { text: item.text, note: item.note });
    };
    const roots = [...document.querySelectorAll(BODY)];
    for (const root of roots) root.addEventListener("change", onChange);
    return () => {
      for (const root of roots) root.removeEventListener("change", onChange);
      for (const { input, disabled, label } of before) {
        input.disabled = disabled;
        if (label === null) input.removeAttribute("aria-label");
        else input.setAttribute("aria-label", label);
      }
    };
  }, [byId]);

  // A picked team profile: its decisions, read-only, with a badge after each item's text.
  useLayoutEffect(() => {
    if (!decisions) return;
    const added: HTMLElement[] = [];
    const touched: HTMLInputElement[] = [];
    for (const input of taskInputs()) {
      const id = input.dataset.taskId ?? "";
      if (!byId.has(id)) continue;
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
      const label = host?.querySelector(".task-label");
      (label ?? host)?.append(badge);
      added.push(badge);
    }
    return () => {
      for (const badge of added) badge.remove();
      for (const input of touched) input.disabled = false;
    };
  }, [decisions, byId, locale]);

  // Keep the boxes in step with the store (the pre-paint script showed the saved state already).
  useLayoutEffect(() => {
    if (!snapshot.ready || decisions) return;
    for (const input of taskInputs()) {
      const item = byId.get(input.dataset.taskId ?? "");
      if (item) input.checked = isDone(item.id, item.checked, snapshot.state);
    }
  }, [snapshot, byId, decisions]);

  if (items.length === 0) return null;
  return (
    <>
      {profiles.length > 0 && (
        <div className="mt-6 space-y-1 text-sm" data-chapter-profile="">
          <ProfilePicker profiles={profiles} selected={selected} compact />
          {profile && (
            <p role="status" className="text-slate-700 dark:text-slate-300">
              <T k="readiness.chapter.showing" vars={{ profile: profile.title }} />
            </p>
          )}
        </div>
      )}
      <StorageStatusLine snapshot={snapshot}>
        <Link href="/checklist" className="underline">
          <T k="checklist.status.open" />
        </Link>
      </StorageStatusLine>
    </>
  );
}
