import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { decodeContentFile } from "./content-file";
import type { Chapter, ContentModel, Folder, Note, NoteSlug } from "./types";

/** Where the build step writes the content model for pages to read. */
export const GENERATED_DIR = path.resolve(
  /* turbopackIgnore: true */ process.env.SHIORI_GENERATED_DIR ?? "generated",
);
export const CONTENT_JSON = path.join(GENERATED_DIR, "content.json");

const cached = new Map<string, { mtime: number; model: ContentModel }>();

/**
 * The content model in `file` (a content.json written by prebuild), read again only when the file
 * changes, so a rebuild (dev, `npm run serve -- --watch`) shows on the next request.
 */
export function readContentModel(file: string): ContentModel {
  let mtime: number;
  try {
    mtime = statSync(file).mtimeMs;
  } catch {
    throw new Error(
      `${path.relative(process.cwd(), file)} is missing. Run "npm run prebuild" (npm run build does it for you) to build the content model from content/.`,
    );
  }
  let entry = cached.get(file);
  if (!entry || entry.mtime !== mtime) {
    const shown = path.relative(process.cwd(), file) || file;
    entry = { mtime, model: decodeContentFile(readFileSync(file, "utf8"), shown) };
    cached.set(file, entry);
  }
  return entry.model;
}

/**
 * The content model written by `npm run prebuild` (scripts/prebuild.ts). Pages call this and the
 * typed accessors below; they never parse Markdown themselves.
 */
export function getContent(): ContentModel {
  return readContentModel(CONTENT_JSON);
}

export function getNotes(): Note[] {
  return getContent().notes;
}

const noteIndexes = new WeakMap<ContentModel, Map<string, Note>>();

/** The note with this slug (a lookup table per model, so a page with many notes stays linear). */
export function getNote(slug: string): Note | undefined {
  const model = getContent();
  let bySlug = noteIndexes.get(model);
  if (!bySlug) {
    bySlug = new Map(model.notes.map((n) => [n.slug as string, n]));
    noteIndexes.set(model, bySlug);
  }
  return bySlug.get(slug as NoteSlug);
}

/** The folder at a path below the content folder ("" is the top). */
export function getFolder(path: string): Folder | undefined {
  return getContent().folders.find((f) => f.path === path);
}

/** What `/notes/<segments…>` shows: a note page, a chapter page or a folder's generated page. */
export type NotesPage =
  | { kind: "note"; note: Note }
  | { kind: "chapter"; note: Note; chapter: Chapter }
  | { kind: "folder"; folder: Folder };

/**
 * The page at `/notes/<segments…>`: the note with that URL, else a chapter of the note one level
 * up, else the folder with that URL (lib/content/slugs.ts keeps these apart).
 */
export function getNotesPage(segments: readonly string[] = []): NotesPage | null {
  const joined = segments.join("/");
  const note = getNote(joined);
  if (note) return { kind: "note", note };
  if (segments.length > 0) {
    const parent = getNote(segments.slice(0, -1).join("/"));
    const chapter = parent && getChapter(parent, segments[segments.length - 1]!);
    if (parent && chapter) return { kind: "chapter", note: parent, chapter };
  }
  const folder = getContent().folders.find((f) => f.slug === joined);
  return folder ? { kind: "folder", folder } : null;
}

export function getChapter(note: Note, slug: string): Chapter | undefined {
  return note.chapters.find((c) => c.slug === slug);
}
