import { frequentChars, type Language } from "./frequent-chars";

/**
 * Files that are not UTF-8: try each legacy CJK encoding and score how much the decoded text
 * looks like the language that encoding is used for. On short text this beats a byte-statistics
 * detector, because a wrong decoding yields valid but rare characters (or kana in "Chinese").
 */

export const LEGACY_ENCODINGS = ["shift_jis", "euc-jp", "gb18030", "big5", "euc-kr"] as const;
export type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];

const LANGUAGE: Record<LegacyEncoding, Language> = {
  shift_jis: "ja",
  "euc-jp": "ja",
  gb18030: "zh-Hans",
  big5: "zh-Hant",
  "euc-kr": "ko",
};

/** Name for `iconv -f`. */
export const ICONV_NAME: Record<LegacyEncoding, string> = {
  shift_jis: "SHIFT_JIS",
  "euc-jp": "EUC-JP",
  gb18030: "GB18030",
  big5: "BIG5",
  "euc-kr": "CP949",
};

/** Characters that a code range of a legacy encoding decodes to (lead × trail bytes). */
function decodeRange(
  encoding: string,
  leads: [number, number],
  trails: [number, number][],
  last?: number,
): Set<string> {
  const decoder = new TextDecoder(encoding);
  const out = new Set<string>();
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (const [from, to] of trails) {
      for (let trail = from; trail <= to; trail++) {
        if (last !== undefined && lead * 256 + trail > last) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== "\ufffd") out.add(ch);
      }
    }
  }
  return out;
}

interface CommonSets {
  /** JIS X 0208 level-1 kanji. */
  jis1: Set<string>;
  /** GB 2312 level-1 and level-2 hanzi. */
  gb1: Set<string>;
  gb2: Set<string>;
  /** Big5 frequently used characters (A440–C67E). */
  big5common: Set<string>;
  /** The 2,350 Hangul syllables of KS X 1001. */
  ksHangul: Set<string>;
}

let common: CommonSets | null = null;

function commonSets(): CommonSets {
  common ??= {
    jis1: decodeRange("euc-jp", [0xb0, 0xcf], [[0xa1, 0xfe]]),
    gb1: decodeRange("gbk", [0xb0, 0xd7], [[0xa1, 0xfe]]),
    gb2: decodeRange("gbk", [0xd8, 0xf7], [[0xa1, 0xfe]]),
    big5common: decodeRange(
      "big5",
      [0xa4, 0xc6],
      [
        [0x40, 0x7e],
        [0xa1, 0xfe],
      ],
      0xc67e,
    ),
    ksHangul: decodeRange("euc-kr", [0xb0, 0xc8], [[0xa1, 0xfe]]),
  };
  return common;
}

const KANA = /[\u3041-\u30ff]/u;
const HAN = /\p{Script=Han}/u;
const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/u;

/** How typical one non-ASCII character is of text in `lang` decoded from `encoding`. */
function charScore(ch: string, encoding: LegacyEncoding, lang: Language, sets: CommonSets): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp === 0xfffd) return -5;
  if (cp >= 0xe000 && cp <= 0xf8ff) return -3; // private use: user-defined areas
  if (KANA.test(ch)) return lang === "ja" ? 2.5 : -2;
  if (HANGUL_SYLLABLE.test(ch)) {
    if (lang !== "ko") return -3;
    if (frequentChars("ko").has(ch)) return 2;
    return sets.ksHangul.has(ch) ? 0.5 : -1;
  }
  if (HAN.test(ch)) {
    if (cp >= 0xf900 && cp <= 0xfaff) return -2; // compatibility ideographs
    const bonus = frequentChars(lang).has(ch) ? 1 : 0;
    switch (encoding) {
      case "shift_jis":
      case "euc-jp":
        return sets.jis1.has(ch) ? 1 + bonus : -0.5;
      case "gb18030":
        return sets.gb1.has(ch) ? 1 + bonus : sets.gb2.has(ch) ? 0 : -1;
      case "big5":
        return sets.big5common.has(ch) ? 1 + bonus : 0;
      case "euc-kr":
        return -0.5; // Korean notes use few hanja
    }
  }
  if ((cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff01 && cp <= 0xff5e)) return 1; // CJK punctuation, fullwidth
  if (cp >= 0xff61 && cp <= 0xff9f) return lang === "ja" ? -1 : -2; // halfwidth katakana
  if (cp >= 0x2010 && cp <= 0x2027) return 0.5; // dashes, quotes, ellipsis
  if ((cp >= 0x2190 && cp <= 0x21ff) || (cp >= 0x2500 && cp <= 0x25ff) || cp === 0x2605) {
    return 0; // arrows, box drawing, shapes, ★: common in notes' diagrams
  }
  if (cp >= 0x3100 && cp <= 0x318f) return -1; // bopomofo, compatibility jamo
  if (cp >= 0xfe10 && cp <= 0xfe6f) return -1; // vertical and small forms
  return -0.5;
}

export interface LegacyScore {
  encoding: LegacyEncoding;
  /** Mean character score over the non-ASCII characters; higher is more plausible. */
  score: number;
  /** U+FFFD produced by decoding (invalid byte sequences). */
  invalid: number;
  text: string;
}

/** Scores every legacy encoding for `bytes`, best first. */
export function scoreLegacy(bytes: Uint8Array): LegacyScore[] {
  const sets = commonSets();
  const scores = LEGACY_ENCODINGS.map((encoding): LegacyScore => {
    const lang = LANGUAGE[encoding];
    const text = new TextDecoder(encoding).decode(bytes);
    let sum = 0;
    let n = 0;
    let invalid = 0;
    let kana = 0;
    let han = 0;
    for (const ch of text) {
      if ((ch.codePointAt(0) ?? 0) < 0x80) continue;
      n++;
      if (ch === "\ufffd") invalid++;
      if (KANA.test(ch)) kana++;
      else if (HAN.test(ch)) han++;
      sum += charScore(ch, encoding, lang, sets);
    }
    let score = n === 0 ? 0 : sum / n;
    // Japanese prose always has kana; many kanji and none is Chinese or Korean read wrongly.
    if (lang === "ja" && kana === 0 && han >= 4) score -= 0.75;
    return { encoding, score, invalid, text };
  });
  return scores.sort((a, b) => b.score - a.score);
}

/** Lowest mean score accepted, and the margin the winner needs over the runner-up. */
export const MIN_SCORE = 0.5;
export const MIN_MARGIN = 0.1;

export type LegacyVerdict =
  | { ok: true; encoding: LegacyEncoding; text: string; invalid: number }
  | { ok: false; reason: "no-fit" | "ambiguous"; candidates: LegacyScore[] };

/**
 * Picks the legacy encoding of a file that is not valid UTF-8. Undecidable files (no encoding
 * scores well, or two score alike) are reported, never guessed.
 */
export function detectLegacy(bytes: Uint8Array): LegacyVerdict {
  const scores = scoreLegacy(bytes);
  const [best, second] = scores;
  if (!best || best.score < MIN_SCORE) return { ok: false, reason: "no-fit", candidates: scores };
  if (second && best.score - second.score < MIN_MARGIN) {
    return { ok: false, reason: "ambiguous", candidates: scores };
  }
  return { ok: true, encoding: best.encoding, text: best.text, invalid: best.invalid };
}
