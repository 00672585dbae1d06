import type { Lang } from "@/lib/content/types";
import { T } from "./T";

/** The language a piece of note text is written in, named in the UI language. */
export function LangBadge({ lang }: { lang: Lang }) {
  return (
    <span
      data-lang-badge={lang}
      className="inline-flex shrink-0 items-center rounded border border-slate-300 px-1.5 text-[0.7rem] font-medium leading-5 whitespace-nowrap text-slate-600 dark:border-slate-600 dark:text-slate-300"
    >
      <T k={`lang.${lang}`} />
    </span>
  );
}
