"use client";

import { useEffect, useState } from "react";
import { takeEarlyChoice } from "@/lib/client/early-choice";
import { setUiLocale, useUiLocale } from "@/lib/i18n/client";
import { i18nAttr } from "@/lib/i18n/attrs";
import { LOCALE_NAMES, UI_LOCALES, isUiLocale } from "@/lib/i18n/locales";
import { Localized } from "./Localized";
import { Icon } from "./ui/Icon";

const NAMES = Object.fromEntries(
  UI_LOCALES.map((l) => [l, { text: LOCALE_NAMES[l], lang: l }]),
) as Parameters<typeof Localized>[0]["texts"];

/**
 * The UI language picker: a native <select> (keyboard and screen-reader friendly) laid over a
 * label that CSS switches, so the right name shows from the first paint.
 */
export function LocalePicker() {
  const shown = useUiLocale();
  // The choice while its dictionary is being fetched (setUiLocale switches once it is here).
  const [picked, setPicked] = useState<{ locale: string; from: string } | null>(null);
  const locale = picked && picked.from === shown ? picked.locale : shown;
  const pick = (next: string) => {
    if (!isUiLocale(next) || next === locale) return;
    setPicked({ locale: next, from: shown });
    setUiLocale(next);
  };
  // A pick made before hydration (the head script kept it) is applied once mounted.
  useEffect(() => {
    const early = takeEarlyChoice("locale");
    // Compared with the page's language, not `shown` (the hydration render may still be "en").
    if (isUiLocale(early) && early !== document.documentElement.dataset.ui) setUiLocale(early);
  }, []);
  return (
    <div className="relative flex h-9 items-center gap-1 rounded-md px-2 text-sm text-slate-700 focus-within:outline-2 focus-within:outline-sky-600 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800">
      <Icon name="globe" className="size-4 shrink-0" />
      <span aria-hidden="true" className="hidden sm:inline">
        <Localized texts={NAMES} />
      </span>
      <Icon name="caretDown" className="size-3 shrink-0" />
      <select
        {...i18nAttr("aria-label", "locale.label")}
        value={locale}
        data-early="locale"
        // `input` comes before `change`; React may re-render between them and put the old value
        // back (see ThemeToggle), so the pick is taken at the first.
        onInput={(e) => pick(e.currentTarget.value)}
        onChange={(e) => pick(e.target.value)}
        className="absolute inset-0 cursor-pointer appearance-none opacity-0"
      >
        {UI_LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
