import { isHangul } from "./script";

/**
 * Korean particles (josa) and common verb endings (eomi) dropped from the end of Hangul query
 * words, so `백업을` finds `백업이`, `백업 값을` and `백업은` too: with bigrams alone, `백업을` would
 * also need `업을`. Only queries are stripped; the index keeps every bigram of the text, which holds
 * the stem's bigrams whatever particle follows it.
 *
 * Compounds (`에서는`, `으로는`) are listed whole and the longest ending wins, so one pass is enough.
 */
export const KOREAN_ENDINGS: readonly string[] = [
  // Case and topic particles, with their common compounds.
  "에서부터",
  "에서는",
  "에서도",
  "에서의",
  "에서",
  "에게서",
  "에게는",
  "에게",
  "한테서",
  "한테",
  "께서는",
  "께서",
  "으로부터",
  "으로서",
  "으로써",
  "으로는",
  "으로도",
  "으로의",
  "으로",
  "로부터",
  "로서",
  "로써",
  "로는",
  "로도",
  "로의",
  "로",
  "까지는",
  "까지도",
  "까지",
  "부터는",
  "부터",
  "처럼",
  "보다는",
  "보다",
  "마다",
  "조차",
  "밖에",
  "만큼",
  "이랑",
  "랑",
  "이나",
  "이란",
  "이라는",
  "라는",
  "이라고",
  "라고",
  "에는",
  "에도",
  "에의",
  "에",
  "와는",
  "과는",
  "와의",
  "과의",
  "와",
  "과",
  "하고",
  "이며",
  "이고",
  "이지만",
  "은",
  "는",
  "이",
  "가",
  "을",
  "를",
  "의",
  "도",
  "만",
  "께",
  // Copula and common endings of 하다/되다 verbs (설명하는 → 설명, 배포했다 → 배포).
  "입니다",
  "이었다",
  "이다",
  "였다",
  "했습니다",
  "합니다",
  "했다",
  "한다",
  "하는",
  "하고",
  "하여",
  "해서",
  "하면",
  "하기",
  "하지",
  "했던",
  "하게",
  "할",
  "됩니다",
  "되었다",
  "됐다",
  "된다",
  "되는",
  "되고",
  "되어",
  "돼서",
  "되면",
  "되기",
  "된",
  "될",
];

/** Stems shorter than this (in syllables) are kept whole: `값을` stays `값을`, not `값`. */
export const KOREAN_STEM_MIN = 2;

const ENDINGS_LONGEST_FIRST = [...new Set(KOREAN_ENDINGS)].sort((a, b) => b.length - a.length);
const ENDING_SET = new Set(KOREAN_ENDINGS);

/**
 * The stem of a normalised Hangul word: the longest listed ending is dropped when at least
 * {@link KOREAN_STEM_MIN} Hangul syllables remain (`백업을` → 백업, `클러스터에서는` → 클러스터,
 * `설명하는` → 설명). Other runs are returned unchanged.
 */
export function stripKoreanEnding(run: string): string {
  const chars = [...run];
  const last = chars[chars.length - 1];
  if (!last || !isHangul(last.codePointAt(0)!)) return run;
  for (const ending of ENDINGS_LONGEST_FIRST) {
    if (!run.endsWith(ending)) continue;
    const stem = chars.slice(0, chars.length - [...ending].length);
    if (stem.length < KOREAN_STEM_MIN || !stem.every((c) => isHangul(c.codePointAt(0)!))) continue;
    return stem.join("");
  }
  return run;
}

/** Is `run` only a particle or ending (`를` after `Pod` in `Pod를`)? */
export function isKoreanEnding(run: string): boolean {
  return ENDING_SET.has(run);
}
