"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";
import {
  applyUiLocale,
  localizeAttributes,
  readStoredLocale,
  readUiLocale,
} from "@/lib/i18n/client";
import { LOCALE_STORAGE_KEY } from "@/lib/i18n/locales";

/**
 * Keeps what CSS cannot switch in the reader's language: attributes of newly shown pages after a
 * client-side navigation, and the language chosen in another tab.
 */
export function LocaleSync() {
  const pathname = usePathname();
  useEffect(() => {
    localizeAttributes(document, readUiLocale());
  }, [pathname]);
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
