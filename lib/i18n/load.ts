import { addDictionary, hasDictionary } from "./messages";
import type { UiLocale } from "./locales";

/**
 * Fetches a UI language's dictionary in the browser (its own small chunk, one per language), so
 * a page ships only English and loads the reader's language when it is shown: at start-up for the
 * language the head script picked, and when the reader switches. Until it arrives, texts rendered
 * by React keep what the server put in the HTML (it has every language; see `Localized`).
 */
const IMPORTS: Record<Exclude<UiLocale, "en">, () => Promise<{ default: unknown }>> = {
  ja: () => import("./messages/ja.json"),
  "zh-Hant": () => import("./messages/zh-Hant.json"),
  "zh-Hans": () => import("./messages/zh-Hans.json"),
  ko: () => import("./messages/ko.json"),
};

const pending = new Map<UiLocale, Promise<void>>();

/** Resolves once `locale`'s dictionary is at hand; a failed fetch is retried on the next call. */
export function ensureDictionary(locale: UiLocale): Promise<void> {
  if (locale === "en" || hasDictionary(locale)) return Promise.resolve();
  let loading = pending.get(locale);
  if (!loading) {
    loading = IMPORTS[locale]()
      .then((module) => addDictionary(locale, module.default))
      .finally(() => pending.delete(locale));
    pending.set(locale, loading);
  }
  return loading;
}
