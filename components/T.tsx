"use client";

import { useDictionaries } from "@/lib/i18n/client";
import { translations, type MessageKey, type MessageVars } from "@/lib/i18n/messages";
import { Localized } from "./Localized";

/**
 * A UI string from the dictionaries (lib/i18n/messages/*.json), in every UI language. A client
 * component, so a server page sends only its key and values (not five texts) and it re-renders
 * when the browser has fetched a language's dictionary (lib/i18n/load.ts).
 */
export function T({ k, vars }: { k: MessageKey; vars?: MessageVars }) {
  useDictionaries();
  return <Localized texts={translations(k, vars)} />;
}
