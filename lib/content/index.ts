import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Chapter, ContentModel, Note, NoteSlug } from "./types";

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
    entry = { mtime, model: JSON.parse(readFileSync(file, "utf8")) as ContentModel };
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

export function getNote(slug: string): Note | undefined {
  return getContent().notes.find((n) => n.slug === (slug as NoteSlug));
}

export function getChapter(note: Note, slug: string): Chapter | undefined {
  return note.chapters.find((c) => c.slug === slug);
}
