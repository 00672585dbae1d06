import { describe, expect, it } from "vitest";
import { isKoreanEnding, KOREAN_ENDINGS, stripKoreanEnding } from "@/lib/search/korean";

describe("stripKoreanEnding", () => {
  it.each([
    // Case and topic particles
    ["백업을", "백업"],
    ["백업이", "백업"],
    ["백업은", "백업"],
    ["백업의", "백업"],
    ["데이터를", "데이터"],
    ["컴포넌트가", "컴포넌트"],
    ["컴포넌트는", "컴포넌트"],
    ["클러스터에", "클러스터"],
    ["클러스터로", "클러스터"],
    ["클러스터와", "클러스터"],
    ["노드까지", "노드"],
    ["노드부터", "노드"],
    ["관리자에게", "관리자"],
    ["관리자한테", "관리자"],
    ["관리자께서", "관리자"],
    // Longest ending first: 에서 (not 서), 으로 (not 로), compounds whole
    ["클러스터에서", "클러스터"],
    ["서비스으로", "서비스"],
    ["클러스터에서는", "클러스터"],
    ["방식으로는", "방식"],
    ["기본값이다", "기본값"],
    ["기본값입니다", "기본값"],
    // Common 하다/되다 endings
    ["설명하는", "설명"],
    ["설명하고", "설명"],
    ["배포했다", "배포"],
    ["배포합니다", "배포"],
    ["업데이트된", "업데이트"],
    // Stems shorter than two syllables are kept whole
    ["값을", "값을"],
    ["것이", "것이"],
    ["이다", "이다"],
    // No listed ending, or not Hangul at the end
    ["렌더링", "렌더링"],
    ["브라우저", "브라우저"],
    ["障害", "障害"],
    ["监控", "监控"],
    ["バックアップ", "バックアップ"],
    ["etcd", "etcd"],
  ])("%s → %s", (input, expected) => {
    expect(stripKoreanEnding(input)).toBe(expected);
  });

  it("lists only Hangul endings, without duplicates", () => {
    expect(KOREAN_ENDINGS.every((e) => /^[\uac00-\ud7a3]+$/.test(e))).toBe(true);
  });
});

describe("isKoreanEnding", () => {
  it.each([
    ["를", true],
    ["의", true],
    ["에서", true],
    ["백업", false],
    ["の", false],
    ["的", false],
  ])("%s → %s", (input, expected) => {
    expect(isKoreanEnding(input)).toBe(expected);
  });
});
