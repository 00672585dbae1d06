import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { BUNDLED_DICTIONARIES } from "./dictionaries.all";
import { localeScript, pickUiLocale, UI_LOCALES, LOCALE_STORAGE_KEY } from "./locales";
import {
  allDictionaries,
  labelsByLocale,
  loadDictionary,
  placeholders,
  translate,
  translations,
  type MessageKey,
} from "./messages";

/** The dictionary files as written (before the English fallback fills missing keys). */
const RAW_DICTIONARIES = BUNDLED_DICTIONARIES as Record<(typeof UI_LOCALES)[number], unknown>;

describe("pickUiLocale", () => {
  it.each([
    // a valid stored choice wins
    ["ko", ["ja-JP"], "ko"],
    ["zh-Hant", ["en-US"], "zh-Hant"],
    // an invalid stored value is ignored (it is untrusted)
    ["fr", ["ja"], "ja"],
    ['{"x":1}', ["ko-KR"], "ko"],
    [null, [], "en"],
    // browser languages, first match wins
    [null, ["ja-JP", "en"], "ja"],
    [null, ["ko"], "ko"],
    [null, ["zh-TW"], "zh-Hant"],
    [null, ["zh-HK"], "zh-Hant"],
    [null, ["zh-Hant-TW"], "zh-Hant"],
    [null, ["zh-CN"], "zh-Hans"],
    [null, ["zh"], "zh-Hans"],
    [null, ["zh-Hans-SG"], "zh-Hans"],
    [null, ["fr-FR", "de", "ko-KR", "ja"], "ko"],
    [null, ["EN-gb"], "en"],
    [null, ["fr"], "en"],
  ])("stored %j, browser %j → %s", (stored, languages, expected) => {
    expect(pickUiLocale(stored, languages, UI_LOCALES)).toBe(expected);
  });
});

describe("localeScript (the inline <head> script)", () => {
  function run(
    stored: string | null,
    languages: string[],
    followsUi: boolean,
    storageThrows = false,
  ) {
    const attrs = new Map<string, string>(followsUi ? [["data-lang-follows-ui", ""]] : []);
    const html = {
      lang: "ja",
      setAttribute: (k: string, v: string) => attrs.set(k, v),
      hasAttribute: (k: string) => attrs.has(k),
    };
    runInNewContext(localeScript, {
      // No MutationObserver and no parsing here: lib/i18n/dom.test.ts covers the attributes.
      window: {},
      document: { documentElement: html, addEventListener: () => {} },
      navigator: { languages, language: languages[0] },
      localStorage: {
        getItem: (k: string) => {
          if (storageThrows) throw new Error("SecurityError");
          return k === LOCALE_STORAGE_KEY ? stored : null;
        },
      },
    });
    return { ui: attrs.get("data-ui"), lang: html.lang };
  }

  it.each([
    ["ko", ["en-US"], true, { ui: "ko", lang: "ko" }],
    [null, ["zh-TW"], true, { ui: "zh-Hant", lang: "zh-Hant" }],
    [null, ["zh-CN"], true, { ui: "zh-Hans", lang: "zh-Hans" }],
    ["bogus", ["en"], true, { ui: "en", lang: "en" }],
    // note pages keep the note's language on <html>
    ["en", ["en"], false, { ui: "en", lang: "ja" }],
  ] as const)(
    "stored %j, browser %j, follows UI %s → %j",
    (stored, languages, follows, expected) => {
      expect(run(stored, [...languages], follows)).toEqual(expected);
    },
  );

  it("falls back to the browser language when storage is blocked", () => {
    expect(run("ko", ["ja-JP"], true, true)).toEqual({ ui: "ja", lang: "ja" });
  });
});

describe("dictionaries", () => {
  const enKeys = Object.keys(RAW_DICTIONARIES.en as object).sort();

  it.each(UI_LOCALES)("%s has exactly the keys of en", (locale) => {
    expect(Object.keys(RAW_DICTIONARIES[locale] as object).sort()).toEqual(enKeys);
  });

  it.each(UI_LOCALES.filter((l) => l !== "en"))("%s uses the same placeholders as en", (locale) => {
    const mismatched = enKeys.filter((key) => {
      const k = key as MessageKey;
      return (
        placeholders(allDictionaries()[locale][k]).sort().join() !==
        placeholders(allDictionaries().en[k]).sort().join()
      );
    });
    expect(mismatched).toEqual([]);
  });

  it("rejects a dictionary value that is neither a string nor {one, other}", () => {
    expect(() => loadDictionary("ko", { "nav.tags": 3 })).toThrowErrorMatchingInlineSnapshot(
      `[Error: lib/i18n/messages/ko.json: nav.tags is not a UI string (Invalid type: Expected (string | Object) but received 3). Each value must be a non-empty string or { "one": "…", "other": "…" }.]`,
    );
  });
});

describe("translate", () => {
  it.each([
    ["en", 1, "1 note"],
    ["en", 3, "3 notes"],
    ["en", 0, "0 notes"],
    ["ja", 1, "ノート 1 件"],
    ["zh-Hant", 2, "2 篇筆記"],
    ["zh-Hans", 2, "2 篇笔记"],
    ["ko", 5, "노트 5개"],
  ] as const)("%s count.notes %i → %s", (locale, count, expected) => {
    expect(translate(locale, "count.notes", { count })).toBe(expected);
  });

  it("fills every placeholder", () => {
    expect(translate("ja", "chapter.of", { n: 3, total: 15 })).toBe("全 15 章中 3 章目");
    expect(translate("ko", "links.showing", { shown: 4, total: 62 })).toBe("링크 62개 중 4개 표시");
  });

  it("gives each UI language's text with its own lang", () => {
    expect(translations("nav.tags")).toEqual({
      en: { text: "Tags", lang: "en" },
      ja: { text: "タグ", lang: "ja" },
      "zh-Hant": { text: "標籤", lang: "zh-Hant" },
      "zh-Hans": { text: "标签", lang: "zh-Hans" },
      ko: { text: "태그", lang: "ko" },
    });
  });

  it("falls back to the English label (marked lang=en) where a taxonomy label is missing", () => {
    expect(
      labelsByLocale({ en: "Backup & restore", ja: "バックアップ＆リストア", ko: "백업 및 복구" }),
    ).toEqual({
      en: { text: "Backup & restore", lang: "en" },
      ja: { text: "バックアップ＆リストア", lang: "ja" },
      "zh-Hant": { text: "Backup & restore", lang: "en" },
      "zh-Hans": { text: "Backup & restore", lang: "en" },
      ko: { text: "백업 및 복구", lang: "ko" },
    });
  });
});
