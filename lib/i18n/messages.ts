import * as z from "zod/mini";
import "@/lib/zod-mini";
import en from "./messages/en.json";
import ja from "./messages/ja.json";
import ko from "./messages/ko.json";
import zhHans from "./messages/zh-Hans.json";
import zhHant from "./messages/zh-Hant.json";
import { UI_LOCALES, type UiLocale } from "./locales";

/** One UI string: plain, or a form per plural category of the locale (`{count}` picks it). */
export const messageSchema = z.union([
  z.string().check(z.minLength(1)),
  z.object({
    /** Used when `Intl.PluralRules` says "one" (English: exactly 1). */
    one: z.string().check(z.minLength(1)),
    /** Every other count; languages without plural forms use only this. */
    other: z.string().check(z.minLength(1)),
  }),
]);
export type Message = z.infer<typeof messageSchema>;

/** The keys every dictionary has: those of the English dictionary, the reference. */
export type MessageKey = keyof typeof en;
export type Dictionary = Record<MessageKey, Message>;

const dictionarySchema = z.record(z.string(), messageSchema);

/**
 * Checks one locale's dictionary file: every value a string or `{one, other}`. A key missing from
 * a translation falls back to English (the unit tests make sure none is missing).
 */
export function loadDictionary(locale: UiLocale, raw: unknown): Dictionary {
  const parsed = dictionarySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `lib/i18n/messages/${locale}.json: ${issue?.path.join(".") || "(top level)"} ${issue?.message ?? "is invalid"}. Each value must be a string or { "one": "…", "other": "…" }.`,
    );
  }
  return { ...(en as Dictionary), ...parsed.data } as Dictionary;
}

export const RAW_DICTIONARIES: Record<UiLocale, unknown> = {
  en,
  ja,
  "zh-Hant": zhHant,
  "zh-Hans": zhHans,
  ko,
};

export const DICTIONARIES = Object.fromEntries(
  UI_LOCALES.map((locale) => [locale, loadDictionary(locale, RAW_DICTIONARIES[locale])]),
) as Record<UiLocale, Dictionary>;

/** Whether a string is a key of the dictionaries (e.g. one read back from a data attribute). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(DICTIONARIES.en, key);
}

export type MessageVars = Record<string, string | number>;

/** The placeholders (`{name}`) a message uses, in order of appearance. */
export function placeholders(message: Message): string[] {
  const texts = typeof message === "string" ? [message] : [message.one, message.other];
  return [...new Set(texts.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "")))];
}

const pluralRules = new Map<UiLocale, Intl.PluralRules>();

/** A UI string in one locale with its `{placeholders}` filled; plural form chosen by `count`. */
export function translate(locale: UiLocale, key: MessageKey, vars: MessageVars = {}): string {
  const message = DICTIONARIES[locale][key] ?? DICTIONARIES.en[key];
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
}
/** One text per UI locale: what `<T>` and `<Localized>` render, one shown at a time by CSS. */
export type LocalizedTexts = Record<UiLocale, LocalizedText>;

/** The same string in every UI locale. */
export function translations(key: MessageKey, vars: MessageVars = {}): LocalizedTexts {
  return Object.fromEntries(
    UI_LOCALES.map((l) => [l, { text: translate(l, key, vars), lang: l }]),
  ) as LocalizedTexts;
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
