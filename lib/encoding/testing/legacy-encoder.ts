/**
 * Test support: encodes text in a legacy CJK encoding by inverting Node's TextDecoder over all
 * two-byte codes (Node ships decoders only). Characters the encoding lacks throw.
 */
import type { LegacyEncoding } from "../legacy";

const tables = new Map<LegacyEncoding, Map<string, number[]>>();

function table(encoding: LegacyEncoding): Map<string, number[]> {
  let map = tables.get(encoding);
  if (map) return map;
  map = new Map();
  const decoder = new TextDecoder(encoding, { fatal: true });
  const tryAdd = (bytes: number[]): void => {
    try {
      const ch = decoder.decode(new Uint8Array(bytes));
      if ([...ch].length === 1 && !map?.has(ch)) map?.set(ch, bytes);
    } catch {
      // not a valid code
    }
  };
  for (let b = 0x80; b <= 0xff; b++) tryAdd([b]);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) tryAdd([lead, trail]);
  }
  tables.set(encoding, map);
  return map;
}

export function encodeLegacy(text: string, encoding: LegacyEncoding): Uint8Array {
  const map = table(encoding);
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) {
      out.push(cp);
      continue;
    }
    const bytes = map.get(ch);
    if (!bytes) throw new Error(`${encoding} cannot encode ${ch} (U+${cp.toString(16)})`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}
