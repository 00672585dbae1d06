import * as v from "valibot";
import { plainRecord } from "@/lib/plain-record";
import { BUNDLED_DICTIONARIES } from "#i18n-dictionaries";
import en from "./messages/en.json";
import { UI_LOCALES, type UiLocale } from "./locales";

const nonEmpty = v.pipe(v.string(), v.minLength(1));

/** One UI string: plain, or a form per plural category of the locale (`{count}` picks it). */
export const messageSchema = v.union([
  nonEmpty,
  v.object({
    /** Used when `Intl.PluralRules` says "one" (English: exactly 1). */
    one: nonEmpty,
    /** Every other count; languages without plural forms use only this. */
    other: nonEmpty,
  }),
]);
export type Message = v.InferOutput<typeof messageSchema>;

/** The keys every dictionary has: those of the English dictionary, the reference. */
export type MessageKey = keyof typeof en;
export type Dictionary = Record<MessageKey, Message>;

const dictionarySchema = plainRecord(v.string(), messageSchema);

/**
 * Checks one locale's dictionary file: every value a string or `{one, other}`. A key missing from
 * a translation falls back to English (the unit tests make sure none is missing).
 */
export function loadDictionary(locale: UiLocale, raw: unknown): Dictionary {
  const parsed = v.safeParse(dictionarySchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new Error(
      `lib/i18n/messages/${locale}.json: ${v.getDotPath(issue) ?? "(top level)"} is not a UI string (${issue.message}). Each value must be a non-empty string or { "one": "…", "other": "…" }.`,
    );
  }
  return { ...(en as Dictionary), ...parsed.output } as Dictionary;
}

/**
 * The dictionaries at hand. On the server, in tests and scripts: all five. In the browser:
 * English (the reference, and what every text falls back to), plus each language
 * lib/i18n/load.ts has fetched since the page loaded (`addDictionary`).
 */
const dictionaries = new Map<UiLocale, Dictionary>([["en", loadDictionary("en", en)]]);
for (const locale of UI_LOCALES) {
  const raw = BUNDLED_DICTIONARIES?.[locale];
  if (locale !== "en" && raw !== undefined) dictionaries.set(locale, loadDictionary(locale, raw));
}

/** Every dictionary, for checks over all of them (tests, `check`); only on the server. */
export function allDictionaries(): Record<UiLocale, Dictionary> {
  const missing = UI_LOCALES.filter((l) => !dictionaries.has(l));
  if (missing.length > 0)
    throw new Error(`allDictionaries(): ${missing.join(", ")} not loaded (browser bundle?)`);
  return Object.fromEntries(dictionaries) as Record<UiLocale, Dictionary>;
}

const listeners = new Set<() => void>();
let dictionaryVersion = 0;

/** Whether `locale`'s own texts are at hand (else `translate` gives English). */
export function hasDictionary(locale: UiLocale): boolean {
  return dictionaries.has(locale);
}

/** Adds a fetched dictionary (browser) and tells the subscribers (`<T>` re-renders). */
export function addDictionary(locale: UiLocale, raw: unknown): void {
  if (dictionaries.has(locale)) return;
  dictionaries.set(locale, loadDictionary(locale, raw));
  dictionaryVersion++;
  for (const listener of listeners) listener();
}

/** For `useSyncExternalStore`: changes whenever a dictionary is added. */
export function subscribeDictionaries(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export function getDictionaryVersion(): number {
  return dictionaryVersion;
}

/** Whether a string is a key of the dictionaries (e.g. one read back from a data attribute). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

export type MessageVars = Record<string, string | number>;

/** The placeholders (`{name}`) a message uses, in order of appearance. */
export function placeholders(message: Message): string[] {
  const texts = typeof message === "string" ? [message] : [message.one, message.other];
  return [...new Set(texts.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "")))];
}

const pluralRules = new Map<UiLocale, Intl.PluralRules>();

/**
 * A UI string in one locale with its `{placeholders}` filled; plural form chosen by `count`.
 * English where the locale's dictionary is not loaded yet (in the browser, see lib/i18n/load.ts).
 */
export function translate(locale: UiLocale, key: MessageKey, vars: MessageVars = {}): string {
  const own = dictionaries.get(locale);
  const english = dictionaries.get("en") as Dictionary;
  return own ? fill(locale, own[key] ?? english[key], vars) : fill("en", english[key], vars);
}

function fill(locale: UiLocale, message: Message, vars: MessageVars): string {
  let text: string;
  if (typeof message === "string") text = message;
  else {
    const count = Number(vars.count ?? 0);
    let rules = pluralRules.get(locale);
    if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
    text = rules.select(count) === "one" ? message.one : message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** A text and the language it is written in (not always the UI locale: fallbacks are English). */
export interface LocalizedText {
  text: string;
  lang: UiLocale;
  /**
   * Set in the browser when the locale's dictionary has not arrived yet, so `text` is English
   * for now: an attribute then keeps what the server wrote (see `localizedAttr`).
   */
  pending?: true;
}
/** One text per UI locale: what `<T>` and `<Localized>` render, one shown at a time by CSS. */
export type LocalizedTexts = Record<UiLocale, LocalizedText>;

/**
 * Texts built per UI language, for strings whose parts are themselves translated (a filter
 * summary naming an area in the reader's language, a plural chosen per language). In the browser
 * a language whose dictionary has not arrived builds from English and is marked `pending`.
 */
export function localizedBy(build: (locale: UiLocale) => string): LocalizedTexts {
  return Object.fromEntries(
    UI_LOCALES.map((locale) => [
      locale,
      hasDictionary(locale)
        ? { text: build(locale), lang: locale }
        : { text: build(locale), lang: "en", pending: true },
    ]),
  ) as LocalizedTexts;
}

/** The same string in every UI locale (see `localizedBy` for a language not fetched yet). */
export function translations(key: MessageKey, vars: MessageVars = {}): LocalizedTexts {
  return localizedBy((locale) => translate(locale, key, vars));
}

/**
 * A label given per language (taxonomy labels: `en` and `ja` always, others optional) in every
 * UI locale, falling back to English where a translation is missing.
 */
export function labelsByLocale(
  labels: Partial<Record<UiLocale, string>> & { en: string },
): LocalizedTexts {
  return Object.fromEntries(
    UI_LOCALES.map((l) => {
      const own = labels[l];
      return [l, own ? { text: own, lang: l } : { text: labels.en, lang: "en" }];
    }),
  ) as LocalizedTexts;
}
