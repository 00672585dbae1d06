import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Chapter, ContentModel, Note, NoteSlug } from "./types";

/** Where the build step writes the content model for pages to read. */
export const GENERATED_DIR = path.resolve(
  /* turbopackIgnore: true */ process.env.SHIORI_GENERATED_DIR ?? "generated",
);
export const CONTENT_JSON = path.join(GENERATED_DIR, "content.json");

let cached: { mtime: number; model: ContentModel } | null = null;

/**
 * The content model written by `npm run prebuild` (scripts/prebuild.ts). Pages call this and the
 * typed accessors below; they never parse Markdown themselves.
 */
export function getContent(): ContentModel {
  let mtime: number;
  try {
    mtime = statSync(CONTENT_JSON).mtimeMs;
  } catch {
    throw new Error(
      `${path.relative(process.cwd(), CONTENT_JSON)} is missing. Run "npm run prebuild" (npm run build does it for you) to build the content model from content/.`,
    );
  }
  if (!cached || cached.mtime !== mtime) {
    cached = { mtime, model: JSON.parse(readFileSync(CONTENT_JSON, "utf8")) as ContentModel };
  }
  return cached.model;
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
