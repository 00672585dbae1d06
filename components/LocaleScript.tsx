import { localeScript } from "@/lib/i18n/locales";

/** Puts the reader's UI language on <html> before the first paint (see lib/i18n/locales.ts). */
export function LocaleScript({ nonce }: { nonce?: string }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: localeScript }} />;
}
