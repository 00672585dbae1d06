import { describe, expect, it, vi } from "vitest";
import ja from "./messages/ja.json";

// What the browser bundle gets for `#i18n-dictionaries` (package.json "imports", condition
// "browser"): no dictionary but English until lib/i18n/load.ts fetches one.
vi.mock("#i18n-dictionaries", () => ({ BUNDLED_DICTIONARIES: null }));

const messages = await import("./messages");
const { i18nAttr } = await import("./attrs");
const { localizedBy } = await import("./format");
const { ensureDictionary } = await import("./load");

describe("UI dictionaries in the browser", () => {
  it("has English only at first: other languages give English, marked pending", () => {
    expect(messages.hasDictionary("en")).toBe(true);
    expect(messages.hasDictionary("ja")).toBe(false);
    expect(messages.translate("ja", "nav.tags")).toBe("Tags");
    expect(messages.translations("nav.tags").ja).toEqual({
      text: "Tags",
      lang: "en",
      pending: true,
    });
    expect(messages.translations("nav.tags").en).toEqual({ text: "Tags", lang: "en" });
    expect(localizedBy((l) => l).ko).toEqual({ text: "ko", lang: "en", pending: true });
  });

  it("leaves a pending language out of an attribute's texts, so the server's stays", () => {
    const props = i18nAttr("aria-label", "nav.tags") as Record<string, string>;
    expect(props["aria-label"]).toBe("Tags");
    expect(props["data-i18n-aria-label-en"]).toBe("Tags");
    expect(props).not.toHaveProperty("data-i18n-aria-label-ja");
    expect(props["data-i18n-aria-label"]).toBe("nav.tags");
  });

  it("adds a fetched dictionary once and tells the subscribers", () => {
    const listener = vi.fn();
    const unsubscribe = messages.subscribeDictionaries(listener);
    const before = messages.getDictionaryVersion();
    messages.addDictionary("ja", ja);
    messages.addDictionary("ja", ja);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(messages.getDictionaryVersion()).toBe(before + 1);
    expect(messages.translate("ja", "nav.tags")).toBe("タグ");
    expect(messages.translations("nav.tags").ja).toEqual({ text: "タグ", lang: "ja" });
    expect(
      (i18nAttr("aria-label", "nav.tags") as Record<string, string>)["data-i18n-aria-label-ja"],
    ).toBe("タグ");
    unsubscribe();
  });

  it("fetches a language's own chunk with ensureDictionary", async () => {
    expect(messages.hasDictionary("ko")).toBe(false);
    await Promise.all([ensureDictionary("ko"), ensureDictionary("ko")]);
    expect(messages.hasDictionary("ko")).toBe(true);
    expect(messages.translate("ko", "nav.tags")).toBe("태그");
    expect(messages.hasDictionary("zh-Hant")).toBe(false);
  });

  it("rejects a fetched dictionary that is not one, naming the file and the key", () => {
    expect(() => messages.addDictionary("zh-Hans", { "nav.tags": "" })).toThrow(
      /lib\/i18n\/messages\/zh-Hans\.json: nav\.tags is not a UI string/,
    );
    expect(messages.hasDictionary("zh-Hans")).toBe(false);
  });
});
