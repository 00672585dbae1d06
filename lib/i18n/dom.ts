/**
 * DOM helpers shared by the inline <head> script (before hydration) and `LocaleSync` (after).
 * No imports: the functions below are serialised into the head script with `toString()`, so each
 * must stay self-contained (no closures, no helpers, only syntax every browser we support runs).
 */

/**
 * Attributes that hold UI text; the head script and `LocaleSync` put them in the reader's
 * language. `label` is for `<option>`, whose text cannot hold one `<T>` span per language.
 */
export const I18N_ATTRIBUTES = ["aria-label", "title", "placeholder", "label"] as const;
export type I18nAttribute = (typeof I18N_ATTRIBUTES)[number];

/**
 * Name of the data attribute holding an attribute's text in one UI language:
 * `data-i18n-aria-label-zh-hant` (HTML lower-cases attribute names anyway).
 */
export function attrTextName(attr: string, locale: string): string {
  return `data-i18n-${attr}-${locale.toLowerCase()}`;
}

/** `<meta name>` of the page title in one UI language (see lib/i18n/title.ts). */
export const TITLE_META_PREFIX = "ui-title-";

/**
 * Sets each attribute marked by `localizedAttr` on `root` (and, when `deep`, its descendants) to
 * its text in `locale`.
 *
 * Serialised into the inline <head> script (see `localeScript`), so it must stay self-contained:
 * no imports, no closures, only syntax every browser we support runs.
 */
export function applyAttrTexts(
  root: Element | Document,
  locale: string,
  attrs: readonly string[],
  deep: boolean,
): void {
  const suffix = locale.toLowerCase();
  for (let i = 0; i < attrs.length; i++) {
    const attr = attrs[i] as string;
    const name = "data-i18n-" + attr + "-" + suffix;
    if ("hasAttribute" in root && root.hasAttribute(name))
      root.setAttribute(attr, root.getAttribute(name) as string);
    if (!deep) continue;
    const found = root.querySelectorAll("[" + name + "]");
    for (let j = 0; j < found.length; j++) {
      const el = found[j] as Element;
      el.setAttribute(attr, el.getAttribute(name) as string);
    }
  }
}

/**
 * Sets `document.title` to the page's title in `locale`, from `<meta name="ui-title-<locale>">`
 * (the last one: during a client-side navigation the new page's comes after the old one's).
 * Leaves the title alone on pages without one. Serialised into the head script too.
 */
export function applyDocumentTitle(doc: Document, locale: string): void {
  const metas = doc.querySelectorAll('meta[name="ui-title-' + locale + '"]');
  const meta = metas[metas.length - 1];
  const content = meta ? meta.getAttribute("content") : null;
  // `document.title` reads back with ASCII whitespace collapsed and trimmed: compare in that form,
  // or a title with a line break or two spaces is set again by every observer call, for ever.
  const text = content ? content.replace(/[\t\n\f\r ]+/g, " ").trim() : "";
  if (text && doc.title !== text) doc.title = text;
}
