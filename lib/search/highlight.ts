import { normalize, type Normalized } from "./normalize";
import { isKatakana, isWide, isWordChar } from "./script";
import { cjkForms, compoundParts, type ParsedQuery } from "./tokenize";
import type { SnippetPart } from "./types";

/**
 * Finding query matches in original text. Matching runs on normalised text and is mapped back to
 * the original one character cluster at a time, so ﾊﾞｯｸｱｯﾌﾟ, 監控 (for 监控) and サーバー (for サーバ)
 * highlight exactly the characters the reader sees.
 */

export interface Range {
  start: number;
  end: number;
}

function wordCharAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  return isWordChar(text.codePointAt(i)!);
}

function occurrences(
  haystack: string,
  needle: string,
  out: Range[],
  accept?: (at: number) => Range | null,
) {
  if (!needle) return;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const r = accept ? accept(at) : { start: at, end: at + needle.length };
    if (r) out.push(r);
  }
}

/**
 * Ranges of normalised text that match the query: every occurrence of each CJK run or its word
 * variants (or, when none occurs as written, of a compound's parts, else of their bigrams) and every word that equals a query word or, for
 * prefix words, starts with it (the whole word is returned).
 */
export function findNormalizedMatches(text: string, query: ParsedQuery): Range[] {
  return matchesWithLevel(text, query).ranges;
}

/**
 * How a text matches: `level` 0 when every CJK run occurs as written (or as a variant), 1 when one
 * is only there by its compound parts, 2 by its bigrams, 3 when one is not there at all.
 */
interface LeveledMatches {
  ranges: Range[];
  level: number;
}

function matchesWithLevel(text: string, query: ParsedQuery, bigrams = true): LeveledMatches {
  const out: Range[] = [];
  let level = 0;
  // A query's katakana word lost its final ー (サーバー → サーバ); the section's text kept it, and
  // the reader sees one word: the ー is marked with it.
  const withProlonged = (needle: string) => (at: number) => {
    let end = at + needle.length;
    if (text.charCodeAt(end) === 0x30fc && isKatakana(text.charCodeAt(end - 1))) end++;
    return { start: at, end };
  };
  for (const run of query.runs) {
    if (run.kind === "cjk") {
      const before = out.length;
      const forms = cjkForms(run);
      for (const f of forms) occurrences(text, f.text, out, withProlonged(f.text));
      // A compound found by its parts (リソース管理 in 「リソースの管理」): the parts, not every
      // bigram (スタ of マスター is no part of クラスタ運用).
      if (out.length === before) {
        level = Math.max(level, 1);
        for (const f of forms) for (const p of compoundParts(f.text)) occurrences(text, p, out);
      }
      if (out.length === before && bigrams) {
        level = Math.max(level, 2);
        for (const f of forms) for (const t of new Set(f.tokens)) occurrences(text, t, out);
      }
      if (out.length === before) level = 3;
    } else {
      occurrences(text, run.text, out, (at) => {
        if (wordCharAt(text, at - 1)) return null;
        let end = at + run.text.length;
        if (!run.prefix && wordCharAt(text, end)) return null;
        while (wordCharAt(text, end)) end++;
        return { start: at, end };
      });
    }
  }
  return { ranges: mergeRanges(out), level };
}

/** Sorts ranges and merges overlapping or touching ones. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Query matches in original text (offsets into `original`). */
export function findMatches(original: string, query: ParsedQuery, norm?: Normalized): Range[] {
  return leveledMatches(original, query, norm).ranges;
}

function leveledMatches(
  original: string,
  query: ParsedQuery,
  norm?: Normalized,
  bigrams = true,
): LeveledMatches {
  const n = norm ?? normalize(original, "document");
  const found = matchesWithLevel(n.text, query, bigrams);
  return {
    level: found.level,
    ranges: mergeRanges(
      found.ranges.map((r) => ({ start: n.start[r.start]!, end: n.end[r.end - 1]! })),
    ),
  };
}

/** Display width: East Asian wide characters count two columns. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

/** Splits `text[from, to)` into plain and highlighted parts. */
export function toParts(
  text: string,
  ranges: readonly Range[],
  from = 0,
  to = text.length,
): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = from;
  for (const r of ranges) {
    const s = Math.max(r.start, from);
    const e = Math.min(r.end, to);
    if (e <= s) continue;
    if (s > at) parts.push({ text: text.slice(at, s), hit: false });
    parts.push({ text: text.slice(s, e), hit: true });
    at = e;
  }
  if (at < to) parts.push({ text: text.slice(at, to), hit: false });
  return parts;
}

function stepBack(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? i - 2 : i - 1;
}

export interface SnippetOptions {
  /** Width of the snippet in columns (CJK characters count two). Default 96. */
  width?: number;
  /** Offset where the section body starts; the snippet prefers matches in the body. */
  bodyStart?: number;
}

/**
 * A window of `text` around its best match, at most `width` columns, with highlighted parts,
 * whitespace collapsed and `…` where text was cut. The window starts a quarter of the width before
 * the first body match that begins the densest cluster of matches.
 */
export function makeSnippet(
  text: string,
  ranges: readonly Range[],
  options: SnippetOptions = {},
): SnippetPart[] {
  const width = options.width ?? 96;
  const bodyStart = Math.min(options.bodyStart ?? 0, text.length);
  const body = ranges.filter((r) => r.start >= bodyStart);
  let anchor = bodyStart;
  if (body.length > 0) {
    // The match whose window holds the most matches.
    let best = 0;
    let bestCount = -1;
    const limit = Math.min(body.length, 50);
    for (let i = 0; i < limit; i++) {
      let count = 0;
      let w = 0;
      let j = i;
      for (let k = body[i]!.start; k < text.length && w < width * 0.75; k++) {
        w += isWide(text.charCodeAt(k)) ? 2 : 1;
        while (j < body.length && body[j]!.start <= k) {
          count++;
          j++;
        }
      }
      if (count > bestCount) {
        bestCount = count;
        best = i;
      }
    }
    anchor = body[best]!.start;
  }
  let start = anchor;
  let used = 0;
  while (start > bodyStart && used < width / 4) {
    const prev = stepBack(text, start);
    const ch = text.charCodeAt(prev);
    if (ch === 0x0a) break;
    used += isWide(text.codePointAt(prev)!) ? 2 : 1;
    start = prev;
  }
  let end = start;
  let cols = 0;
  while (end < text.length && cols < width) {
    const cp = text.codePointAt(end)!;
    cols += isWide(cp) ? 2 : 1;
    end += cp > 0xffff ? 2 : 1;
  }
  // A highlighted match is never cut in two at the window's edges: the window starts at the
  // start of a match it would begin inside, and ends before a match it would end inside (after
  // it, when that match is the first thing in the window).
  for (const r of ranges) {
    if (r.start < start && start < r.end) start = r.start;
    if (r.start < end && end < r.end) end = r.start > start ? r.start : r.end;
  }
  const parts = toParts(text, ranges, start, end);
  const collapsed = parts
    .map((p) => ({ text: p.text.replace(/\s+/g, " "), hit: p.hit }))
    .filter((p) => p.text.length > 0);
  const first = collapsed[0];
  if (first && !first.hit) first.text = first.text.trimStart();
  const last = collapsed[collapsed.length - 1];
  if (last && !last.hit) last.text = last.text.trimEnd();
  if (start > bodyStart && collapsed.length) collapsed.unshift({ text: "…", hit: false });
  if (end < text.length && collapsed.length) collapsed.push({ text: "…", hit: false });
  return mergeParts(collapsed);
}

/** Is `i` a place where text can be cut without splitting a character cluster, word or CJK run? */
function nextCut(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x20 || c === 0x09 || c === 0x3000) return i + 1;
  }
  return text.length;
}

export interface SectionHighlight {
  /** Matches in `text` (original offsets): all in the heading part, the body up to the first match. */
  ranges: Range[];
  snippet: SnippetPart[];
}

/**
 * Highlights for showing a result: the matches in the heading part (`text[0, bodyStart)`) and a
 * snippet around the first matches in the body. The body is normalised in growing windows cut at
 * whitespace (where no cluster, word or CJK run can continue) and scanning stops at the first
 * window with a match, so long sections cost little when the match is near their top.
 */
export function highlightSection(
  text: string,
  bodyStart: number,
  query: ParsedQuery,
  options: SnippetOptions = {},
): SectionHighlight {
  const start = Math.min(bodyStart, text.length);
  const ranges: Range[] = [];
  let bodyLevel = 3;
  let from = start;
  let size = 512;
  // A window where a run is only there by its parts or bigrams (the リク of リクエスト for
  // メトリクス) is kept only if no later window holds every run as written.
  let fallback: LeveledMatches | null = null;
  while (from < text.length) {
    const to = nextCut(text, Math.min(text.length, from + size));
    const found = leveledMatches(text.slice(from, to), query);
    const shifted = found.ranges.map((r) => ({ start: r.start + from, end: r.end + from }));
    if (shifted.length && found.level === 0) {
      fallback = null;
      bodyLevel = 0;
      ranges.push(...shifted);
      break;
    }
    if (shifted.length && (!fallback || found.level < fallback.level))
      fallback = { ranges: shifted, level: found.level };
    from = to;
    size *= 2;
  }
  if (fallback) {
    bodyLevel = fallback.level;
    ranges.push(...fallback.ranges);
  }
  // The heading's bigrams are marked only when the section matched by bigrams at all: the ュー of
  // スケジューラ is no match of キュー in a section whose body holds キュー.
  if (start > 0)
    ranges.unshift(
      ...leveledMatches(text.slice(0, start), query, undefined, bodyLevel >= 2).ranges,
    );
  return { ranges, snippet: makeSnippet(text, ranges, { ...options, bodyStart: start }) };
}

function mergeParts(parts: SnippetPart[]): SnippetPart[] {
  const out: SnippetPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && last.hit === p.hit) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}
