import { attrTextName, type I18nAttribute } from "./dom";
import { UI_LOCALES } from "./locales";
import { translations, type LocalizedTexts, type MessageKey, type MessageVars } from "./messages";

export { I18N_ATTRIBUTES, attrTextName, type I18nAttribute } from "./dom";

/**
 * Props spread on an element: `{...i18nAttr("aria-label", "nav.site")}`. The attribute itself
 * holds English (the static HTML); `data-i18n-<attr>-<locale>` hold its text in every UI
 * language, so the inline head script can switch it before hydration without the dictionaries.
 */
export type I18nAttrProps = Record<`data-${string}` | I18nAttribute, string> & {
  suppressHydrationWarning: true;
};

/**
 * An attribute in the UI language from texts given per locale (taxonomy labels, texts with
 * per-locale parts). `key` is kept in `data-i18n-<attr>` when the texts come from a message.
 *
 * `suppressHydrationWarning`: the head script may already have put the reader's language in the
 * attribute when React hydrates; React leaves attributes alone then, which is what we want.
 */
export function localizedAttr(attr: I18nAttribute, texts: LocalizedTexts, key = ""): I18nAttrProps {
  const props: Record<string, string> = { [attr]: texts.en.text, [`data-i18n-${attr}`]: key };
  // A text still pending (browser, dictionary not fetched) is left out, not written as English:
  // the element keeps the server's text for that language, or gets it when it re-renders.
  for (const locale of UI_LOCALES)
    if (!texts[locale].pending) props[attrTextName(attr, locale)] = texts[locale].text;
  return { ...props, suppressHydrationWarning: true } as I18nAttrProps;
}

/**
 * Props for an attribute in the UI language from a message (placeholders filled from `vars`).
 * Visible text uses `<T>` instead; attributes are not painted, except `placeholder` and an
 * option's `label`, which the head script switches before the first paint.
 */
export function i18nAttr(attr: I18nAttribute, key: MessageKey, vars?: MessageVars): I18nAttrProps {
  return localizedAttr(attr, translations(key, vars), key);
}
