import * as v from "valibot";
import { plainRecord } from "@/lib/plain-record";
import {
  READINESS_STATES,
  type ProfileDecision,
  type ProfileEntry,
  type ReadinessProfile,
} from "@/lib/readiness/profile";
import type { StorageEventSource, StorageLike } from "./checklist-store";

/**
 * A reader's local work on readiness profiles: which profile is shown, and edits to profiles not
 * yet exported. Kept under its own `localStorage` key, apart from the reader's own ticks
 * (`shiori.checklist.v1`), which this never reads or writes: "my study" stays exactly as it was.
 */

export const READINESS_KEY = "shiori.readiness.v1";

const decisionSchema = v.object({
  state: v.picklist(READINESS_STATES),
  reason: v.nullable(v.string()),
  owner: v.nullable(v.string()),
  evidence: v.nullable(v.string()),
  date: v.nullable(v.string()),
  text: v.nullable(v.string()),
  section: v.nullable(v.string()),
});

const editSchema = v.object({
  /** The new decision; null removes the entry from the profile. */
  decision: v.nullable(decisionSchema),
  /** The file's decision when the edit began (null: the file had no entry). */
  base: v.nullable(decisionSchema),
  editedAt: v.pipe(v.string(), v.isoTimestamp()),
});

const storedSchema = v.object({
  version: v.literal(1),
  /** The profile shown; null is the reader's own ticks ("my study"). */
  selected: v.nullable(v.string()),
  edits: plainRecord(v.string(), plainRecord(v.string(), editSchema)),
});

export type LocalEdit = v.InferOutput<typeof editSchema>;
export type ReadinessLocal = v.InferOutput<typeof storedSchema>;

export const EMPTY_LOCAL: ReadinessLocal = { version: 1, selected: null, edits: {} };

/** Reads the stored value; anything unreadable starts empty (the raw value is kept by `createReadinessStore`). */
export function parseLocal(raw: string | null): ReadinessLocal | null {
  if (raw === null) return EMPTY_LOCAL;
  try {
    const parsed = v.safeParse(storedSchema, JSON.parse(raw));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

function sameDecision(a: ProfileDecision | null, b: ProfileDecision | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.state === b.state &&
    a.reason === b.reason &&
    a.owner === b.owner &&
    a.evidence === b.evidence &&
    a.date === b.date &&
    a.text === b.text &&
    a.section === b.section
  );
}

export function decisionOf(entry: ProfileEntry): ProfileDecision {
  const { state, reason, owner, evidence, date, text, section } = entry;
  return { state, reason, owner, evidence, date, text, section };
}

/** One item's decision in a profile as the reader sees it. */
export interface MergedDecision {
  decision: ProfileDecision;
  /** `file`: as committed; `local`: edited in this browser and not yet in the file. */
  from: "file" | "local";
  /** The file's entry (for its re-check status), if it has one. */
  entry: ProfileEntry | null;
}

export interface MergedProfile {
  /** By item id (the file's ids; a local edit may add or remove ids). */
  decisions: Map<string, MergedDecision>;
  /** Local edits still to export. */
  pending: { id: string; edit: LocalEdit }[];
  /** Local edits made against a version of the file that has changed since: shown, not applied. */
  superseded: { id: string; edit: LocalEdit; file: ProfileDecision | null }[];
  /** Local edits the file now holds (exported and committed): safe to forget. */
  landed: string[];
}

/**
 * The file's decisions with the reader's local edits over them. An edit applies while the file's
 * entry is still what it was when the edit began; once the file holds the edit it has landed; if
 * the file changed in some other way (another teammate's pull request), the file wins and the edit
 * is kept aside as superseded, never silently dropped.
 */
export function mergeProfile(
  profile: Pick<ReadinessProfile, "entries">,
  edits: Readonly<Record<string, LocalEdit>> = {},
): MergedProfile {
  const decisions = new Map<string, MergedDecision>();
  const fileEntries = new Map(profile.entries.map((e) => [e.id, e]));
  for (const entry of profile.entries)
    decisions.set(entry.id, { decision: decisionOf(entry), from: "file", entry });
  const merged: MergedProfile = { decisions, pending: [], superseded: [], landed: [] };
  for (const [id, edit] of Object.entries(edits)) {
    const entry = fileEntries.get(id) ?? null;
    const file = entry ? decisionOf(entry) : null;
    if (sameDecision(file, edit.decision)) merged.landed.push(id);
    else if (!sameDecision(file, edit.base)) merged.superseded.push({ id, edit, file });
    else {
      merged.pending.push({ id, edit });
      if (edit.decision === null) decisions.delete(id);
      else decisions.set(id, { decision: edit.decision, from: "local", entry });
    }
  }
  return merged;
}

export interface ReadinessSnapshot {
  ready: boolean;
  local: ReadinessLocal;
  /** False when edits cannot be saved (storage blocked or full): they live in this tab only. */
  saved: boolean;
}

export interface ReadinessStore {
  getSnapshot(): ReadinessSnapshot;
  subscribe(listener: () => void): () => void;
  select(profile: string | null): void;
  edit(
    profile: string,
    id: string,
    decision: ProfileDecision | null,
    base: ProfileDecision | null,
    now?: Date,
  ): void;
  /** Forgets local edits of a profile (all, or the given ids). */
  forget(profile: string, ids?: readonly string[]): void;
}

/**
 * The store over `localStorage`. A stored value this version cannot read is copied to
 * `<key>.backup.<time>` before anything is written, so nothing a reader did is lost.
 */
export function createReadinessStore(options: {
  storage: () => StorageLike;
  events?: StorageEventSource;
}): ReadinessStore {
  const listeners = new Set<() => void>();
  let snapshot: ReadinessSnapshot = { ready: true, local: EMPTY_LOCAL, saved: true };
  const read = () => {
    try {
      const storage = options.storage();
      const raw = storage.getItem(READINESS_KEY);
      const local = parseLocal(raw);
      if (local === null && raw !== null) {
        storage.setItem(`${READINESS_KEY}.backup.${new Date().toISOString()}`, raw);
        storage.removeItem(READINESS_KEY);
      }
      snapshot = { ready: true, local: local ?? EMPTY_LOCAL, saved: true };
    } catch {
      snapshot = { ...snapshot, ready: true, saved: false };
    }
  };
  read();
  const write = (local: ReadinessLocal) => {
    let saved = true;
    try {
      options.storage().setItem(READINESS_KEY, JSON.stringify(local));
    } catch {
      saved = false;
    }
    snapshot = { ready: true, local, saved };
    for (const listener of listeners) listener();
  };
  const onStorage = (event: { key: string | null }) => {
    if (event.key !== null && event.key !== READINESS_KEY) return;
    read();
    for (const listener of listeners) listener();
  };
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      if (listeners.size === 0) options.events?.addEventListener("storage", onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) options.events?.removeEventListener("storage", onStorage);
      };
    },
    select(profile) {
      write({ ...snapshot.local, selected: profile });
    },
    edit(profile, id, decision, base, now = new Date()) {
      const edits = { ...snapshot.local.edits };
      const mine = { ...(edits[profile] ?? {}) };
      const earlier = mine[id];
      // The base stays the file's decision from the first edit: that is what the file must still be.
      mine[id] = { decision, base: earlier ? earlier.base : base, editedAt: now.toISOString() };
      edits[profile] = mine;
      write({ ...snapshot.local, edits });
    },
    forget(profile, ids) {
      const edits = { ...snapshot.local.edits };
      if (!ids) delete edits[profile];
      else {
        const mine = { ...(edits[profile] ?? {}) };
        for (const id of ids) delete mine[id];
        if (Object.keys(mine).length === 0) delete edits[profile];
        else edits[profile] = mine;
      }
      write({ ...snapshot.local, edits });
    },
  };
}
