import type { Diagnostic, Note, Severity } from "@/lib/content/types";

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
  const hrefs = new Map(notes.map((n) => [n.file, `/notes/${n.slug}`]));
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
