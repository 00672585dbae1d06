import { describe, expect, it } from "vitest";
import { normalize, normalizeText, toOriginalRange } from "@/lib/search/normalize";

describe("normalizeText", () => {
  it.each([
    // ja: NFKC folds half-width kana (voiced marks join their kana) and full-width Latin
    ["ja half-width kana", "ﾊﾞｯｸｱｯﾌﾟ", "バックアップ"],
    ["ja half-width with ﾟ", "ﾌﾟﾛｸﾞﾗﾑ", "プログラム"],
    ["ja combining voiced mark", "か\u3099", "が"],
    ["ja full-width Latin", "Ｋｕｂｅｒｎｅｔｅｓ", "kubernetes"],
    ["ja trailing ー dropped (3+ chars)", "サーバー", "サーバ"],
    ["ja trailing ー dropped once", "ユーザー", "ユーザ"],
    ["ja short katakana word kept", "キー", "キー"],
    ["ja three-character word keeps its ー", "キュー", "キュー"],
    ["ja -ックス read as -クス", "メトリックス", "メトリクス"],
    ["ja half-width -ｯｸｽ", "ﾒﾄﾘｯｸｽ", "メトリクス"],
    ["ja other ッ kept", "バックアップ", "バックアップ"],
    ["ja inner ー kept", "サーバーサイド", "サーバーサイド"],
    // Japanese kanji fold like Chinese ones (設 → 设); index and queries fold alike.
    ["ja ー before particle", "サーバーの設定", "サーバの设定"],
    ["ja half-width ｰ", "ｻｰﾊﾞｰ", "サーバ"],
    ["ja squared word", "㍿", "株式会社"],
    // zh-Hant → zh-Hans, character by character with OpenCC tables
    ["zh-Hant 監控", "監控", "监控"],
    ["zh-Hant 虛擬化", "虛擬化", "虚拟化"],
    ["zh-Hant 資料庫", "資料庫", "资料库"],
    ["zh-Hant Taiwan variant 裡", "裡面", "里面"],
    ["zh-Hant 叢集", "Kubernetes 叢集", "kubernetes 丛集"],
    // zh-Hans is already folded
    ["zh-Hans unchanged", "监控 虚拟化", "监控 虚拟化"],
    // ko: Hangul unchanged, conjoining jamo composed by NFKC
    ["ko unchanged", "백업을 설정", "백업을 설정"],
    ["ko jamo composed", "\u1100\u1161", "가"],
    // en: lowercased, punctuation kept
    ["en lowercase", "Prometheus Deep-Dive", "prometheus deep-dive"],
    ["mixed", "K8sの障害", "k8sの障害"],
  ])("%s", (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe("section text (document mode) keeps every ー", () => {
  it.each([
    ["サーバー", "サーバー"],
    ["ジョブキュー", "ジョブキュー"],
    ["ｻｰﾊﾞｰの設定", "サーバーの设定"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeText(input, "document")).toBe(expected);
    expect(normalize(input, "document").text).toBe(expected);
  });
});

describe("normalize offset mapping", () => {
  it.each([
    // [name, original, normalised substring, expected original substring]
    ["ja half-width kana cluster", "etcdのﾊﾞｯｸｱｯﾌﾟ（不要）", "バックアップ", "ﾊﾞｯｸｱｯﾌﾟ"],
    ["ja dropped ー is inside the match", "Webサーバー Pod", "サーバ", "サーバー"],
    ["ja dropped ッ is inside the match", "Podのメトリックスを", "メトリクス", "メトリックス"],
    ["zh-Hant folded character", "要有監控 不然", "监控", "監控"],
    ["zh-Hans identity", "硬件虚拟化的", "虚拟化", "虚拟化"],
    ["ko identity", "백업을 값을", "백업", "백업"],
    ["en full-width letters", "Ｈｅｌｍ チャート", "helm", "Ｈｅｌｍ"],
    ["expanding character", "㍿Shiori", "株式会社", "㍿"],
  ])("%s", (_name, original, needle, expected) => {
    const n = normalize(original);
    const at = n.text.indexOf(needle);
    expect(at).toBeGreaterThanOrEqual(0);
    const r = toOriginalRange(n, at, at + needle.length);
    expect(original.slice(r.start, r.end)).toBe(expected);
  });

  it("keeps one start/end per UTF-16 unit of the output", () => {
    const n = normalize("𠮷野家のﾊﾞｯｸｱｯﾌﾟ");
    expect(n.start.length).toBe(n.text.length);
    expect(n.end.length).toBe(n.text.length);
    expect(n.text.startsWith("𠮷")).toBe(true);
  });

  it("rejects ranges outside the text", () => {
    expect(() => toOriginalRange(normalize("abc"), 2, 5)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: range 2..5 is outside the normalised text (3)]`,
    );
  });
});
