import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { i18nAttr, localizedAttr } from "./attrs";
import { applyAttrTexts, applyDocumentTitle, I18N_ATTRIBUTES } from "./dom";
import { fakeDocument, fakeElement, type FakeElement } from "./fake-dom";
import { localeScript, LOCALE_STORAGE_KEY, UI_LOCALES } from "./locales";
import { labelsByLocale } from "./messages";
import { titleMetadata, documentTitles, messageTitle, textTitle } from "./title";

/** An element carrying what `i18nAttr` puts on it (React renders these props as attributes). */
function withProps(tag: string, props: Record<string, unknown>): FakeElement {
  const attrs = Object.fromEntries(
    Object.entries(props).filter((e): e is [string, string] => typeof e[1] === "string"),
  );
  return fakeElement(tag, attrs);
}

describe("i18nAttr", () => {
  it("gives the English attribute, the key and the text in every UI language", () => {
    expect(i18nAttr("aria-label", "nav.site")).toEqual({
      "aria-label": "Site",
      "data-i18n-aria-label": "nav.site",
      "data-i18n-aria-label-en": "Site",
      "data-i18n-aria-label-ja": "サイト",
      "data-i18n-aria-label-zh-hant": "網站",
      "data-i18n-aria-label-zh-hans": "网站",
      "data-i18n-aria-label-ko": "사이트",
      suppressHydrationWarning: true,
    });
  });

  it("fills placeholders in each language", () => {
    const props = i18nAttr("title", "heading.link", { heading: "概要" });
    expect(props.title).toBe("Link to this section: 概要");
    expect(props["data-i18n-title-ko"]).toContain("概要");
  });

  it("takes per-language labels, falling back to English where one is missing", () => {
    const props = localizedAttr("label", labelsByLocale({ en: "Capacity", ja: "キャパシティ" }));
    expect(props.label).toBe("Capacity");
    expect(props["data-i18n-label-ja"]).toBe("キャパシティ");
    expect(props["data-i18n-label-zh-hans"]).toBe("Capacity");
    expect(props["data-i18n-label"]).toBe("");
  });
});

describe("applyAttrTexts", () => {
  it.each([
    ["ja", "サイト", "チェックリストを絞り込む"],
    ["zh-Hant", "網站", "篩選檢查清單"],
    ["zh-Hans", "网站", "筛选检查清单"],
    ["ko", "사이트", "체크리스트 필터"],
    ["en", "Site", "Filter the checklist"],
  ])("puts the element and, when deep, its descendants into %s", (locale, site, filter) => {
    const child = withProps("form", i18nAttr("aria-label", "checklist.filter.form"));
    const root = withProps("nav", i18nAttr("aria-label", "nav.site"));
    root.children.push(child);

    applyAttrTexts(root as unknown as Element, locale, I18N_ATTRIBUTES, false);
    expect(root.getAttribute("aria-label")).toBe(site);
    expect(child.getAttribute("aria-label")).toBe("Filter the checklist");

    applyAttrTexts(root as unknown as Element, locale, I18N_ATTRIBUTES, true);
    expect(child.getAttribute("aria-label")).toBe(filter);
  });

  it("leaves elements without per-language texts alone", () => {
    const plain = fakeElement("button", { "aria-label": "As written" });
    applyAttrTexts(
      fakeElement("div", {}, [plain]) as unknown as Element,
      "ja",
      I18N_ATTRIBUTES,
      true,
    );
    expect(plain.getAttribute("aria-label")).toBe("As written");
  });
});

/** `<meta>` elements as Next renders `other` metadata. */
function titleMetas(titles: Record<string, string>): FakeElement[] {
  return Object.entries(titles).map(([name, content]) => fakeElement("meta", { name, content }));
}

describe("page titles", () => {
  it.each([
    ["en", "Checklist · Shiori"],
    ["ja", "チェックリスト｜Shiori"],
    ["zh-Hant", "檢查清單｜Shiori"],
    ["zh-Hans", "检查清单｜Shiori"],
    ["ko", "체크리스트 | Shiori"],
  ] as const)("a site page's title is a message, with the %s suffix", (locale, title) => {
    expect(documentTitles(labelsByLocale({ en: "x" }))[locale]).toMatch(/^x/);
    const other = messageTitle("nav.checklist").other as Record<string, string>;
    expect(other[`ui-title-${locale}`]).toBe(title);
  });

  it("keeps a note's own title and localises only the suffix", () => {
    const meta = textTitle("Kubernetes 도입기");
    expect(meta.title).toEqual({ absolute: "Kubernetes 도입기 · Shiori" });
    expect(meta.other).toEqual({
      "ui-title-en": "Kubernetes 도입기 · Shiori",
      "ui-title-ja": "Kubernetes 도입기｜Shiori",
      "ui-title-zh-Hant": "Kubernetes 도입기｜Shiori",
      "ui-title-zh-Hans": "Kubernetes 도입기｜Shiori",
      "ui-title-ko": "Kubernetes 도입기 | Shiori",
    });
  });

  it("applyDocumentTitle takes the last title of the language, and nothing without one", () => {
    const doc = fakeDocument(
      [
        ...titleMetas({ "ui-title-ja": "古いページ｜Shiori" }),
        ...titleMetas(
          titleMetadata(documentTitles("新しいページ")).other as Record<string, string>,
        ),
      ],
      "English",
    );
    applyDocumentTitle(doc as unknown as Document, "ja");
    expect(doc.title).toBe("新しいページ｜Shiori");
    // A title with a line break or runs of spaces reads back collapsed: set once, then left
    // alone (comparing with the raw text made LocaleSync's observer set it for ever).
    const spaced = fakeDocument(titleMetas({ "ui-title-ja": "Ctl\nCR  障害対応 ｜Shiori" }), "");
    applyDocumentTitle(spaced as unknown as Document, "ja");
    applyDocumentTitle(spaced as unknown as Document, "ja");
    expect(spaced.title).toBe("Ctl CR 障害対応 ｜Shiori");
    expect(spaced.titleSets).toBe(1);
    const bare = fakeDocument([], "Untouched");
    applyDocumentTitle(bare as unknown as Document, "ko");
    expect(bare.title).toBe("Untouched");
  });
});

describe("localeScript before hydration", () => {
  /** Runs the head script with `stored` as the saved language; returns the parser's hooks. */
  function boot(stored: string | null) {
    const htmlAttrs = new Map<string, string>([["data-lang-follows-ui", ""]]);
    const parsed: FakeElement[] = [];
    const doc = fakeDocument(parsed, "Checklist · Shiori");
    let observed: ((records: { addedNodes: unknown[] }[]) => void) | null = null;
    let disconnected = false;
    let onLoaded: (() => void) | null = null;
    class MutationObserver {
      constructor(callback: (records: { addedNodes: unknown[] }[]) => void) {
        observed = callback;
      }
      observe() {}
      disconnect() {
        disconnected = true;
      }
    }
    const documentElement = {
      lang: "en",
      setAttribute: (k: string, v: string) => htmlAttrs.set(k, v),
      hasAttribute: (k: string) => htmlAttrs.has(k),
    };
    const document = Object.assign(doc, {
      documentElement,
      addEventListener: (type: string, listener: () => void) => {
        if (type === "DOMContentLoaded") onLoaded = listener;
      },
    });
    runInNewContext(localeScript, {
      document,
      window: { MutationObserver },
      navigator: { languages: ["en-US"], language: "en-US" },
      localStorage: { getItem: (k: string) => (k === LOCALE_STORAGE_KEY ? stored : null) },
    });
    return {
      doc,
      html: documentElement,
      ui: () => htmlAttrs.get("data-ui"),
      /** The parser adds `el` (the observer sees it when `notify`). */
      parse(el: FakeElement, notify = true) {
        parsed.push(el);
        if (notify) observed?.([{ addedNodes: [el, { nodeType: 3 }] }]);
      },
      loaded: () => onLoaded?.(),
      observing: () => observed !== null && !disconnected,
    };
  }

  it.each(UI_LOCALES.filter((l) => l !== "en"))(
    "in %s, switches attributes as elements are parsed, then the title at DOMContentLoaded",
    (locale) => {
      const page = boot(locale);
      expect(page.ui()).toBe(locale);
      expect(page.html.lang).toBe(locale);
      expect(page.observing()).toBe(true);

      const filters = withProps("form", i18nAttr("aria-label", "checklist.filter.form"));
      page.parse(filters);
      expect(filters.getAttribute("aria-label")).toBe(
        i18nAttr("aria-label", "checklist.filter.form")[
          `data-i18n-aria-label-${locale.toLowerCase()}` as const
        ],
      );
      expect(filters.getAttribute("aria-label")).not.toBe("Filter the checklist");

      // An element the observer did not report is caught by the pass at DOMContentLoaded.
      const option = withProps("option", i18nAttr("label", "checklist.filter.anyArea"));
      page.parse(option, false);
      for (const meta of titleMetas(messageTitle("nav.checklist").other as Record<string, string>))
        page.parse(meta);
      expect(page.doc.title).toBe("Checklist · Shiori");
      page.loaded();
      expect(option.getAttribute("label")).not.toBe("All areas");
      expect(page.doc.title).toBe(
        (messageTitle("nav.checklist").other as Record<string, string>)[`ui-title-${locale}`],
      );
      expect(page.observing()).toBe(false);
    },
  );

  it("in English leaves the English HTML alone and watches nothing", () => {
    const page = boot("en");
    expect(page.ui()).toBe("en");
    expect(page.observing()).toBe(false);
  });
});
