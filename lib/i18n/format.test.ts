import { describe, expect, it } from "vitest";
import { BUNDLED_DICTIONARIES } from "./dictionaries.all";
import { formatDateTime, formatList, localizedBy } from "./format";
import { UI_LOCALES } from "./locales";
import { translate, type MessageKey } from "./messages";

/** The dictionary files as written (before the English fallback fills missing keys). */
const RAW_DICTIONARIES = BUNDLED_DICTIONARIES as Record<(typeof UI_LOCALES)[number], unknown>;

describe("formatList", () => {
  it.each([
    ["en", ["Open only", "容量", "“ノード”"], "Open only, 容量, and “ノード”"],
    ["ja", ["未完了のみ", "容量", "日本語"], "未完了のみ、容量、日本語"],
    ["zh-Hant", ["僅未完成", "容量"], "僅未完成和容量"],
    ["zh-Hans", ["仅未完成", "容量"], "仅未完成和容量"],
    ["ko", ["미완료만", "용량", "한국어"], "미완료만, 용량 및 한국어"],
    ["ko", ["미완료만"], "미완료만"],
  ] as const)("%s %j → %s", (locale, parts, expected) => {
    expect(formatList(locale, parts)).toBe(expected);
  });
});

describe("formatDateTime", () => {
  const when = "2026-11-23T19:09:00.000Z";
  it.each([
    ["en", "Nov 23, 2026, 7:09 PM"],
    ["ja", "2026/11/23 19:09"],
    ["zh-Hans", "2026年11月23日 19:09"],
    // Node's ICU data may name the half of the day "PM" where a browser writes "오후".
    ["ko", /^2026\. 11\. 23\. (오후|PM) 7:09$/],
  ] as const)("%s → %s", (locale, expected) => {
    // ICU versions differ in the space before AM/PM (U+202F or U+0020): compare on plain spaces.
    const text = formatDateTime(locale, when, "UTC").replace(/\s/g, " ");
    if (typeof expected === "string") expect(text).toBe(expected);
    else expect(text).toMatch(expected);
  });

  it("gives back a value that is not a date as written instead of “Invalid Date”", () => {
    expect(formatDateTime("ja", "yesterday", "UTC")).toBe("yesterday");
  });
});

describe("localizedBy", () => {
  it("builds each language's text with that language's parts, marked with its lang", () => {
    const texts = localizedBy((locale) =>
      translate(locale, "checklist.printedFilter", {
        filters: formatList(locale, [
          translate(locale, "checklist.filter.open"),
          translate(locale, "lang.ko"),
        ]),
      }),
    );
    expect(texts.en).toEqual({ text: "Filter: Open only and Korean", lang: "en" });
    expect(texts.ja).toEqual({ text: "絞り込み: 未完了のみ、韓国語", lang: "ja" });
    expect(texts.ko.lang).toBe("ko");
    expect(texts.ko.text).toBe("필터: 미완료만 및 한국어");
  });
});

describe("plural and count messages of the checklist and the repair notice", () => {
  it.each([
    ["en", "checklist.filter.showing", { shown: 1, total: 1, count: 1 }, "Showing 1 of 1 item"],
    ["en", "checklist.filter.showing", { shown: 3, total: 61, count: 61 }, "Showing 3 of 61 items"],
    ["ja", "checklist.filter.showing", { shown: 3, total: 61, count: 61 }, "61 件中 3 件を表示"],
    [
      "zh-Hant",
      "checklist.filter.showing",
      { shown: 3, total: 61, count: 61 },
      "顯示 61 項中的 3 項",
    ],
    ["zh-Hans", "checklist.filter.showing", { shown: 0, total: 1, count: 1 }, "显示 1 项中的 0 项"],
    ["ko", "checklist.filter.showing", { shown: 3, total: 61, count: 61 }, "항목 61개 중 3개 표시"],
    ["en", "checklist.imported", { count: 1 }, "1 item was imported."],
    ["en", "checklist.imported", { count: 0 }, "0 items were imported."],
    ["ko", "checklist.imported", { count: 1 }, "항목 1개를 가져왔습니다."],
    [
      "en",
      "checklist.missing",
      { count: 2 },
      "2 items are no longer in the notes; kept under “Orphaned progress”.",
    ],
    ["ja", "checklist.orphans.heading", { count: 2 }, "孤立した進捗（2）"],
    [
      "en",
      "checklist.dialogBody",
      { count: 1 },
      expect.stringMatching(/^This clears the 1 item you/),
    ],
    [
      "zh-Hans",
      "checklist.dialogBody",
      { count: 5 },
      expect.stringMatching(/^这会清除你勾选或取消勾选的 5 个项目。/),
    ],
    [
      "en",
      "repair.mojibake",
      { encoding: "Windows-1254", repaired: "1", low: "0", count: 1 },
      "Repaired from text decoded as Windows-1254; 1 character reconstructed; 0 low-confidence (underlined).",
    ],
    [
      "zh-Hant",
      "repair.mojibake",
      { encoding: "Windows-1254", repaired: "923", low: "2", count: 923 },
      "已修復被誤以 Windows-1254 解碼的文字：重建 923 個字元，其中 2 處可信度較低（加底線）。",
    ],
  ] as const)("%s %s %j", (locale, key, vars, expected) => {
    expect(translate(locale, key, vars)).toEqual(expected);
  });
});

describe("the checklist, repair and title messages", () => {
  const own = Object.keys(RAW_DICTIONARIES.en as object).filter((k) =>
    /^(checklist|repair|title)\./.test(k),
  ) as MessageKey[];

  it("exist", () => {
    expect(own.length).toBeGreaterThan(60);
  });

  it.each(UI_LOCALES.filter((l) => l !== "en"))(
    "are translated into %s (none left in English)",
    (locale) => {
      const dictionary = RAW_DICTIONARIES[locale] as Record<string, unknown>;
      const english = RAW_DICTIONARIES.en as Record<string, unknown>;
      expect(
        own.filter((k) => JSON.stringify(dictionary[k]) === JSON.stringify(english[k])),
      ).toEqual([]);
    },
  );

  it("give plural forms in English wherever a count is filled in", () => {
    const english = RAW_DICTIONARIES.en as Record<string, unknown>;
    const counted = own.filter((k) => {
      const v = english[k];
      return typeof v === "string" && /\{(count|repaired)\} (item|character)/.test(v);
    });
    expect(counted).toEqual([]);
  });
});
