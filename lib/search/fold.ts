import TSCharacters from "opencc-js/dict/TSCharacters";
import TWVariantsRev from "opencc-js/dict/TWVariantsRev";

/**
 * Traditional → Simplified Chinese folding, one character at a time, with OpenCC's own tables
 * (Taiwan variant characters → OpenCC standard → Simplified). Character-level on purpose: every
 * character maps to exactly one character, so offsets stay aligned and index and query agree no
 * matter what surrounds a character. Only the two character tables are imported (not the phrase
 * dictionaries), to keep the browser bundle small.
 */

let table: Map<number, number> | null = null;

function parseDict(dict: string, into: Map<number, number>, through?: Map<number, number>) {
  for (const entry of dict.split("|")) {
    const space = entry.indexOf(" ");
    if (space <= 0) continue;
    const from = entry.codePointAt(0);
    const to = entry.codePointAt(space + 1);
    if (from === undefined || to === undefined) continue;
    // Only single characters: the character tables hold no phrases, but stay safe.
    if (String.fromCodePoint(from).length !== space) continue;
    into.set(from, through?.get(to) ?? to);
  }
}

function getTable(): Map<number, number> {
  if (table) return table;
  const ts = new Map<number, number>();
  parseDict(TSCharacters, ts);
  const all = new Map(ts);
  // 裡 → 裏 (OpenCC standard) → 里 (Simplified)
  parseDict(TWVariantsRev, all, ts);
  table = all;
  return table;
}

/** The Simplified form of one Han character (as a code point); other characters unchanged. */
export function foldHan(cp: number): number {
  return getTable().get(cp) ?? cp;
}
