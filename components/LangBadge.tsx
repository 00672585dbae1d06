import type { Lang } from "@/lib/content/types";
import { T } from "./T";

/** The language a piece of note text is written in, named in the UI language. */
export function LangBadge({ lang }: { lang: Lang }) {
  return (
    <span data-lang-badge={lang} className="lang-badge">
      <T k={`lang.${lang}`} />
    </span>
  );
}
