import { fixTextFidelity } from "@/lib/encoding";
import { Reporter } from "./diagnostics";
import { normaliseNewlines } from "./load";
import { buildNote } from "./note";
import type { NotePath } from "./paths";
import type { Diagnostic, Note, NoteSlug, Taxonomy } from "./types";

/** What one file becomes: its note (null when left out) and its diagnostics. Cached as JSON. */
export interface CacheEntry {
  note: Note | null;
  diagnostics: Diagnostic[];
}

/** The bytes of one note file and what the pipeline already decided about it. */
export interface FileJob {
  displayPath: string;
  /** Where the file sits in the content folder. */
  place: NotePath;
  bytes: Uint8Array;
  slug: NoteSlug;
  /** sha256 of the bytes. */
  hash: string;
}

/** One file: text fidelity → newlines → NUL check → buildNote. Never throws. */
export function processFile(job: FileJob, taxonomy: Taxonomy): CacheEntry {
  const reporter = new Reporter(job.displayPath);
  const fidelity = fixTextFidelity(job.bytes, { file: job.displayPath });
  for (const d of fidelity.diagnostics) reporter.report(d.severity, d.code, d.line, d.message);
  if (fidelity.undecodable) return { note: null, diagnostics: reporter.items };
  const text = normaliseNewlines(fidelity.text, reporter);
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    const line = (text.slice(0, nul).match(/\n/g) ?? []).length + 1;
    reporter.warn(
      "text/nul",
      line,
      "the file contains NUL characters; they were removed. Save the file as plain UTF-8 text.",
    );
  }
  let note: Note | null = null;
  try {
    note = buildNote(
      {
        slug: job.slug,
        displayPath: job.displayPath,
        place: job.place,
        text: text.replace(/\u0000/g, ""),
        repair: fidelity.repair,
        hash: job.hash,
      },
      taxonomy,
      reporter,
    );
  } catch (error) {
    reporter.error(
      "note/failed",
      null,
      `Shiori could not build this note (${(error as Error).message}); it is left out and the rest of the site is built. Please report this with the file attached.`,
    );
  }
  return { note, diagnostics: reporter.items };
}
