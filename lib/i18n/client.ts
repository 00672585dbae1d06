import { useSyncExternalStore } from "react";
import { I18N_ATTRIBUTES } from "./attrs";
import { applyAttrTexts, applyDocumentTitle } from "./dom";
import { LOCALE_STORAGE_KEY, DEFAULT_LOCALE, uiLocaleSchema, type UiLocale } from "./locales";
import { isMessageKey, translate } from "./messages";

/**
 * Browser side of the UI language. The inline <head> script (`localeScript`) has already put the
 * reader's language on `<html data-ui>` before the first paint; this module reads it, changes it
 * and keeps the attributes that CSS cannot switch (aria-label, title, placeholder) in step.
 */

/** The UI language shown now (from `<html data-ui>`, validated). */
export function readUiLocale(): UiLocale {
  const parsed = uiLocaleSchema.safeParse(document.documentElement.dataset.ui);
  return parsed.success ? parsed.data : DEFAULT_LOCALE;
}

/** The stored choice, or null when there is none or it is not a UI language. */
export function readStoredLocale(storage: Pick<Storage, "getItem">): UiLocale | null {
  try {
    const parsed = uiLocaleSchema.safeParse(storage.getItem(LOCALE_STORAGE_KEY));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Puts the attributes marked by `i18nAttr`/`localizedAttr` under `root` into `locale`: from the
 * per-language texts on the element, else from the message key in `data-i18n-<attr>`.
 */
export function localizeAttributes(root: Element | Document, locale: UiLocale): void {
  for (const attr of I18N_ATTRIBUTES) {
    for (const el of root.querySelectorAll<HTMLElement>(`[data-i18n-${attr}]`)) {
      const key = el.getAttribute(`data-i18n-${attr}`) ?? "";
      if (isMessageKey(key)) el.setAttribute(attr, translate(locale, key));
    }
  }
  applyAttrTexts(root, locale, I18N_ATTRIBUTES, true);
  for (const el of root.querySelectorAll<HTMLElement>("[data-ui-lang]")) el.lang = locale;
}

/** Shows `locale` everywhere on the page (CSS does the visible text). */
export function applyUiLocale(locale: UiLocale): void {
  const html = document.documentElement;
  html.dataset.ui = locale;
  if (html.hasAttribute("data-lang-follows-ui")) html.lang = locale;
  localizeAttributes(document, locale);
  applyDocumentTitle(document, locale);
}

/** Changes the UI language and remembers it (for this page only when storage is blocked). */
export function setUiLocale(locale: UiLocale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // storage unavailable: the choice lasts for this page only
  }
  applyUiLocale(locale);
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-ui"] });
  return () => observer.disconnect();
}

/** The UI language, re-rendering when it changes. English during server rendering. */
export function useUiLocale(): UiLocale {
  return useSyncExternalStore(subscribe, readUiLocale, () => DEFAULT_LOCALE);
}
