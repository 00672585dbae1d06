import { similarity } from "@/lib/client/checklist-orphans";
import { checklistIdNote, idNote, normaliseItemText } from "@/lib/content/ids";
import type { EntryStatus, ProfileDecision } from "./profile";

/** The fields of a current checklist item that a re-check compares. */
export interface StatusItem {
  id: string;
  plain: string;
  note: string;
  section: string;
}

/** How alike an entry's recorded text must be to an item of the same note to count as that item reworded. */
export const REWORDED_SIMILARITY = 0.5;

/**
 * How a profile entry stands against the current items: still there (and its section as it was),
 * there with a changed section, reworded (its id is gone, but an item of the same note not decided
 * in this profile has much the same text), or missing.
 */
export function entryStatus(
  entry: Pick<ProfileDecision, "text" | "section"> & { id: string },
  byId: ReadonlyMap<string, StatusItem>,
  items: readonly StatusItem[],
  decided: ReadonlySet<string>,
): EntryStatus {
  const item = byId.get(entry.id);
  if (item) {
    return entry.section && entry.section !== item.section
      ? { kind: "section-changed" }
      : { kind: "current" };
  }
  if (!entry.text) return { kind: "missing" };
  const old = normaliseItemText(entry.text);
  const note = checklistIdNote(entry.id);
  let best: { item: StatusItem; score: number } | null = null;
  for (const candidate of items) {
    if (decided.has(candidate.id)) continue;
    if (idNote(candidate.note) !== note) continue;
    const score = similarity(old, normaliseItemText(candidate.plain));
    if (score >= REWORDED_SIMILARITY && (!best || score > best.score))
      best = { item: candidate, score };
  }
  return best
    ? { kind: "reworded", item: best.item.id, text: best.item.plain }
    : { kind: "missing" };
}
