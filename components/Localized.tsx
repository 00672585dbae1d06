import { UI_LOCALES } from "@/lib/i18n/locales";
import type { LocalizedTexts } from "@/lib/i18n/messages";

/**
 * Text in every UI language at once; CSS shows only the reader's (`<html data-ui>`, set before
 * the first paint), so changing the language never re-renders and never flashes. Each variant
 * carries its own `lang`, so its glyphs are right even inside a note in another language.
 *
 * `suppressHydrationWarning`: the server has every dictionary, the browser only English and the
 * languages it has fetched (lib/i18n/load.ts). A text computed in the browser for a language not
 * fetched yet is English; React then keeps the server's text in the page, which is the right one,
 * and the next render after the fetch has it too.
 */
export function Localized({ texts }: { texts: LocalizedTexts }) {
  return (
    <>
      {UI_LOCALES.map((locale) => (
        <span key={locale} data-l={locale} lang={texts[locale].lang} suppressHydrationWarning>
          {texts[locale].text}
        </span>
      ))}
    </>
  );
}
