import TWPhrases from "opencc-js/dict/TWPhrases";
import { foldHan } from "./fold";
import { isHan, isKatakana } from "./script";

/**
 * Taiwan ↔ Mainland word variants (数据库 ↔ 資料庫, 软件 ↔ 軟體, 服务器 ↔ 伺服器, 网络 ↔ 網路,
 * 内存 ↔ 記憶體), from OpenCC's own phrase table (`TWPhrases`: OpenCC standard → Taiwan words).
 * Both sides are normalised like all text (so folded to Simplified characters), and each maps to
 * the other. Applied to queries only, as an OR alternative of a query run: the index does not grow.
 */

/** Longest phrase in the table, in characters (bounds the scan of a query run). */
let maxLength = 0;
let table: Map<string, string[]> | null = null;

function add(map: Map<string, string[]>, from: string, to: string) {
  const list = map.get(from);
  if (!list) map.set(from, [to]);
  else if (!list.includes(to)) list.push(to);
}

/**
 * A table word as the normaliser would write it, or null when it is not all Han characters. Han
 * characters only fold (NFKC and lowercasing leave them alone outside the compatibility block).
 */
function foldWord(word: string): string | null {
  let out = "";
  let length = 0;
  for (const ch of word) {
    const cp = ch.codePointAt(0)!;
    if (!isHan(cp) || (cp >= 0xf900 && cp <= 0xfaff)) return null;
    out += String.fromCodePoint(foldHan(cp));
    length++;
  }
  return length >= 2 ? out : null;
}

function getTable(): Map<string, string[]> {
  if (table) return table;
  const map = new Map<string, string[]>();
  for (const entry of TWPhrases.split("|")) {
    const [rawFrom, ...rawTo] = entry.split(" ");
    // Han words only: a query run is a run of CJK characters, never `SQL注入`.
    const from = rawFrom ? foldWord(rawFrom) : null;
    if (!from) continue;
    for (const t of rawTo) {
      const to = foldWord(t);
      if (!to || to === from) continue;
      add(map, from, to);
      add(map, to, from);
      maxLength = Math.max(maxLength, [...from].length, [...to].length);
    }
  }
  table = map;
  return table;
}

/** At most this many alternative forms of one query run are searched. */
export const MAX_VARIANTS = 4;

/**
 * Other regional forms of a normalised CJK run: each known word in it (longest match first, left
 * to right) is swapped for its variant, one word at a time and all together; the run itself is
 * not included. `数据库备份` → [`资料库备份`]; `软件` → [`软体`].
 */
export function wordVariants(run: string): string[] {
  const chars = [...run];
  // The table is built on first use; kana and Hangul runs never need it.
  if (chars.filter((c) => isHan(c.codePointAt(0)!)).length < 2) return [];
  const map = getTable();
  const swaps: { at: number; length: number; to: string[] }[] = [];
  for (let i = 0; i < chars.length;) {
    let found = 0;
    for (let len = Math.min(maxLength, chars.length - i); len >= 2; len--) {
      const to = map.get(chars.slice(i, i + len).join(""));
      if (to) {
        swaps.push({ at: i, length: len, to });
        found = len;
        break;
      }
    }
    i += found || 1;
  }
  if (swaps.length === 0) return [];
  const out = new Set<string>();
  const apply = (choice: (s: (typeof swaps)[number]) => string | null) => {
    let text = "";
    let i = 0;
    for (const s of swaps) {
      text +=
        chars.slice(i, s.at).join("") + (choice(s) ?? chars.slice(s.at, s.at + s.length).join(""));
      i = s.at + s.length;
    }
    return text + chars.slice(i).join("");
  };
  // Every swap on its own, then all swaps together (first variant of each).
  for (const s of swaps) for (const to of s.to) out.add(apply((x) => (x === s ? to : null)));
  if (swaps.length > 1) out.add(apply((x) => x.to[0]!));
  out.delete(run);
  return [...out].slice(0, MAX_VARIANTS);
}

/** A katakana word's stem is at least this long before it stands for the word's other forms. */
const KATAKANA_STEM_MIN = 3;

/**
 * Other written forms of a katakana word: without its final long-vowel mark (マスター → マスタ;
 * a query's word-final ー is already dropped, so this matters for the parts of a compound, where the
 * ー is not final: マスターノード), and the stem its -ル/-リング forms share (スケジュール,
 * スケジューリング → スケジュー, which スケジューラ contains too); -ックス and -クス are one
 * spelling to the normaliser. The form with a ー added is never needed: the shorter form is part of it. Only for a run that is all
 * katakana; the run itself is not included.
 */
export function katakanaVariants(run: string): string[] {
  const chars = [...run];
  if (chars.length < 3 || !chars.every((c) => isKatakana(c.codePointAt(0)!))) return [];
  const out = new Set<string>();
  const bare = run.endsWith("ー") ? run.slice(0, -1) : run;
  if (bare !== run && [...bare].length >= 3) out.add(bare);
  // スケジューリング, スケジュール → スケジュー. Not from -ラ(ー): a コントローラー is not a
  // コントロール.
  let stem = bare.endsWith("リング") ? bare.slice(0, -3) : bare;
  if (/ール$/.test(stem)) stem = stem.slice(0, -1);
  if (stem !== bare && stem.endsWith("ー") && [...stem].length >= KATAKANA_STEM_MIN) out.add(stem);
  out.delete(run);
  return [...out].slice(0, MAX_VARIANTS);
}
