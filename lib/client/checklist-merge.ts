import type { ChecklistEntry } from "./checklist-schema";

/** Milliseconds since the epoch of an entry's change (entries are validated ISO 8601). */
function changedAt(entry: ChecklistEntry): number {
  return Date.parse(entry.updatedAt);
}

/** How `incoming` compares with `local`: newer, older, or the same change time. */
export function compareChange(
  incoming: ChecklistEntry,
  local: ChecklistEntry,
): "newer" | "older" | "same" {
  const diff = changedAt(incoming) - changedAt(local);
  if (diff > 0) return "newer";
  if (diff < 0) return "older";
  return "same";
}

/**
 * Merges two sets of entries item by item: the newer change wins; on the same change time the
 * entry from `overlay` wins.
 */
export function mergeEntries(
  base: Readonly<Record<string, ChecklistEntry>>,
  overlay: Readonly<Record<string, ChecklistEntry>>,
): Record<string, ChecklistEntry> {
  const merged: Record<string, ChecklistEntry> = { ...base };
  for (const [id, entry] of Object.entries(overlay)) {
    const existing = merged[id];
    if (existing === undefined || compareChange(entry, existing) !== "older") merged[id] = entry;
  }
  return merged;
}
