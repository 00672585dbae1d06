import { describe, expect, it } from "vitest";
import { displayWidth, findMatches, highlightSection, makeSnippet } from "@/lib/search/highlight";
import { resultHref, searchPageHref } from "@/lib/search/href";
import { parseQuery } from "@/lib/search/tokenize";

const hits = (text: string, q: string) =>
  findMatches(text, parseQuery(q)).map((r) => text.slice(r.start, r.end));

describe("findMatches maps normalised matches to the original text", () => {
  it.each([
    ["ja half-width text", "etcdのﾊﾞｯｸｱｯﾌﾟ（不要）", "バックアップ", ["ﾊﾞｯｸｱｯﾌﾟ"]],
    ["ja half-width query", "バックアップ＆リストア", "ﾊﾞｯｸｱｯﾌﾟ", ["バックアップ"]],
    ["ja long vowel kept in the mark", "Webサーバーとサーバ", "サーバー", ["サーバー", "サーバ"]],
    ["ja inflected query", "クラスタを監視して通知", "監視する", ["監視"]],
    ["zh-Hant text, zh-Hans query", "要有監控 不然", "监控", ["監控"]],
    ["zh-Hans text, zh-Hant query", "硬件虚拟化的", "虛擬化", ["虚拟化"]],
    ["ko", "클러스터 백업을 설정", "백업", ["백업"]],
    ["ko particle dropped from the query", "백업 값을 바꾼다", "백업을", ["백업"]],
    ["zh word variant", "資料庫 master/slave 的切換", "数据库", ["資料庫"]],
    ["en prefix marks the whole word", "Prometheus and promxy", "prom", ["Prometheus", "promxy"]],
    ["en short word must be whole", "go goes Go", "go", ["go", "Go"]],
    ["en word inside another word is no match", "etcd-0 and etcd", "cd", []],
    ["mixed, several runs", "PostgreSQL on k8sで障害テスト", "k8s 障害", ["k8s", "障害"]],
    ["partial run: its bigrams", "耐障 と 害性", "耐障害性", ["耐障", "害性"]],
  ])("%s", (_name, text, q, expected) => {
    expect(hits(text, q)).toEqual(expected);
  });
});

const render = (parts: { text: string; hit: boolean }[]) =>
  parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join("");

describe("makeSnippet", () => {
  it("counts CJK characters as two columns", () => {
    expect(displayWidth("障害abc")).toBe(7);
    expect(displayWidth("백업")).toBe(4);
    const text = "あ".repeat(100) + "障害" + "い".repeat(100);
    const ranges = findMatches(text, parseQuery("障害"));
    const snippet = render(makeSnippet(text, ranges, { width: 40 }));
    // 40 columns = 20 wide characters, plus the two ellipses
    expect(snippet).toBe(`…${"あ".repeat(5)}[障害]${"い".repeat(13)}…`);
  });

  it("never cuts a highlighted match in two at the window's end", () => {
    // The window of 40 columns ends inside the second "Prometheus".
    const text = `Prometheus ${"x".repeat(25)} Prometheus and more text after it`;
    const snippet = render(
      makeSnippet(text, findMatches(text, parseQuery("prometheus")), { width: 40 }),
    );
    expect(snippet).toBe(`[Prometheus] ${"x".repeat(25)}…`);
  });

  it("gives Latin text twice as many characters", () => {
    const text = "x ".repeat(100) + "etcd" + " y".repeat(100);
    const snippet = render(makeSnippet(text, findMatches(text, parseQuery("etcd")), { width: 40 }));
    expect(snippet.replace(/[…[\]]/g, "").length).toBeGreaterThanOrEqual(38);
    expect(snippet).toContain("[etcd]");
  });

  it("prefers a match in the body to one in the heading, starting at its line", () => {
    const text = "障害について\nChaos Monkey\n\n   カオステストで障害を起こす\nPod  を   止める";
    const parts = makeSnippet(text, findMatches(text, parseQuery("障害")), {
      bodyStart: 6,
      width: 60,
    });
    expect(render(parts)).toBe("…カオステストで[障害]を起こす Pod を 止める");
  });

  it("starts at the body when only the heading matches", () => {
    const text = "監視\nPrometheus を使う";
    expect(render(makeSnippet(text, findMatches(text, parseQuery("監視")), { bodyStart: 2 }))).toBe(
      "Prometheus を使う",
    );
  });
});

describe("links", () => {
  it.each([
    [
      "/notes/a/chapter-3#障害について",
      "障害",
      "/notes/a/chapter-3?hl=%E9%9A%9C%E5%AE%B3#障害について",
    ],
    ["/notes/a", "k8s 障害", "/notes/a?hl=k8s%20%E9%9A%9C%E5%AE%B3"],
    ["/notes/a#x", "  ", "/notes/a#x"],
  ])("resultHref(%s, %s)", (url, q, expected) => {
    expect(resultHref(url, q)).toBe(expected);
  });

  it("searchPageHref keeps only set filters", () => {
    expect(searchPageHref("監控", { area: "", lang: "zh-Hant", tag: undefined })).toBe(
      "/search?q=%E7%9B%A3%E6%8E%A7&lang=zh-Hant",
    );
    expect(searchPageHref(" ")).toBe("/search");
  });
});

describe("highlightSection", () => {
  it("marks the word where it occurs, not its bigrams in an earlier window (リク of リクエスト)", () => {
    const early = "リクエストを処理する。".repeat(80);
    const text = `見出し\n${early}\nメトリクスを用いて使用率を見る。`;
    const { ranges } = highlightSection(text, 4, parseQuery("メトリクス"));
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(["メトリクス"]);
  });

  it("marks no bigram in the heading when the body holds the word (ュー of スケジューラ for キュー)", () => {
    const text = "スケジューラ\nPodがキューに追加される。";
    const { ranges } = highlightSection(text, 7, parseQuery("キュー"));
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(["キュー"]);
  });

  it("falls back to the parts when the word itself occurs nowhere", () => {
    const text = "見出し\nリソースの管理をする。";
    const { ranges } = highlightSection(text, 4, parseQuery("リソース管理"));
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(["リソース", "管理"]);
  });
});
