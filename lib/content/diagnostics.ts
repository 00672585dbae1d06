import type { DiagnosticCode } from "./diagnostic-codes";
import type { Diagnostic, Severity } from "./types";

/** Collects diagnostics for one file; stages report through it. */
export class Reporter {
  readonly items: Diagnostic[] = [];
  constructor(readonly file: string) {}

  report(severity: Severity, code: DiagnosticCode, line: number | null, message: string): void {
    this.items.push({ file: this.file, line, severity, code, message });
  }
  error(code: DiagnosticCode, line: number | null, message: string): void {
    this.report("error", code, line, message);
  }
  warn(code: DiagnosticCode, line: number | null, message: string): void {
    this.report("warning", code, line, message);
  }
  info(code: DiagnosticCode, line: number | null, message: string): void {
    this.report("info", code, line, message);
  }
}

const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sorts by file, then line, then severity; stable for equal keys. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      order[a.severity] - order[b.severity],
  );
}

/** `file:line severity code message`, the form editors and CI logs link to. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === null ? d.file : `${d.file}:${d.line}`;
  return escapeControls(`${where} ${d.severity} ${d.code}: ${d.message}`);
}

/**
 * Control characters from note text (terminal escape codes, NUL, line breaks) written as `\u…`,
 * so a note can never restyle or rewrite the terminal that shows its diagnostics.
 */
export function escapeControls(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
