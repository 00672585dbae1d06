import { localeScript } from "@/lib/i18n/locales";

/** Puts the reader's UI language on <html> before the first paint (see lib/i18n/locales.ts). */
export function LocaleScript() {
  return <script dangerouslySetInnerHTML={{ __html: localeScript }} />;
}
