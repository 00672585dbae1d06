"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";
import {
  applyUiLocale,
  loadUiDictionary,
  localizeAttributes,
  readStoredLocale,
  readUiLocale,
} from "@/lib/i18n/client";
import { applyDocumentTitle } from "@/lib/i18n/dom";
import { LOCALE_STORAGE_KEY } from "@/lib/i18n/locales";

/**
 * Keeps what CSS cannot switch in the reader's language after hydration (the head script does it
 * before): attributes of elements React adds later (a newly shown page, a dialog, a filter row),
 * `document.title` whenever Next puts in a page's title, and the language chosen in another tab.
 */
// The reader's language (the head script has put it on <html data-ui>) is fetched as soon as
// this module runs, before hydration, not after it.
if (typeof document !== "undefined") void loadUiDictionary(readUiLocale());

export function LocaleSync() {
  const pathname = usePathname();
  useEffect(() => {
    const locale = readUiLocale();
    localizeAttributes(document, locale);
    applyDocumentTitle(document, locale);
  }, [pathname]);

  useEffect(() => {
    // Elements added after hydration carry their texts in every language (`i18nAttr`); put in
    // the reader's. Only added subtrees are visited, so ticking or typing costs nothing.
    const body = new MutationObserver((records) => {
      const locale = readUiLocale();
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof Element) localizeAttributes(node, locale);
        }
      }
    });
    body.observe(document.body, { childList: true, subtree: true });
    // Next sets the English <title> (and the `ui-title-*` metas) on every navigation.
    const head = new MutationObserver(() => applyDocumentTitle(document, readUiLocale()));
    head.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => {
      body.disconnect();
      head.disconnect();
    };
  }, []);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== LOCALE_STORAGE_KEY) return;
      const locale = readStoredLocale(window.localStorage);
      if (locale) applyUiLocale(locale);
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);
  return null;
}
