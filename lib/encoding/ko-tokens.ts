/**
 * Tokens of the Korean syllable language model: one per Hangul syllable, and one per run of
 * whitespace, Latin letters, digits or anything else. The same code cuts the training corpus
 * and the text being repaired.
 */

export const HANGUL_FIRST = 0xac00;
export const HANGUL_LAST = 0xd7a3;

export function isHangulSyllable(cp: number): boolean {
  return cp >= HANGUL_FIRST && cp <= HANGUL_LAST;
}

/** Token classes for everything that is not a Hangul syllable. */
export const CLASS = { space: "\u2423", latin: "A", digit: "0", other: "\u00b7" } as const;
export type TokenClass = keyof typeof CLASS;

/** A token as text: a syllable, or one of the CLASS symbols. */
export type TokenText = string;

export function classOf(cp: number): TokenClass | "hangul" {
  if (isHangulSyllable(cp)) return "hangul";
  if (cp === 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0xa0 || cp === 0x3000) {
    return "space";
  }
  if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return "latin";
  if (cp >= 0x30 && cp <= 0x39) return "digit";
  return "other";
}

/** Cuts text into tokens; runs of one class become one token. */
export function tokenize(text: string): TokenText[] {
  const out: TokenText[] = [];
  let last: TokenClass | "hangul" | null = null;
  for (const ch of text) {
    const cls = classOf(ch.codePointAt(0) ?? 0);
    if (cls === "hangul") out.push(ch);
    else if (cls !== last) out.push(CLASS[cls]);
    last = cls;
  }
  return out;
}
