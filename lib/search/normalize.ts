import { foldHan } from "./fold";
import { extendsCluster, isHan, isKatakana, isStableCjk } from "./script";

/**
 * The one normaliser for search: used to build the index, to parse queries (CLI and browser) and
 * to highlight matches on pages. No Node APIs.
 *
 * Steps, one character cluster (a base character and the marks that follow it) at a time:
 * 1. NFKC: half-width kana ﾊﾞｯｸｱｯﾌﾟ → バックアップ, full-width Ｌａｔｉｎ → latin, ㍿ → 株式会社.
 * 2. Lowercase.
 * 3. Fold Traditional Chinese characters to Simplified (監控 → 监控, 虛擬化 → 虚拟化).
 * 4. -ックス is read as -クス (メトリックス, メトリクス: one word written both ways), in queries and
 *    sections alike.
 * 5. In a query only: drop one trailing ー from katakana words of four or more characters
 *    (サーバー → サーバ). Section text keeps it, so the query サーバ (either form) finds サーバー
 *    as a prefix and サーバ as written, while a short word keeps its ー on both sides: キュー is
 *    found in ジョブキュー and キューイング, never as the キュ of セキュリティ.
 *
 * Every UTF-16 unit of the output remembers the original range it came from, so matches found in
 * normalised text can be mapped back to the original for highlighting.
 */
export interface Normalized {
  /** The normalised text. */
  text: string;
  /** For each UTF-16 unit of `text`: where its cluster starts in the original. */
  start: Int32Array;
  /** For each UTF-16 unit of `text`: where its cluster ends (exclusive) in the original. */
  end: Int32Array;
}

const PROLONGED = 0x30fc;
const SMALL_TSU = 0x30c3;
const KU = 0x30af;
const SU = 0x30b9;
/** Katakana words of a query at least this long (counting the final ー) lose their final ー. */
export const PROLONGED_MIN_LENGTH = 4;

/**
 * What is normalised: a query (or a term compared with one, as the taxonomy's keywords are), or
 * the text of a section, which keeps every ー (step 4).
 */
export type NormalizeMode = "query" | "document";

/** Output buffer: UTF-16 units with the original range of each. */
class Builder {
  units: Uint16Array;
  start: Int32Array;
  end: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
  }
  private grow() {
    const cap = this.units.length * 2 + 16;
    const u = new Uint16Array(cap);
    u.set(this.units);
    const s = new Int32Array(cap);
    s.set(this.start);
    const e = new Int32Array(cap);
    e.set(this.end);
    this.units = u;
    this.start = s;
    this.end = e;
  }
  push(unit: number, from: number, to: number) {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.start[this.length] = from;
    this.end[this.length] = to;
    this.length++;
  }
  pushCodePoint(cp: number, from: number, to: number) {
    if (cp > 0xffff) {
      const v = cp - 0x10000;
      this.push(0xd800 + (v >> 10), from, to);
      this.push(0xdc00 + (v & 0x3ff), from, to);
    } else this.push(cp, from, to);
  }
}

/** Drops the final ー of katakana words (in place), widening the previous unit's range over it. */
function dropProlongedMarks(b: Builder) {
  const { units } = b;
  const n = b.length;
  let w = 0;
  let runStart = -1;
  for (let i = 0; i < n; i++) {
    const u = units[i]!;
    // Copy down first (w ≤ i), then decide about the unit just copied.
    units[w] = u;
    b.start[w] = b.start[i]!;
    b.end[w] = b.end[i]!;
    if (isKatakana(u)) {
      if (runStart < 0) runStart = w;
      const next = i + 1 < n ? units[i + 1]! : -1;
      const runEnds = next < 0 || !isKatakana(next);
      if (runEnds && u === PROLONGED && w - runStart + 1 >= PROLONGED_MIN_LENGTH) {
        b.end[w - 1] = b.end[w]!;
        runStart = -1;
        continue; // drop this ー (w not advanced)
      }
      if (runEnds) runStart = -1;
    } else runStart = -1;
    w++;
  }
  b.length = w;
}

/** Drops the ッ of katakana -ックス (in place), widening the previous unit's range over it. */
function foldSokuonKusu(b: Builder) {
  const { units } = b;
  const n = b.length;
  let w = 0;
  for (let i = 0; i < n; i++) {
    const u = units[i]!;
    if (
      u === SMALL_TSU &&
      w > 0 &&
      isKatakana(units[w - 1]!) &&
      units[i + 1] === KU &&
      units[i + 2] === SU &&
      i + 2 < n
    ) {
      b.end[w - 1] = b.end[i]!;
      continue;
    }
    units[w] = u;
    b.start[w] = b.start[i]!;
    b.end[w] = b.end[i]!;
    w++;
  }
  b.length = w;
}

function unitsToString(units: Uint16Array, length: number): string {
  let s = "";
  for (let i = 0; i < length; i += 4096) {
    s += String.fromCharCode.apply(
      null,
      units.subarray(i, Math.min(length, i + 4096)) as unknown as number[],
    );
  }
  return s;
}

function run(original: string, mode: NormalizeMode): Builder {
  const n = original.length;
  const b = new Builder(n + 16);
  let sawProlonged = false;
  let sawSmallTsu = false;
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    const nextUnit = i + 1 < n ? original.charCodeAt(i + 1) : 0;
    // Fast paths: ASCII, and CJK that NFKC and lowercasing leave alone, not followed by a mark.
    if (c < 0x80 && nextUnit < 0x300) {
      b.push(c >= 0x41 && c <= 0x5a ? c + 32 : c, i, i + 1);
      i++;
      continue;
    }
    if (isStableCjk(c) && (nextUnit < 0x300 || !extendsCluster(nextUnit))) {
      if (c === PROLONGED) sawProlonged = true;
      else if (c === SMALL_TSU) sawSmallTsu = true;
      b.push(isHan(c) ? foldHan(c) : c, i, i + 1);
      i++;
      continue;
    }
    const cp = original.codePointAt(i)!;
    let j = i + (cp > 0xffff ? 2 : 1);
    while (j < n) {
      const next = original.codePointAt(j)!;
      if (!extendsCluster(next)) break;
      j += next > 0xffff ? 2 : 1;
    }
    const cluster = original.slice(i, j).normalize("NFKC").toLowerCase();
    for (let k = 0; k < cluster.length;) {
      const ch = cluster.codePointAt(k)!;
      if (ch === PROLONGED) sawProlonged = true;
      else if (ch === SMALL_TSU) sawSmallTsu = true;
      b.pushCodePoint(isHan(ch) ? foldHan(ch) : ch, i, j);
      k += ch > 0xffff ? 2 : 1;
    }
    i = j;
  }
  if (sawSmallTsu) foldSokuonKusu(b);
  if (sawProlonged && mode === "query") dropProlongedMarks(b);
  return b;
}

/** Normalises `original` and keeps the offset mapping (see {@link Normalized}). */
export function normalize(original: string, mode: NormalizeMode = "query"): Normalized {
  const b = run(original, mode);
  return {
    text: unitsToString(b.units, b.length),
    start: b.start.subarray(0, b.length),
    end: b.end.subarray(0, b.length),
  };
}

/** Normalises `original` without the offset mapping. */
export function normalizeText(original: string, mode: NormalizeMode = "query"): string {
  const b = run(original, mode);
  return unitsToString(b.units, b.length);
}

/**
 * `normalizeText` of text that is searched in rather than searched for (a section, a checklist
 * item): every ー kept. The query side is plain `normalizeText`.
 */
export function normalizeDocumentText(original: string): string {
  return normalizeText(original, "document");
}

/**
 * Maps a range of normalised text back to the original: from the start of the cluster of its first
 * unit to the end of the cluster of its last unit.
 */
export function toOriginalRange(
  n: Normalized,
  from: number,
  to: number,
): { start: number; end: number } {
  if (to <= from || from < 0 || to > n.text.length) {
    throw new RangeError(`range ${from}..${to} is outside the normalised text (${n.text.length})`);
  }
  return { start: n.start[from]!, end: n.end[to - 1]! };
}
