/**
 * Character classes used by the normaliser and the tokeniser. Plain code-point range checks (no
 * regex per character), so the same code is fast at build time and in the browser.
 */

/** Han ideographs, including the iteration mark 々 and the ideographic zero 〇. */
export function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3ffff) ||
    cp === 0x3005 ||
    cp === 0x3007 ||
    (cp >= 0x3021 && cp <= 0x3029)
  );
}

export function isHiragana(cp: number): boolean {
  return cp >= 0x3041 && cp <= 0x309f;
}

/** Katakana including the prolonged sound mark ー, excluding the middle dot ・ (a separator). */
export function isKatakana(cp: number): boolean {
  return (cp >= 0x30a1 && cp <= 0x30ff && cp !== 0x30fb) || (cp >= 0x31f0 && cp <= 0x31ff);
}

export function isHangul(cp: number): boolean {
  return (
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0x1100 && cp <= 0x11ff) ||
    (cp >= 0x3131 && cp <= 0x318e) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xd7b0 && cp <= 0xd7ff)
  );
}

/** Characters that form CJK runs, which are indexed as overlapping bigrams. */
export function isCjk(cp: number): boolean {
  return isHan(cp) || isHiragana(cp) || isKatakana(cp) || isHangul(cp);
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}\p{M}]/u;

/** Letters and digits of non-CJK scripts (Latin, Cyrillic, …): indexed as whole words. */
export function isWordChar(cp: number): boolean {
  if (cp < 0x80) {
    return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a);
  }
  if (isCjk(cp)) return false;
  return LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
}

const MARK = /\p{M}/u;

/**
 * Code points that belong to the character before them: combining marks, the half-width voiced
 * sound marks ﾞ ﾟ, joiners and emoji modifiers, Hangul medial/final jamo.
 */
export function extendsCluster(cp: number): boolean {
  if (cp < 0x300) return false;
  if (cp === 0xff9e || cp === 0xff9f || cp === 0x200d) return true;
  if (cp >= 0x1160 && cp <= 0x11ff) return true;
  if (cp >= 0x1f3fb && cp <= 0x1f3ff) return true;
  if (cp >= 0x3000 && cp <= 0x30ff)
    return cp === 0x3099 || cp === 0x309a || (cp >= 0x302a && cp <= 0x302f);
  if (cp >= 0x4e00 && cp <= 0x9fff) return false;
  if (cp >= 0xac00 && cp <= 0xd7af) return false;
  if (cp >= 0xff00 && cp <= 0xffef) return false;
  return MARK.test(String.fromCodePoint(cp));
}

/** Characters that NFKC and lowercasing leave alone, so the normaliser can skip them. */
export function isStableCjk(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3041 && cp <= 0x3096) ||
    (cp >= 0x30a1 && cp <= 0x30fa) ||
    cp === 0x30fc ||
    (cp >= 0xac00 && cp <= 0xd7a3)
  );
}

/** East Asian wide or full-width characters, which take two columns in a snippet. */
export function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}
