/** The note body of a chapter or note page, as NoteBody renders it. */
export const NOTE_BODY = "article[data-note-body]";

/** Every task checkbox in the page's note body (GFM task items rendered by lib/content/render.ts). */
export function taskInputs(): HTMLInputElement[] {
  return [...document.querySelectorAll<HTMLInputElement>(`${NOTE_BODY} input[data-task-id]`)];
}
