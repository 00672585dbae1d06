import { useSyncExternalStore } from "react";
import { EMPTY_STATE } from "./checklist-schema";
import {
  createChecklistStore,
  type ChecklistSnapshot,
  type ChecklistStore,
} from "./checklist-store";

/**
 * React access to the one checklist store of the page. Every component (the checklist page, task
 * boxes on chapter pages, dashboard cards) shares it, so a tick anywhere shows everywhere; other
 * tabs reach it through `storage` events.
 */

let browserStore: ChecklistStore | null = null;

/** The page's store, created on first use. Browser only: call it from effects and handlers. */
export function getChecklistStore(): ChecklistStore {
  browserStore ??= createChecklistStore({
    // Reading `window.localStorage` throws SecurityError when the browser blocks storage.
    storage: () => window.localStorage,
    events: window,
  });
  return browserStore;
}

/** What the server renders and what hydration starts from: source defaults only. */
const SERVER_SNAPSHOT: ChecklistSnapshot = {
  ready: false,
  state: EMPTY_STATE,
  persistence: { kind: "saved" },
  backups: [],
};

const subscribe = (listener: () => void) => getChecklistStore().subscribe(listener);
const getSnapshot = () => getChecklistStore().getSnapshot();
const getServerSnapshot = () => SERVER_SNAPSHOT;

/** The current progress; re-renders on every change in this tab or another. */
export function useChecklist(): ChecklistSnapshot {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
