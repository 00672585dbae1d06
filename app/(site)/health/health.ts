import type { Diagnostic, Note, Severity } from "@/lib/content/types";
import { notePageUrl } from "@/lib/content/urls";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export type SeverityCounts = Record<Severity, number>;

export interface FileHealth {
  /** Path as in diagnostics: `content/notes/x.md`. */
  file: string;
  /** URL of the note built from this file, when it was published. */
  href: string | null;
  counts: SeverityCounts;
  /** Worst severity in the file, for sorting and the file's badge. */
  worst: Severity;
  diagnostics: Diagnostic[];
}

const zero = (): SeverityCounts => ({ error: 0, warning: 0, info: 0 });

/**
 * Diagnostics grouped by file for the content-health page: files with errors first, then
 * warnings, then info; by path within each; each file's diagnostics by line.
 */
export function groupByFile(
  diagnostics: readonly Diagnostic[],
  notes: readonly Pick<Note, "file" | "slug">[],
) {
  const hrefs = new Map(notes.map((n) => [n.file, notePageUrl(n.slug)]));
  const byFile = new Map<string, Diagnostic[]>();
  const counts = zero();
  for (const d of diagnostics) {
    counts[d.severity]++;
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const files: FileHealth[] = [...byFile].map(([file, list]) => {
    const c = zero();
    for (const d of list) c[d.severity]++;
    return {
      file,
      href: hrefs.get(file) ?? null,
      counts: c,
      worst: SEVERITIES.find((s) => c[s] > 0) ?? "info",
      diagnostics: [...list].sort(
        (a, b) =>
          (a.line ?? 0) - (b.line ?? 0) ||
          SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
      ),
    };
  });
  files.sort(
    (a, b) =>
      SEVERITIES.indexOf(a.worst) - SEVERITIES.indexOf(b.worst) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
  );
  return { files, counts };
}

/** How many diagnostics the page lists in full; the CLI prints them all. */
export const HEALTH_LIST_MAX = 200;

/**
 * The files the page lists: whole files, worst first, until `max` diagnostics are listed (at least
 * one file, however long). At 1,000 notes the build reports thousands of problems, most of them
 * the same few kinds; listing every one made the page 6 MB.
 */
export function listedFiles(files: readonly FileHealth[], max = HEALTH_LIST_MAX): FileHealth[] {
  const listed: FileHealth[] = [];
  let count = 0;
  for (const file of files) {
    if (listed.length > 0 && count + file.diagnostics.length > max) break;
    listed.push(file);
    count += file.diagnostics.length;
  }
  return listed;
}

export interface CodeHealth {
  code: Diagnostic["code"];
  severity: Severity;
  /** Diagnostics with this code. */
  count: number;
  /** Files they are in. */
  files: number;
}

/** One row per diagnostic code (its worst severity), worst first, then most frequent, then by code. */
export function groupByCode(diagnostics: readonly Diagnostic[]): CodeHealth[] {
  const byCode = new Map<
    Diagnostic["code"],
    { severity: Severity; count: number; files: Set<string> }
  >();
  for (const d of diagnostics) {
    const row = byCode.get(d.code);
    if (!row) {
      byCode.set(d.code, { severity: d.severity, count: 1, files: new Set([d.file]) });
      continue;
    }
    row.count += 1;
    row.files.add(d.file);
    if (SEVERITIES.indexOf(d.severity) < SEVERITIES.indexOf(row.severity))
      row.severity = d.severity;
  }
  return [...byCode]
    .map(([code, row]) => ({
      code,
      severity: row.severity,
      count: row.count,
      files: row.files.size,
    }))
    .sort(
      (a, b) =>
        SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
        b.count - a.count ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    );
}
