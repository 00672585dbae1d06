import { describe, expect, it } from "vitest";
import { createMemorySearch } from "@/lib/search/memory";
import { compoundParts, latinStem, parseQuery } from "@/lib/search/tokenize";
import { katakanaVariants } from "@/lib/search/variants";
import { makeModel } from "./model-fixture";

/**
 * Issue 16: compounds typed without the particle, katakana forms, Latin typos, OR and exclusion.
 * Hand-made notes; each case names what a reader expects.
 */
const model = makeModel([
  {
    slug: "ja",
    title: "運用ノート",
    lang: "ja",
    sections: [
      { heading: "5章 リソースの管理", anchor: "5章", body: "requests と limits を設定する。" },
      { heading: "リソース管理の基本", anchor: "基本", body: "リソース管理はノードごとに行う。" },
      {
        heading: "ばらばら",
        anchor: "ばらばら",
        body: "リソースが足りない。かなり後で、ノードの管理者に連絡した。",
      },
      { heading: "スケジューラ", anchor: "スケジューラ", body: "Pod のスケジューリングを見る。" },
      { heading: "サーバー", anchor: "サーバー", body: "Web サーバーと DB サーバ。" },
      { heading: "サービス", anchor: "サービス", body: "オーバーレイとバージョン。" },
      { heading: "監視", anchor: "監視", body: "Prometheus で監視する。etcd のバックアップも。" },
      { heading: "障害", anchor: "障害", body: "障害対応の手順。" },
    ],
  },
  {
    slug: "ko",
    title: "노트",
    lang: "ko",
    sections: [{ heading: "장애 대응", anchor: "장애-대응", body: "장애 대응 절차를 정리한다." }],
  },
  {
    slug: "en",
    title: "English",
    lang: "en",
    sections: [
      { heading: "Helm", anchor: "helm", body: "Helm charts and a deployment." },
      { heading: "Etcd", anchor: "etcd", body: "etcd backup and restore." },
    ],
  },
]);
const engine = createMemorySearch(model);

async function found(q: string) {
  const r = await engine.search(q, { limit: 50 });
  return r.results.map((h) => `${h.doc.key}${h.near ? " (near)" : h.exact ? "" : " (partial)"}`);
}

describe("compounds typed without a particle or space", () => {
  it("splits at a script boundary and at a bigram the index lacks, never leaving one character", () => {
    expect(compoundParts("リソース管理", new Set())).toEqual(["リソース", "管理"]);
    expect(compoundParts("장애대응", new Set(["애대"]))).toEqual(["장애", "대응"]);
    expect(compoundParts("장애대응", new Set())).toEqual([]);
    expect(compoundParts("コンテナ化", new Set())).toEqual([]);
  });

  it("リソース管理: as written first, then the parts next to each other; not the parts apart", async () => {
    expect(await found("リソース管理")).toEqual(["ja#基本", "ja#5章 (near)"]);
  });

  it("shows the parts apart only when no section holds them together, as partial matches", async () => {
    expect(await found("リソース連絡")).toEqual(["ja#ばらばら (partial)"]);
  });

  it("장애대응 finds 장애 대응 as a near match", async () => {
    expect(await found("장애대응")).toEqual(["ko#장애-대응 (near)"]);
  });

  it("counts near matches with the exact ones", async () => {
    const r = await engine.search("リソース管理");
    expect(r).toMatchObject({ total: 2, exactTotal: 2 });
  });
});

describe("katakana forms", () => {
  it("without a long vowel, and the stem of -ル/-リング forms", () => {
    expect(katakanaVariants("マスター")).toEqual(["マスタ"]);
    // No form with a ー added: サーバ is part of サーバー already.
    expect(katakanaVariants("サーバ")).toEqual([]);
    expect(katakanaVariants("スケジュール")).toEqual(["スケジュー"]);
    expect(katakanaVariants("スケジューリング")).toEqual(["スケジュー"]);
    // A controller is not a control: no stem from -ラ(ー).
    expect(katakanaVariants("コントローラ")).toEqual([]);
    expect(katakanaVariants("バックアップ")).toEqual([]);
  });

  it("スケジュール finds スケジューラ and スケジューリング", async () => {
    expect(await found("スケジュール")).toEqual(["ja#スケジューラ"]);
  });

  it("サーバー finds サーバ, and never a section that only shares サー or バー (サービス, オーバー)", async () => {
    expect(await found("サーバー")).toEqual(["ja#サーバー"]);
  });
});

describe("spelling", () => {
  it("corrects only the misspelt word of a longer query and keeps the rest as typed", async () => {
    // Two letters swapped are two edits, allowed from 7 letters on.
    const r = await engine.search("deploymnet Charts");
    expect(r.corrected).toBe("deployment Charts");
    expect(r.results.map((h) => h.doc.key)).toEqual(["en#helm"]);
  });

  it("keeps the operators of the query it corrects", async () => {
    const r = await engine.search("prometeus OR chrts");
    expect(r.corrected).toBe("prometheus OR charts");
    expect(r.results.map((h) => h.doc.key).sort()).toEqual(["en#helm", "ja#監視"]);
    expect((await engine.search("etcd -bakup")).corrected).toBeUndefined();
  });

  it("a misspelt word that matches nothing gets the results of the closest indexed word", async () => {
    const r = await engine.search("prometeus");
    expect(r.corrected).toBe("prometheus");
    expect(r.results.map((h) => h.doc.key)).toEqual(["ja#監視"]);
  });

  it("a word that matches is never corrected, and short words never are", async () => {
    expect((await engine.search("helm")).corrected).toBeUndefined();
    const short = await engine.search("hlem");
    expect(short.corrected).toBeUndefined();
    expect(short.total).toBe(0);
  });
});

describe("operators", () => {
  it("parses OR into clauses and -word into exclusions", () => {
    const q = parseQuery("etcd OR helm -backup");
    expect(q.clauses.map((c) => c.map((r) => r.text))).toEqual([["etcd"], ["helm"]]);
    expect(q.exclude.map((r) => r.text)).toEqual(["backup"]);
    expect(q.runs.map((r) => r.text)).toEqual(["etcd", "helm"]);
    // A hyphen inside a word is not an operator; lower-case "or" is a word.
    expect(parseQuery("kube-proxy or").clauses.map((c) => c.map((r) => r.text))).toEqual([
      ["kube", "proxy", "or"],
    ]);
  });

  it("A OR B finds sections with either, each once", async () => {
    expect((await found("etcd OR helm")).sort()).toEqual(["en#etcd", "en#helm", "ja#監視"]);
    const r = await engine.search("etcd OR helm OR etcd");
    expect(r.total).toBe(3);
  });

  it("-word leaves out the sections that hold it", async () => {
    expect((await found("etcd -backup")).sort()).toEqual(["ja#監視"]);
    expect(await found("障害 -障害対応")).toEqual([]);
    expect(await found("-helm")).toEqual([]);
  });
});

describe("a concept in the notes' other languages", () => {
  it("障害 offers the Korean section on 장애, marked apart from the direct results", async () => {
    const r = await engine.search("障害", { otherLanguages: 5 });
    expect(r.results.map((h) => h.doc.key)).toEqual(["ja#障害"]);
    expect(r.otherLanguages?.results.map((h) => h.doc.key)).toEqual(["ko#장애-대응"]);
    expect(r.otherLanguages?.forms).toEqual(["장애", "故障", "failure", "outage"]);
  });

  it("백업 offers the Japanese and English sections on backup, never one already shown", async () => {
    const r = await engine.search("백업", { otherLanguages: 5 });
    expect(r.otherLanguages?.results.map((h) => h.doc.key).sort()).toEqual(["en#etcd", "ja#監視"]);
  });

  it("only when asked, only for a concept, and within the language filter", async () => {
    expect((await engine.search("障害")).otherLanguages).toBeUndefined();
    expect((await engine.search("Helm", { otherLanguages: 5 })).otherLanguages).toBeUndefined();
    const filtered = await engine.search("백업", { otherLanguages: 5, filters: { langs: ["en"] } });
    expect(filtered.otherLanguages?.results.map((h) => h.doc.key)).toEqual(["en#etcd"]);
  });
});

describe("English word forms", () => {
  it("drops a final -e, -ing, -ed or plural -s when four letters remain", () => {
    expect(
      ["balance", "scaling", "deployed", "metrics", "status", "string", "class", "pods"].map(
        latinStem,
      ),
    ).toEqual(["balanc", "scal", "deploy", "metric", "statu", "string", "class", "pods"]);
  });

  it("two forms of one word in a query are one run", () => {
    expect(parseQuery("metrics metric").clauses).toEqual([
      [{ kind: "word", text: "metric", prefix: true, typed: "metrics" }],
    ]);
  });

  it("a word finds its other forms, and a misspelt one is still corrected", async () => {
    expect(await found("charts")).toEqual(["en#helm"]);
    expect(await found("restored")).toEqual(["en#etcd"]);
    expect((await engine.search("prometeus")).corrected).toBe("prometheus");
  });
});

describe("highlighting a compound found by its parts", () => {
  it("marks the parts, not every bigram of the query", async () => {
    const r = await engine.search("リソース管理");
    const near = r.results.find((h) => h.near)!;
    const marked = near.headingParts.filter((p) => p.hit).map((p) => p.text);
    expect(marked).toEqual(["リソース", "管理"]);
  });
});
