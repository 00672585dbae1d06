import * as OpenCC from "opencc-js";
import type { Lang } from "./types";

const toSimplified = OpenCC.Converter({ from: "tw", to: "cn" });
const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

const KANA = /[\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f]/gu;
const HANGUL = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/gu;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;
const LATIN = /[A-Za-z]/g;

export interface ScriptCounts {
  kana: number;
  hangul: number;
  han: number;
  latin: number;
  /** Han characters that exist only in Traditional / only in Simplified writing. */
  traditional: number;
  simplified: number;
}

export function countScripts(text: string): ScriptCounts {
  const han = text.match(HAN) ?? [];
  let traditional = 0;
  let simplified = 0;
  const seen = new Map<string, "t" | "s" | "-">();
  for (const ch of han) {
    let kind = seen.get(ch);
    if (!kind) {
      kind = toSimplified(ch) !== ch ? "t" : toTraditional(ch) !== ch ? "s" : "-";
      seen.set(ch, kind);
    }
    if (kind === "t") traditional++;
    else if (kind === "s") simplified++;
  }
  return {
    kana: (text.match(KANA) ?? []).length,
    hangul: (text.match(HANGUL) ?? []).length,
    han: han.length,
    latin: (text.match(LATIN) ?? []).length,
    traditional,
    simplified,
  };
}

/**
 * The language of a text from its scripts: kana → ja, Hangul → ko, Han without kana → Chinese,
 * Traditional or Simplified by which characters only one script has; otherwise en.
 */
export function detectLanguage(text: string): { lang: Lang; counts: ScriptCounts; confident: boolean } {
  const counts = countScripts(text);
  const { kana, hangul, han, latin } = counts;
  const cjk = kana + hangul + han;
  // Latin letters are ~5x denser than CJK characters for the same content.
  if (cjk * 5 < latin * 0.3 || cjk < 4) {
    return { lang: "en", counts, confident: cjk === 0 || latin > 50 };
  }
  if (hangul > kana + han) return { lang: "ko", counts, confident: true };
  if (kana >= Math.max(2, han * 0.05)) return { lang: "ja", counts, confident: true };
  if (han > 0) {
    const lang: Lang = counts.traditional > counts.simplified ? "zh-Hant" : "zh-Hans";
    return { lang, counts, confident: counts.traditional !== counts.simplified };
  }
  return { lang: hangul > 0 ? "ko" : "ja", counts, confident: false };
}
