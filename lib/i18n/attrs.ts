import { translate, type MessageKey } from "./messages";

/** Attributes that hold UI text; `LocaleSync` rewrites them when the UI language changes. */
export const I18N_ATTRIBUTES = ["aria-label", "title", "placeholder"] as const;
export type I18nAttribute = (typeof I18N_ATTRIBUTES)[number];

/**
 * Props for an attribute in the UI language: the English text for the static HTML and a
 * `data-i18n-<attr>` key the client layer uses to put in the reader's language. Attributes are not
 * painted, so changing them after load never flashes. Visible text uses `<T>` instead.
 */
export function i18nAttr(attr: I18nAttribute, key: MessageKey): Record<string, string> {
  return { [attr]: translate("en", key), [`data-i18n-${attr}`]: key };
}
