import { UI_LOCALES, type UiLocale } from "./locales";
import { hasDictionary, type LocalizedTexts } from "./messages";

/**
 * Texts built per UI language, for strings whose parts are themselves translated (a filter
 * summary naming an area in the reader's language, a plural chosen per language). `<Localized>`
 * renders them like `<T>`.
 */
export function localizedBy(build: (locale: UiLocale) => string): LocalizedTexts {
  return Object.fromEntries(
    UI_LOCALES.map((locale) => [
      locale,
      // In the browser a language not fetched yet builds from English (see `translations`).
      hasDictionary(locale)
        ? { text: build(locale), lang: locale }
        : { text: build(locale), lang: "en", pending: true },
    ]),
  ) as LocalizedTexts;
}

/** A list joined the way `locale` writes one: "a, b, and c", "a、b、c", "a, b 및 c". */
export function formatList(locale: UiLocale, parts: readonly string[]): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(parts);
}

/**
 * A moment as `locale` writes it, date and time to the minute (`2026/11/23 19:09` in Japanese).
 * `timeZone` is for tests; the page uses the reader's.
 */
export function formatDateTime(
  locale: UiLocale,
  when: string | number | Date,
  timeZone?: string,
): string {
  const date = when instanceof Date ? when : new Date(when);
  if (Number.isNaN(date.getTime())) return String(when);
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(date);
}
