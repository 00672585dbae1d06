import { describe, expect, it } from "vitest";
import { normalizeText } from "@/lib/search/normalize";
import { MAX_VARIANTS, wordVariants } from "@/lib/search/variants";

/** Variants of a query word, as the query parser sees it (normalised, so Simplified characters). */
const variants = (word: string) => wordVariants(normalizeText(word));

describe("wordVariants (OpenCC TWPhrases, both directions)", () => {
  it.each([
    // zh-Hans (Mainland) → Taiwan words, folded like all text
    ["数据库", ["资料库"]],
    ["软件", ["软体"]],
    ["服务器", ["伺服器"]],
    ["网络", ["网路"]],
    ["内存", ["记忆体"]],
    // zh-Hant (Taiwan) → Mainland words
    ["資料庫", ["数据库"]],
    ["軟體", ["软件"]],
    ["伺服器", ["服务器"]],
    ["網路", ["网络"]],
    ["記憶體", ["内存"]],
    // a known word inside a longer run is swapped in place
    ["資料庫備份", ["数据库备份"]],
    // two known words: each alone, then both
    ["数据库服务器", ["资料库服务器", "数据库伺服器", "资料库伺服器"]],
    // nothing to swap: ja, ko, en, and Chinese words the regions share
    ["障害", []],
    ["백업", []],
    ["etcd", []],
    ["监控", []],
  ])("%s → %j", (word, expected) => {
    expect(variants(word)).toEqual(expected);
  });

  it(`returns at most ${MAX_VARIANTS} forms`, () => {
    expect(variants("数据库服务器软件内存网络").length).toBe(MAX_VARIANTS);
  });
});
