import * as v from "valibot";
import { plainRecord } from "@/lib/plain-record";

/**
 * The shapes of the checklist progress kept in `localStorage`, one schema per stored version, and
 * the upgrade from each older version to the current one. Everything read from storage is
 * untrusted (another version of Shiori, a browser extension or a person may have written it), so
 * it is parsed here and never cast.
 */

/** The one storage key for checklist progress. The `version` field inside tracks the shape. */
export const STORAGE_KEY = "shiori.checklist.v1";
/** Unreadable stored values are copied to `${BACKUP_PREFIX}<ISO time>` before starting empty. */
export const BACKUP_PREFIX = `${STORAGE_KEY}.backup.`;

const isoTime = v.pipe(v.string(), v.isoTimestamp());
const storedId = v.pipe(v.string(), v.minLength(1));

/** Version 1: the minimum shape from the checklist issue. Text and note were optional. */
const entryV1 = v.object({
  /** Whether the reader ticked the item. */
  checked: v.boolean(),
  /** When the reader last changed the item (ISO 8601). */
  updatedAt: isoTime,
  /** Plain item text at the time of the change, if it was recorded. */
  text: v.optional(v.string()),
  /** Note slug the item belonged to, if it was recorded. */
  note: v.optional(v.string()),
});

export const storedV1Schema = v.object({
  version: v.literal(1),
  items: plainRecord(storedId, entryV1),
});

/**
 * Version 2 (current): every entry remembers the item's text and note so that a tick whose item
 * was reworded or deleted can be shown as an orphan with its old text.
 */
export const entrySchema = v.object({
  /** Whether the reader ticked the item. */
  checked: v.boolean(),
  /** When the reader last changed the item (ISO 8601); the newer change wins on import. */
  updatedAt: isoTime,
  /** Plain item text when the reader last changed it; null when it was never recorded. */
  text: v.nullable(v.string()),
  /** Note slug the item belonged to; null when it was never recorded. */
  note: v.nullable(v.string()),
});

export const storedV2Schema = v.object({
  version: v.literal(2),
  /** Reader changes keyed by stable checklist id. Items without an entry use the source default. */
  items: plainRecord(storedId, entrySchema),
  /** The progress as it was before the last reset, so the reset can be undone; null when none. */
  previous: v.nullable(
    v.object({
      /** When the reset happened (ISO 8601). */
      resetAt: isoTime,
      items: plainRecord(storedId, entrySchema),
    }),
  ),
});

export type ChecklistEntry = v.InferOutput<typeof entrySchema>;
export type ChecklistState = v.InferOutput<typeof storedV2Schema>;
export const CURRENT_VERSION = 2;

export const EMPTY_STATE: ChecklistState = Object.freeze({
  version: 2,
  items: Object.freeze({}) as Record<string, ChecklistEntry>,
  previous: null,
});

const anyVersion = v.object({ version: v.pipe(v.number(), v.integer()) });

export type ParseResult =
  | { ok: true; state: ChecklistState; upgradedFrom: number | null }
  | { ok: false; reason: "invalid-json" | "invalid-shape" | "newer-version"; detail: string };

function upgradeV1(v1: v.InferOutput<typeof storedV1Schema>): ChecklistState {
  const items: Record<string, ChecklistEntry> = {};
  for (const [id, entry] of Object.entries(v1.items)) {
    items[id] = {
      checked: entry.checked,
      updatedAt: entry.updatedAt,
      text: entry.text ?? null,
      note: entry.note ?? null,
    };
  }
  return { version: 2, items, previous: null };
}

/** Parses a raw stored string into the current state shape, upgrading older versions. */
export function parseStored(raw: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { ok: false, reason: "invalid-json", detail: String(error) };
  }
  const head = v.safeParse(anyVersion, json);
  if (!head.success) {
    return { ok: false, reason: "invalid-shape", detail: "no numeric version field" };
  }
  const version = head.output.version;
  if (version > CURRENT_VERSION) {
    return {
      ok: false,
      reason: "newer-version",
      detail: `version ${version} was written by a newer Shiori (this one reads up to ${CURRENT_VERSION})`,
    };
  }
  if (version === 1) {
    const v1 = v.safeParse(storedV1Schema, json);
    if (!v1.success) return { ok: false, reason: "invalid-shape", detail: v.summarize(v1.issues) };
    return { ok: true, state: upgradeV1(v1.output), upgradedFrom: 1 };
  }
  const v2 = v.safeParse(storedV2Schema, json);
  if (!v2.success) return { ok: false, reason: "invalid-shape", detail: v.summarize(v2.issues) };
  return { ok: true, state: v2.output, upgradedFrom: null };
}

export function serialize(state: ChecklistState): string {
  return JSON.stringify(state);
}
