import { createHash } from "node:crypto";
import type { ChecklistId, NoteSlug } from "./types";

/** The text of a checklist item as it is compared for identity: width, case and spaces folded. */
export function normaliseItemText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Short, URL- and id-safe content hash. */
export function shortHash(text: string, length = 10): string {
  return createHash("sha256")
    .update(text)
    .digest("base64url")
    .slice(0, length)
    .replace(/[-_]/g, "x");
}

/** The content folder's own index note has the empty slug; its items' ids start with this. */
const INDEX_NOTE = "index";
const ID_SEPARATOR = "--";

/**
 * A checklist item's stable id: the note slug and a hash of its normalised text, so reordering or
 * inserting items keeps every saved tick. `occurrence` (2, 3, …) separates identical texts.
 */
export function checklistId(note: NoteSlug, text: string, occurrence = 1): ChecklistId {
  const base = `${idNote(note)}${ID_SEPARATOR}${shortHash(normaliseItemText(text))}`;
  return (occurrence > 1 ? `${base}-${occurrence}` : base) as ChecklistId;
}

/** The note a checklist id was made for (`checklistId`'s first part; the index note is "index"). */
export function checklistIdNote(id: string): string {
  const cut = id.lastIndexOf(ID_SEPARATOR);
  return cut < 0 ? "" : id.slice(0, cut);
}

/** A note slug as it stands in its items' ids (the content folder's index note has the empty slug). */
export function idNote(note: string): string {
  return note || INDEX_NOTE;
}
