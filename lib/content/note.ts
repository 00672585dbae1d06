import type { Reporter } from "./diagnostics";
import { runNoteStages, type NoteInput } from "./stages";
import type { Note, Taxonomy } from "./types";

export type { NoteInput } from "./stages";
export { pickTitle } from "./stages/title";
export { NOTE_STAGES } from "./stages";

/**
 * Builds one note from its decoded text by running the stages of lib/content/stages in order
 * (frontmatter → drafts → guard → … → assemble). Returns null for drafts.
 */
export function buildNote(input: NoteInput, taxonomy: Taxonomy, reporter: Reporter): Note | null {
  return runNoteStages({ input, taxonomy, reporter })?.note ?? null;
}
