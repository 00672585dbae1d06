"use client";

import Link from "next/link";
import { lazy, Suspense, useLayoutEffect, useMemo, useState } from "react";
import { isDone } from "@/lib/client/checklist-progress";
import { getChecklistStore, useChecklist } from "@/lib/client/use-checklist";
import type { ChecklistId } from "@/lib/content/types";
import { T } from "../T";
import { StorageStatusLine } from "./StorageStatusLine";
import type { ReadinessRef } from "../readiness/ProfilePicker";
import { NOTE_BODY, taskInputs } from "./task-inputs";

/** The team-profile picker: its code is fetched only on pages of content that has profiles. */
const ChapterProfile = lazy(() => import("../readiness/ChapterProfile"));

export interface ChapterTaskItem {
  id: ChecklistId;
  /** Plain item text (`ChecklistItem.plain`): the checkbox's accessible name and what is stored. */
  text: string;
  /** Note slug. */
  note: string;
  /** Source default (`- [x]` is true). */
  checked: boolean;
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
  const ids = useMemo(() => new Set<string>(byId.keys()), [byId]);
  // A team profile shown by ChapterProfile owns the boxes while it is picked.
  const [profileActive, setProfileActive] = useState(false);

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
    const roots = [...document.querySelectorAll(NOTE_BODY)];
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

  // Keep the boxes in step with the store (the pre-paint script showed the saved state already).
  useLayoutEffect(() => {
    if (!snapshot.ready || profileActive) return;
    for (const input of taskInputs()) {
      const item = byId.get(input.dataset.taskId ?? "");
      if (item) input.checked = isDone(item.id, item.checked, snapshot.state);
    }
  }, [snapshot, byId, profileActive]);

  if (items.length === 0) return null;
  return (
    <>
      {readiness && (
        <Suspense fallback={null}>
          <ChapterProfile ids={ids} readiness={readiness} onActive={setProfileActive} />
        </Suspense>
      )}
      <StorageStatusLine snapshot={snapshot}>
        <Link href="/checklist" className="underline">
          <T k="checklist.status.open" />
        </Link>
      </StorageStatusLine>
    </>
  );
}
