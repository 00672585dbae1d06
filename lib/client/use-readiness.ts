import { useEffect, useState, useSyncExternalStore } from "react";
import type { ReadinessData, ReadinessProfile } from "@/lib/readiness/profile";
import {
  EMPTY_LOCAL,
  createReadinessStore,
  type LocalEdit,
  type ReadinessSnapshot,
  type ReadinessStore,
} from "./readiness-store";

/**
 * React access to the reader's readiness work (lib/client/readiness-store.ts) and to the team's
 * profiles (`/readiness.json`, fetched once per page and URL).
 */

let browserStore: ReadinessStore | null = null;

export function getReadinessStore(): ReadinessStore {
  browserStore ??= createReadinessStore({ storage: () => window.localStorage, events: window });
  return browserStore;
}

const SERVER_SNAPSHOT: ReadinessSnapshot = { ready: false, local: EMPTY_LOCAL, saved: true };
const subscribe = (listener: () => void) => getReadinessStore().subscribe(listener);
const getSnapshot = () => getReadinessStore().getSnapshot();
const getServerSnapshot = () => SERVER_SNAPSHOT;

export function useReadinessLocal(): ReadinessSnapshot {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}

const fetched = new Map<string, Promise<ReadinessData>>();

function fetchReadiness(url: string): Promise<ReadinessData> {
  let promise = fetched.get(url);
  if (!promise) {
    promise = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = (await response.json()) as Partial<ReadinessData>;
      if (
        !Array.isArray(body.profiles) ||
        typeof body.sections !== "object" ||
        body.sections === null
      )
        throw new Error("unexpected readiness data");
      return body as ReadinessData;
    });
    promise.catch(() => fetched.delete(url));
    fetched.set(url, promise);
  }
  return promise;
}

export type ReadinessLoad =
  | { state: "idle" | "loading" }
  | { state: "failed"; reason: string }
  | { state: "ready"; data: ReadinessData };

/** The profiles at `url`, fetched when `wanted` (a profile is picked) and kept for the page. */
export function useReadinessData(url: string | null, wanted: boolean): ReadinessLoad {
  const [load, setLoad] = useState<ReadinessLoad>({ state: "idle" });
  useEffect(() => {
    if (!url || !wanted) return;
    let live = true;
    fetchReadiness(url)
      .then((data) => live && setLoad({ state: "ready", data }))
      .catch((error: unknown) => live && setLoad({ state: "failed", reason: String(error) }));
    return () => {
      live = false;
    };
  }, [url, wanted]);
  return load;
}

/** The team profile this browser shows, as the pages are told about profiles (names and data URL). */
export interface PickedProfile {
  /** The picked profile's name; null for "my study" (also when the picked one no longer exists). */
  selected: string | null;
  load: ReadinessLoad;
  /** The picked profile once its data is in. */
  profile: ReadinessProfile | null;
  /** This browser's edits of it, not yet exported. */
  edits: Readonly<Record<string, LocalEdit>> | undefined;
  local: ReadinessSnapshot;
}

/** The reader's pick among `profiles` and its data (fetched from `url` once one is picked). */
export function usePickedProfile(
  ref: { url: string; profiles: readonly { name: string }[] } | undefined,
): PickedProfile {
  const local = useReadinessLocal();
  const profiles = ref?.profiles ?? [];
  const selected = profiles.some((p) => p.name === local.local.selected)
    ? local.local.selected
    : null;
  const load = useReadinessData(ref?.url ?? null, selected !== null);
  const profile =
    selected !== null && load.state === "ready"
      ? (load.data.profiles.find((p) => p.name === selected) ?? null)
      : null;
  return {
    selected,
    load,
    profile,
    edits: profile ? local.local.edits[profile.name] : undefined,
    local,
  };
}
