import * as z from "zod/mini";
import "@/lib/zod-mini";

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

const isoTime = z.iso.datetime({ offset: true });
const storedId = z.string().check(z.minLength(1));

/** Version 1: the minimum shape from the checklist issue. Text and note were optional. */
const entryV1 = z.object({
  /** Whether the reader ticked the item. */
  checked: z.boolean(),
  /** When the reader last changed the item (ISO 8601). */
  updatedAt: isoTime,
  /** Plain item text at the time of the change, if it was recorded. */
  text: z.optional(z.string()),
  /** Note slug the item belonged to, if it was recorded. */
  note: z.optional(z.string()),
});

export const storedV1Schema = z.object({
  version: z.literal(1),
  items: z.record(storedId, entryV1),
});

/**
 * Version 2 (current): every entry remembers the item's text and note so that a tick whose item
 * was reworded or deleted can be shown as an orphan with its old text.
 */
export const entrySchema = z.object({
  /** Whether the reader ticked the item. */
  checked: z.boolean(),
  /** When the reader last changed the item (ISO 8601); the newer change wins on import. */
  updatedAt: isoTime,
  /** Plain item text when the reader last changed it; null when it was never recorded. */
  text: z.nullable(z.string()),
  /** Note slug the item belonged to; null when it was never recorded. */
  note: z.nullable(z.string()),
});

export const storedV2Schema = z.object({
  version: z.literal(2),
  /** Reader changes keyed by stable checklist id. Items without an entry use the source default. */
  items: z.record(storedId, entrySchema),
  /** The progress as it was before the last reset, so the reset can be undone; null when none. */
  previous: z.nullable(
    z.object({
      /** When the reset happened (ISO 8601). */
      resetAt: isoTime,
      items: z.record(storedId, entrySchema),
    }),
  ),
});

export type ChecklistEntry = z.infer<typeof entrySchema>;
export type ChecklistState = z.infer<typeof storedV2Schema>;
export const CURRENT_VERSION = 2;

export const EMPTY_STATE: ChecklistState = Object.freeze({
  version: 2,
  items: Object.freeze({}) as Record<string, ChecklistEntry>,
  previous: null,
});

const anyVersion = z.object({ version: z.int() });

export type ParseResult =
  | { ok: true; state: ChecklistState; upgradedFrom: number | null }
  | { ok: false; reason: "invalid-json" | "invalid-shape" | "newer-version"; detail: string };

function upgradeV1(v1: z.infer<typeof storedV1Schema>): ChecklistState {
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
  const head = anyVersion.safeParse(json);
  if (!head.success) {
    return { ok: false, reason: "invalid-shape", detail: "no numeric version field" };
  }
  const version = head.data.version;
  if (version > CURRENT_VERSION) {
    return {
      ok: false,
      reason: "newer-version",
      detail: `version ${version} was written by a newer Shiori (this one reads up to ${CURRENT_VERSION})`,
    };
  }
  if (version === 1) {
    const v1 = storedV1Schema.safeParse(json);
    if (!v1.success)
      return { ok: false, reason: "invalid-shape", detail: z.prettifyError(v1.error) };
    return { ok: true, state: upgradeV1(v1.data), upgradedFrom: 1 };
  }
  const v2 = storedV2Schema.safeParse(json);
  if (!v2.success) return { ok: false, reason: "invalid-shape", detail: z.prettifyError(v2.error) };
  return { ok: true, state: v2.data, upgradedFrom: null };
}

export function serialize(state: ChecklistState): string {
  return JSON.stringify(state);
}
