/**
 * Which characters a broken UTF-8 sequence may have been, and how plausible each non-Hangul one
 * is before context (Hangul is left to the language model).
 */
import { completions } from "./utf8";

/** Lead bytes whose 3-byte sequences cover the Hangul syllables U+AC00–D7A3. */
export function isHangulLead(lead: number): boolean {
  return lead >= 0xea && lead <= 0xed;
}

const UNUSABLE = /[\p{Cn}\p{Co}\p{Cs}\p{Cc}]/u;

/** An assigned, non-private, non-control code point. */
export function isUsable(cp: number): boolean {
  return !UNUSABLE.test(String.fromCodePoint(cp)) && (cp & 0xfffe) !== 0xfffe;
}

export interface Candidates {
  /** The characters the sequence may have been, ascending by code point. */
  chars: string[];
  /** True when the Hangul-lead rule applied (all candidates are syllables). */
  hangul: boolean;
}

/**
 * Candidates for a sequence whose lead byte and `present` continuation bytes survived.
 * Hangul leads (EA–ED) must give U+AC00–D7A3 (falling back to other usable characters only when
 * no syllable fits); other leads must give assigned, non-private code points.
 */
export function repairCandidates(
  lead: number,
  present: readonly number[],
  lost: readonly number[],
): Candidates {
  const usable = completions(lead, present, lost)
    .map((c) => c.codePoint)
    .filter(isUsable);
  if (isHangulLead(lead)) {
    const syllables = usable.filter((cp) => cp >= 0xac00 && cp <= 0xd7a3);
    if (syllables.length > 0) {
      return { chars: syllables.map((cp) => String.fromCodePoint(cp)), hangul: true };
    }
  }
  return { chars: usable.map((cp) => String.fromCodePoint(cp)), hangul: false };
}

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/**
 * Prior weight of a non-Hangul candidate, given the character before it. Punctuation that notes
 * use, emoji, and emoji joiners after an emoji rank high; format and combining marks, rare
 * scripts and compatibility forms rank low. Only a tie-breaker: such guesses are always marked.
 */
export function priorWeight(char: string, before: string): number {
  const cp = char.codePointAt(0) ?? 0;
  const afterEmoji = PICTOGRAPHIC.test(before);
  if (cp === 0xfe0f || cp === 0x200d) return afterEmoji ? 8 : 0.2;
  if (PICTOGRAPHIC.test(char)) return 6;
  if (/[\u2010-\u2027\u2030-\u205e]/u.test(char)) return 5; // dashes, quotes, bullets, ellipsis
  if (/\p{L}/u.test(char) && cp < 0x250) return 3; // Latin letters (é, í…)
  if (/[\u2190-\u21ff\u2200-\u22ff\u2460-\u24ff\u2500-\u257f\u25a0-\u25ff]/u.test(char)) return 2;
  if (/[\p{Cf}\p{Mn}\p{Me}\p{Zl}\p{Zp}]/u.test(char)) return 0.1;
  if (/[\p{P}\p{S}]/u.test(char)) return 1;
  return 0.5;
}
