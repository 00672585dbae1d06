import { detectLanguage } from "../language";
import type { Lang } from "../types";
import { defineStage } from "./draft";

/**
 * The note's language: frontmatter, else the path's language folder or `.ko` tag, else detected
 * from the body. A chapter or item keeps it unless its own text clearly says otherwise: short
 * kanji-only text in a Japanese note is still Japanese (後, 業 are "Traditional" too).
 */
export const languageStage = defineStage({
  name: "language",
  needs: ["fm", "body"],
  adds: ["lang", "langOf"],
  run({ fm, body }, { input }) {
    const fmLang = fm.data.lang ?? input.place.lang ?? undefined;
    const detected = detectLanguage(body);
    const lang: Lang = fmLang ?? detected.lang;
    const langOf = (text: string): Lang => {
      if (fmLang) return fmLang;
      const d = detectLanguage(text);
      if (!d.confident) return lang;
      const hanOnly = d.lang.startsWith("zh") && d.counts.kana === 0;
      if (hanOnly && lang === "ja" && d.counts.han < 200) return lang;
      if (
        d.lang !== lang &&
        d.counts.han + d.counts.hangul + d.counts.kana < 20 &&
        d.counts.latin < 100
      )
        return lang;
      return d.lang;
    };
    return { lang, langOf };
  },
});
