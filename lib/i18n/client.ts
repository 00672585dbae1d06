import { useSyncExternalStore } from "react";
import { I18N_ATTRIBUTES } from "./attrs";
import { applyAttrTexts, applyDocumentTitle } from "./dom";
import { LOCALE_STORAGE_KEY, DEFAULT_LOCALE, isUiLocale, type UiLocale } from "./locales";
import { ensureDictionary } from "./load";
import {
  getDictionaryVersion,
  hasDictionary,
  isMessageKey,
  subscribeDictionaries,
  translate,
} from "./messages";

/**
 * Browser side of the UI language. The inline <head> script (`localeScript`) has already put the
 * reader's language on `<html data-ui>` before the first paint; this module reads it, changes it
 * and keeps the attributes that CSS cannot switch (aria-label, title, placeholder) in step.
 */

/** The UI language shown now (from `<html data-ui>`, validated). */
export function readUiLocale(): UiLocale {
  const ui = document.documentElement.dataset.ui;
  return isUiLocale(ui) ? ui : DEFAULT_LOCALE;
}

/** The stored choice, or null when there is none or it is not a UI language. */
export function readStoredLocale(storage: Pick<Storage, "getItem">): UiLocale | null {
  try {
    const stored = storage.getItem(LOCALE_STORAGE_KEY);
    return isUiLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

/**
 * Puts the attributes marked by `i18nAttr`/`localizedAttr` under `root` into `locale`: from the
 * per-language texts on the element, else from the message key in `data-i18n-<attr>`.
 */
export function localizeAttributes(root: Element | Document, locale: UiLocale): void {
  // Without the locale's dictionary `translate` would give English: the texts on the element
  // (from the server, which has every language) are used alone until it is fetched.
  if (hasDictionary(locale))
    for (const attr of I18N_ATTRIBUTES) {
      for (const el of root.querySelectorAll<HTMLElement>(`[data-i18n-${attr}]`)) {
        const key = el.getAttribute(`data-i18n-${attr}`) ?? "";
        if (isMessageKey(key)) el.setAttribute(attr, translate(locale, key));
      }
    }
  applyAttrTexts(root, locale, I18N_ATTRIBUTES, true);
  for (const el of root.querySelectorAll<HTMLElement>("[data-ui-lang]")) el.lang = locale;
}

/**
 * Shows `locale` everywhere on the page (CSS does the visible text), and fetches its dictionary
 * for the texts React renders from now on; attributes are put in it again once it is here.
 */
export function applyUiLocale(locale: UiLocale): void {
  const html = document.documentElement;
  html.dataset.ui = locale;
  if (html.hasAttribute("data-lang-follows-ui")) html.lang = locale;
  localizeAttributes(document, locale);
  applyDocumentTitle(document, locale);
  void loadUiDictionary(locale);
}

/**
 * Fetches `locale`'s dictionary unless it is here (see lib/i18n/load.ts); then, if that is still
 * the language shown, puts the page's attributes in it. A failed fetch leaves English in the texts
 * React renders from then on (the server's texts stay) and is tried again on the next switch.
 */
export async function loadUiDictionary(locale: UiLocale): Promise<void> {
  try {
    await ensureDictionary(locale);
  } catch {
    return;
  }
  // Components re-render with the dictionary synchronously (useSyncExternalStore) once it is
  // added; a macrotask later their per-language attributes are in the page.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (readUiLocale() === locale) localizeAttributes(document, locale);
}

/** Changes the UI language and remembers it (for this page only when storage is blocked). */
export function setUiLocale(locale: UiLocale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // storage unavailable: the choice lasts for this page only
  }
  // The switch waits for the language's dictionary (a few KB, fetched once), so what React
  // renders shows it from the first frame; a failed fetch switches anyway (server texts are there).
  const request = ++switchRequest;
  void ensureDictionary(locale)
    .catch(() => {})
    .then(() => {
      if (request === switchRequest) applyUiLocale(locale);
    });
}
let switchRequest = 0;

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-ui"] });
  return () => observer.disconnect();
}

/**
 * The UI language, re-rendering when it changes and when a dictionary arrives (so texts the
 * component builds with `translate`, `translations` or `i18nAttr` are then in that language).
 * English during server rendering and hydration.
 */
export function useUiLocale(): UiLocale {
  useDictionaries();
  return useSyncExternalStore(subscribe, readUiLocale, () => DEFAULT_LOCALE);
}

/**
 * For a client component that builds UI texts (`translations`, `i18nAttr`, `localizedBy`) but
 * does not need the language itself: re-renders it when a dictionary arrives, so the texts of a
 * language fetched after it rendered are right when that language is shown.
 */
export function useDictionaries(): void {
  useSyncExternalStore(subscribeDictionaries, getDictionaryVersion, () => 0);
}
