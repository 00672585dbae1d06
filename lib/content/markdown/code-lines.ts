import { transformerMetaHighlight } from "@shikijs/transformers";
import type { ShikiTransformer } from "shiki";

/**
 * Line options in a code fence's meta, as rehype-pretty-code and Docusaurus write them:
 * ` ```ts {3-5} `, ` ```yaml:deployment.yaml {1,3} showLineNumbers `, `showLineNumbers{10}`.
 * Highlighting is @shikijs/transformers' transformerMetaHighlight (class `highlighted` on a line);
 * line numbers are a CSS counter over shiki's `.line` spans (app/globals.css), so copying the code
 * never copies them.
 */

/** Longest range we expand: `{1-999999999}` must not allocate a billion line numbers. */
const MAX_LINE = 100_000;

export interface CodeLines {
  /** Lines to highlight, normalised: `3-5,7`; null for none. */
  highlight: string | null;
  /** The first line's number when line numbers are shown; null: no numbers. */
  lineNumbers: number | null;
}

/** Reads `{…}` and `showLineNumbers` from a fence's meta (the text after the language). */
export function parseCodeLines(meta: string | null | undefined): CodeLines {
  if (!meta) return { highlight: null, lineNumbers: null };
  const ranges: string[] = [];
  // `{…}` right after showLineNumbers is its start number, not lines to highlight.
  const braces = /(showLineNumbers)?\{([\d\s,-]+)\}/g;
  let start: number | null = null;
  for (const m of meta.matchAll(braces)) {
    if (m[1]) {
      start = Math.min(Number.parseInt(m[2]!, 10) || 1, MAX_LINE);
      continue;
    }
    for (const part of m[2]!.split(",")) {
      const r = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
      if (!r) continue;
      const from = Number(r[1]);
      const to = r[2] === undefined ? from : Number(r[2]);
      if (from < 1 || to < from || to > MAX_LINE) continue;
      ranges.push(from === to ? `${from}` : `${from}-${to}`);
    }
  }
  const numbered = start !== null || /(?:^|\s)showLineNumbers(?:\s|$|\{)/.test(meta);
  return {
    highlight: ranges.length ? ranges.join(",") : null,
    lineNumbers: numbered ? (start ?? 1) : null,
  };
}

/** Highlighted lines outside the code are dropped (`{3-9}` on a 5-line block highlights 3-5). */
export function clampHighlight(highlight: string, lineCount: number): string | null {
  const kept: string[] = [];
  for (const part of highlight.split(",")) {
    const [a, b = a] = part.split("-").map(Number) as [number, number?];
    if (a > lineCount) continue;
    const to = Math.min(b, lineCount);
    kept.push(a === to ? `${a}` : `${a}-${to}`);
  }
  return kept.length ? kept.join(",") : null;
}

/** shiki options for one block: the meta the highlight transformer reads, and the transformer. */
export function codeLineOptions(
  lines: CodeLines,
  source: string,
): { meta?: { __raw: string }; transformers: ShikiTransformer[] } {
  const highlight = lines.highlight
    ? clampHighlight(lines.highlight, source.split("\n").length)
    : null;
  if (!highlight) return { transformers: [] };
  return { meta: { __raw: `{${highlight}}` }, transformers: [transformerMetaHighlight()] };
}
