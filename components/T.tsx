import { UI_LOCALES } from "@/lib/i18n/locales";
import {
  translations,
  type LocalizedTexts,
  type MessageKey,
  type MessageVars,
} from "@/lib/i18n/messages";

/**
 * Text in every UI language at once; CSS shows only the reader's (`<html data-ui>`, set before
 * the first paint), so changing the language never re-renders and never flashes. Each variant
 * carries its own `lang`, so its glyphs are right even inside a note in another language.
 */
export function Localized({ texts }: { texts: LocalizedTexts }) {
  return (
    <>
      {UI_LOCALES.map((locale) => (
        <span key={locale} data-l={locale} lang={texts[locale].lang}>
          {texts[locale].text}
        </span>
      ))}
    </>
  );
}

/** A UI string from the dictionaries (lib/i18n/messages/*.json), in every UI language. */
export function T({ k, vars }: { k: MessageKey; vars?: MessageVars }) {
  return <Localized texts={translations(k, vars)} />;
}
