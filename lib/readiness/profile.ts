/**
 * Readiness profiles: one YAML file per cluster or service in the content folder's `readiness/`
 * (`readiness/prod-tokyo.yaml`), recording for checklist items what a team decided: done, not
 * applicable (with a reason) or open, with owner, evidence and date. They are read at build time
 * (lib/readiness/read.ts), checked against the current items (lib/readiness/status.ts) and shown
 * read-only; a reader edits one locally and exports the file again (lib/readiness/write.ts) to
 * commit it, so every change goes through a pull request.
 *
 * This module holds only types and small pure helpers: it is imported by browser code.
 */

export const READINESS_FOLDER = "readiness";
export const READINESS_STATES = ["done", "not-applicable", "open"] as const;
export type ReadinessState = (typeof READINESS_STATES)[number];

/** What a profile records for one item, as written in its file. */
export interface ProfileDecision {
  state: ReadinessState;
  /** Why the item does not apply; required for `not-applicable`. */
  reason: string | null;
  owner: string | null;
  /** A URL that shows the work (a pull request, a runbook, a dashboard). */
  evidence: string | null;
  /** When it was decided, `YYYY-MM-DD`. */
  date: string | null;
  /** The item's plain text when it was decided. */
  text: string | null;
  /** Hash of the item's section when it was decided (ChecklistItem.section). */
  section: string | null;
}

/** How an entry stands against the current notes. */
export type EntryStatus =
  /** The item is there and its section is as it was. */
  | { kind: "current" }
  /** The item is there, but the text of its section changed since the decision. */
  | { kind: "section-changed" }
  /** The item's text changed (so did its id): `item` is the current item it most likely became. */
  | { kind: "reworded"; item: string; text: string }
  /** No current item matches: the entry is kept and listed, never dropped. */
  | { kind: "missing" };

export interface ProfileEntry extends ProfileDecision {
  id: string;
  /** 1-based line of the entry in its file. */
  line: number;
  status: EntryStatus;
}

export interface ReadinessProfile {
  /** File name without `.yaml`: the profile's id in URLs and in the browser's storage. */
  name: string;
  /** Path shown to people (`content/readiness/prod-tokyo.yaml`). */
  file: string;
  title: string;
  description: string | null;
  entries: ProfileEntry[];
  /** The file as committed, so an export can show its changes as a diff. */
  source: string;
}

/** Whether `evidence` is a web address a profile links to (nothing else is ever made a link). */
export function isEvidenceUrl(evidence: string): boolean {
  return /^https?:\/\/\S+$/i.test(evidence);
}

/** An owner as a profile stores it: without the `@` people type before a name. */
export function ownerName(owner: string): string {
  return owner.trim().replace(/^@/, "");
}

/** True when the decision needs a look because the note changed since it was made. */
export function needsRecheck(status: EntryStatus): boolean {
  return status.kind === "section-changed" || status.kind === "reworded";
}

/** `YYYY-MM-DD` plus a number of days. */
export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/** Today in the reader's time zone, `YYYY-MM-DD`. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The due day of a recurring item that was never done: it is overdue on any day. */
export const DUE_ALWAYS = "0000-01-01";

/**
 * The day after which an item is overdue under a decision, or null when it is never due. A
 * recurring item (`(every 90d)`) is due its interval after it was last done (the decision's date;
 * done with no date: not known, so never overdue) and always when it never was, unless its `due:`
 * says from when; an item with `due:` is due then unless it is done; one that does not apply never.
 * The one rule for the profile board, the dashboard and the reader's own study.
 */
export function dueBy(
  decision: Pick<ProfileDecision, "state" | "date"> | null,
  meta: { due: string | null; every: number | null } | undefined,
): string | null {
  const state = decision?.state ?? "open";
  if (state === "not-applicable") return null;
  if (meta?.every) {
    if (state === "done") return decision?.date ? addDays(decision.date, meta.every) : null;
    return meta.due ?? DUE_ALWAYS;
  }
  return meta?.due && state !== "done" ? meta.due : null;
}

/** How many of these due days (from `dueBy`) are past on day `on`. */
export function countOverdue(dueDays: readonly string[], on: string): number {
  return dueDays.filter((day) => day < on).length;
}

export interface Schedule {
  /** When a recurring item was last done (the decision's date), or null. */
  lastDone: string | null;
  /** When it is due next, or null (never due, or a recurring item never done). */
  next: string | null;
  overdue: boolean;
}

/** An item's schedule under a decision on day `on`, for showing (see `dueBy`). */
export function scheduleOf(
  decision: Pick<ProfileDecision, "state" | "date"> | null,
  meta: { due: string | null; every: number | null } | undefined,
  on: string,
): Schedule {
  const due = dueBy(decision, meta);
  const lastDone = meta?.every && decision?.state === "done" ? (decision.date ?? null) : null;
  return { lastDone, next: due === DUE_ALWAYS ? null : due, overdue: due !== null && due < on };
}

/** `/readiness.json`: the profiles, and each current item's section hash by id. */
export interface ReadinessData {
  profiles: ReadinessProfile[];
  sections: Record<string, string>;
}
