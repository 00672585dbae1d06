import Link from "next/link";
import type { Note } from "@/lib/content/types";
import { notePageUrl } from "@/lib/content/urls";
import { i18nAttr } from "@/lib/i18n/attrs";
import { LOCALE_NAMES } from "@/lib/i18n/locales";
import { T } from "../T";

/** "Also in 한국어 · 简体中文": the other language versions of a note, each named in its own language. */
export function TranslationLinks({ note }: { note: Note }) {
  if (note.translations.length === 0) return null;
  return (
    <nav
      {...i18nAttr("aria-label", "note.languages")}
      data-translations=""
      className="mt-2 flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm text-slate-600 dark:text-slate-400"
    >
      <span data-ui-lang="">
        <T k="note.alsoIn" />
      </span>
      {note.translations.map((t, i) => (
        <span key={t.note} className="flex items-baseline gap-x-2">
          {i > 0 && <span aria-hidden="true">·</span>}
          <Link
            href={notePageUrl(t.note)}
            hrefLang={t.lang}
            lang={t.lang}
            title={t.title}
            className="font-medium text-sky-800 hover:underline dark:text-sky-300"
          >
            {LOCALE_NAMES[t.lang]}
          </Link>
        </span>
      ))}
    </nav>
  );
}
