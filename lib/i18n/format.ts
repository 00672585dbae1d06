import type { UiLocale } from "./locales";

export { localizedBy } from "./messages";

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
