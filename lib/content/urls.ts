/**
 * Site addresses of notes: the note page (`/notes/<note>`), a chapter page
 * (`/notes/<note>/<chapter>`), and a place on either (`…#<anchor>`). Used by the pipeline, the
 * renderer and the browser (the checklist data rebuilds item URLs), so it imports nothing.
 */
export function notePageUrl(note: string, chapter: string | null = null, anchor?: string): string {
  // "" is the content folder's own index note (or folder page): `/notes`.
  return `/notes${note ? `/${note}` : ""}${chapter ? `/${chapter}` : ""}${anchor ? `#${anchor}` : ""}`;
}

/** The anchor of a checklist item on its page (`task-<id>`). */
export function taskAnchor(id: string): string {
  return `task-${id}`;
}
