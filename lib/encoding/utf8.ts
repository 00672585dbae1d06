/**
 * Reading a mis-decoded text back as the UTF-8 byte stream it came from, and finding which
 * multi-byte sequences are intact, broken (continuation bytes were lost) or impossible.
 */
import type { CodePageTable } from "./codepages";

/** A byte that the code page cannot produce: the text holds a character outside its table. */
export const NO_BYTE = -1;

export interface ByteView {
  /** One entry per character of the text: its byte under the code page, or NO_BYTE. */
  bytes: Int16Array;
  /** Offset (UTF-16 code units) in the text where each entry's character starts; one extra at the end. */
  starts: Int32Array;
}

/** Maps each character of `text` to the byte the code page decodes to it. */
export function textToBytes(text: string, table: CodePageTable): ByteView {
  const bytes = new Int16Array(text.length);
  const starts = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0;
    starts[n] = i;
    bytes[n] = cp < 0x80 ? cp : (table.toByte.get(cp) ?? NO_BYTE);
    n++;
    i += cp > 0xffff ? 2 : 1;
  }
  starts[n] = text.length;
  return { bytes: bytes.subarray(0, n), starts: starts.subarray(0, n + 1) };
}

/** Number of continuation bytes a lead byte announces; 0 for bytes that cannot lead. */
export function continuationCount(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return 0;
}

export function isContinuation(byte: number): boolean {
  return byte >= 0x80 && byte <= 0xbf;
}

/** Decodes one complete sequence; null when it is not valid UTF-8 (overlong, surrogate, > U+10FFFF). */
export function decodeSequence(seq: readonly number[]): number | null {
  const lead = seq[0] ?? 0;
  const n = continuationCount(lead);
  if (n === 0 || seq.length !== n + 1) return null;
  let cp = lead & (n === 1 ? 0x1f : n === 2 ? 0x0f : 0x07);
  for (let i = 1; i <= n; i++) {
    const b = seq[i] ?? 0;
    if (!isContinuation(b)) return null;
    cp = (cp << 6) | (b & 0x3f);
  }
  const min = n === 1 ? 0x80 : n === 2 ? 0x800 : 0x10000;
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  return cp;
}

export interface Completion {
  /** The full byte sequence, lead byte first. */
  bytes: number[];
  codePoint: number;
}

/**
 * Every way to complete a sequence whose lead byte and `present` continuation bytes survived:
 * the missing bytes (values from `lost`) go in at every position that gives valid UTF-8.
 * Distinct code points only, in ascending order.
 */
export function completions(
  lead: number,
  present: readonly number[],
  lost: readonly number[],
): Completion[] {
  const need = continuationCount(lead);
  const missing = need - present.length;
  if (need === 0 || missing < 0) return [];
  const found = new Map<number, Completion>();
  // Each bit mask with `present.length` bits set says which slots the surviving bytes hold.
  for (let mask = 0; mask < 1 << need; mask++) {
    if (popCount(mask) !== present.length) continue;
    const gaps: number[] = [];
    const template: number[] = [lead];
    let next = 0;
    for (let slot = 0; slot < need; slot++) {
      if (mask & (1 << slot)) template.push(present[next++] ?? 0);
      else {
        gaps.push(slot + 1);
        template.push(0);
      }
    }
    // Odometer over lost byte values for the gaps.
    const total = lost.length ** gaps.length;
    for (let k = 0; k < total; k++) {
      let rest = k;
      for (const gap of gaps) {
        template[gap] = lost[rest % lost.length] ?? 0;
        rest = Math.floor(rest / lost.length);
      }
      const cp = decodeSequence(template);
      if (cp !== null && !found.has(cp)) found.set(cp, { bytes: [...template], codePoint: cp });
    }
  }
  return [...found.values()].sort((a, b) => a.codePoint - b.codePoint);
}

function popCount(x: number): number {
  let n = 0;
  for (let v = x; v; v &= v - 1) n++;
  return n;
}

export type UnitKind = "ascii" | "intact" | "broken" | "impossible";

/** One character's worth of the byte stream. */
export interface Unit {
  kind: UnitKind;
  /** Index of the first and one past the last entry in the ByteView. */
  start: number;
  end: number;
  /** For ascii and intact units: the decoded code point. */
  codePoint: number | null;
}

export interface ScanCounts {
  intact: number;
  broken: number;
  impossible: number;
}

/**
 * Walks the byte stream. The lead byte fixes each sequence's length; a sequence cut short by a
 * following lead/ASCII byte is broken when it can be completed from `lost`, impossible otherwise.
 * Calls `onUnit` for each unit when given (repair needs them, detection only counts).
 */
export function scanUtf8(
  bytes: Int16Array,
  lost: readonly number[],
  onUnit?: (unit: Unit) => void,
): ScanCounts {
  const counts: ScanCounts = { intact: 0, broken: 0, impossible: 0 };
  const emit = (kind: UnitKind, start: number, end: number, codePoint: number | null): void => {
    if (kind !== "ascii") counts[kind]++;
    onUnit?.({ kind, start, end, codePoint });
  };
  const brokenCache = new Map<string, boolean>();
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? NO_BYTE;
    if (lead >= 0 && lead < 0x80) {
      emit("ascii", i, i + 1, lead);
      i++;
      continue;
    }
    const need = lead === NO_BYTE ? 0 : continuationCount(lead);
    if (need === 0) {
      emit("impossible", i, i + 1, null);
      i++;
      continue;
    }
    const seq = [lead];
    let j = i + 1;
    while (j < bytes.length && seq.length <= need && isContinuation(bytes[j] ?? NO_BYTE)) {
      seq.push(bytes[j] ?? 0);
      j++;
    }
    if (seq.length === need + 1) {
      const cp = decodeSequence(seq);
      emit(cp === null ? "impossible" : "intact", i, j, cp);
    } else {
      const key = seq.join(",");
      let ok = brokenCache.get(key);
      if (ok === undefined) {
        ok = completions(lead, seq.slice(1), lost).length > 0;
        brokenCache.set(key, ok);
      }
      emit(ok ? "broken" : "impossible", i, j, null);
    }
    i = j;
  }
  return counts;
}
