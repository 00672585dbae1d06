import en from "./messages/en.json";
import ja from "./messages/ja.json";
import ko from "./messages/ko.json";
import zhHans from "./messages/zh-Hans.json";
import zhHant from "./messages/zh-Hant.json";

/**
 * The dictionary files as written, for code that runs on the server, in tests and in scripts
 * (`#i18n-dictionaries` in package.json resolves here outside the browser). Browser bundles get
 * `dictionaries.browser.ts` instead and load the reader's language when it is shown
 * (lib/i18n/load.ts), so a page never ships the UI text of four languages it does not show.
 */
export const BUNDLED_DICTIONARIES: Record<string, unknown> | null = {
  en,
  ja,
  "zh-Hant": zhHant,
  "zh-Hans": zhHans,
  ko,
};
