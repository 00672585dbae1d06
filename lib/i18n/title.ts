import type { Metadata } from "next";
import { TITLE_META_PREFIX } from "./dom";
import { UI_LOCALES, type UiLocale } from "./locales";
import { translate, translations, type LocalizedTexts, type MessageKey } from "./messages";

/** A page's title before the site suffix: per UI language, or one text kept as written. */
export type TitleSource = LocalizedTexts | string;

/**
 * The document title in every UI language: the page's own title with the site suffix of that
 * language (`title.template`). A plain string (a note's or chapter's title, a tag) stays as
 * written; only the suffix follows the UI language.
 */
export function documentTitles(source: TitleSource): Record<UiLocale, string> {
  return Object.fromEntries(
    UI_LOCALES.map((l) => {
      const title = typeof source === "string" ? source : source[l].text;
      return [l, translate(l, "title.template", { title })];
    }),
  ) as Record<UiLocale, string>;
}

/**
 * Title metadata for a page: `<title>` in English (what the static HTML and crawlers get) and
 * `<meta name="ui-title-<locale>">` for each UI language, which the head script and
 * `LocaleSync` copy into `document.title` (see lib/i18n/dom.ts).
 */
export function titleMetadata(titles: Record<UiLocale, string>): Metadata {
  return {
    title: { absolute: titles.en },
    other: Object.fromEntries(UI_LOCALES.map((l) => [`${TITLE_META_PREFIX}${l}`, titles[l]])),
  };
}

/**
 * Title metadata of a site page whose title is a message (`nav.tags`, `notFound.title` …), with an
 * optional detail in parentheses (a filter, a page number).
 */
export function messageTitle(key: MessageKey, detail?: string): Metadata {
  const texts = translations(key);
  if (!detail) return titleMetadata(documentTitles(texts));
  const titled = Object.fromEntries(
    UI_LOCALES.map((l) => [l, { ...texts[l], text: `${texts[l].text} (${detail})` }]),
  ) as LocalizedTexts;
  return titleMetadata(documentTitles(titled));
}

/** Title metadata from per-language labels (taxonomy) or a text kept as written (notes, tags). */
export function textTitle(source: TitleSource): Metadata {
  return titleMetadata(documentTitles(source));
}

/** The dashboard's title: the site name and tagline, no suffix. */
export function homeTitle(): Metadata {
  return titleMetadata(
    Object.fromEntries(UI_LOCALES.map((l) => [l, translate(l, "title.home")])) as Record<
      UiLocale,
      string
    >,
  );
}
