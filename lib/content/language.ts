import * as OpenCC from "opencc-js";
import type { Lang } from "./types";

const toSimplified = OpenCC.Converter({ from: "tw", to: "cn" });
const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

/**
 * Whether a Han character exists only in Traditional ("t") or only in Simplified ("s") writing, or
 * in both ("-"), asked of OpenCC once per character for the whole run (not once per text).
 */
const hanKinds = new Map<number, "t" | "s" | "-">();
function hanKind(code: number): "t" | "s" | "-" {
  let kind = hanKinds.get(code);
  if (!kind) {
    const ch = String.fromCharCode(code);
    kind = toSimplified(ch) !== ch ? "t" : toTraditional(ch) !== ch ? "s" : "-";
    hanKinds.set(code, kind);
  }
  return kind;
}

export interface ScriptCounts {
  kana: number;
  hangul: number;
  han: number;
  latin: number;
  /** Han characters that exist only in Traditional / only in Simplified writing. */
  traditional: number;
  simplified: number;
}

/**
 * Counts scripts in one pass over the UTF-16 units. Every range is in the Basic Multilingual Plane:
 * kana U+3040–309F, U+30A0–30FF, U+31F0–31FF, U+FF66–FF9F; Hangul U+AC00–D7A3, U+1100–11FF,
 * U+3130–318F; Han U+3400–4DBF, U+4E00–9FFF, U+F900–FAFF; Latin A–Z, a–z.
 */
export function countScripts(text: string): ScriptCounts {
  let kana = 0;
  let hangul = 0;
  let han = 0;
  let latin = 0;
  let traditional = 0;
  let simplified = 0;
  for (let i = 0, n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    } else if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0xf900 && c <= 0xfaff)
    ) {
      han++;
      const kind = hanKind(c);
      if (kind === "t") traditional++;
      else if (kind === "s") simplified++;
    } else if (
      (c >= 0x3040 && c <= 0x30ff) ||
      (c >= 0x31f0 && c <= 0x31ff) ||
      (c >= 0xff66 && c <= 0xff9f)
    )
      kana++;
    else if (
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0x1100 && c <= 0x11ff) ||
      (c >= 0x3130 && c <= 0x318f)
    )
      hangul++;
  }
  return { kana, hangul, han, latin, traditional, simplified };
}

/**
 * The language of a text from its scripts: kana → ja, Hangul → ko, Han without kana → Chinese,
 * Traditional or Simplified by which characters only one script has; otherwise en.
 */
export function detectLanguage(text: string): {
  lang: Lang;
  counts: ScriptCounts;
  confident: boolean;
} {
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
