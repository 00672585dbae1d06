import { describe, expect, it } from "vitest";
import { buildSearchArtifacts, type BuildOptions } from "@/lib/search/build";
import { SearchEngine } from "@/lib/search/engine";
import { createMemorySearch, memorySource } from "@/lib/search/memory";
import type { SearchFilters } from "@/lib/search/types";
import { makeModel } from "./model-fixture";

const model = makeModel([
  {
    slug: "ja-ops",
    title: "運用ノート",
    lang: "ja",
    tags: ["kubernetes"],
    taxonomy: ["fault-tolerance/testing"],
    sections: [
      {
        heading: "障害テスト",
        anchor: "障害テスト",
        body: "PostgreSQL on k8sで障害テストを行う。",
      },
      {
        heading: "監視",
        anchor: "監視",
        body: "Prometheusでクラスタを監視する。障害の未然防止。監視、監視。",
      },
      {
        heading: "バックアップ",
        anchor: "バックアップ",
        body: "etcdのﾊﾞｯｸｱｯﾌﾟと定期的な復元テスト。Webサーバーの設定。",
      },
      { heading: "ばらばら", anchor: "ばらばら", body: "耐久性のある障子と害虫対策、性能。" },
    ],
  },
  {
    slug: "zh-weekly",
    title: "Weekly 08",
    lang: "zh-Hant",
    tags: ["docker"],
    taxonomy: ["operability"],
    chapter: { slug: "chapter-1", title: "第1章 高併發" },
    sections: [
      {
        heading: "高併發",
        anchor: "高併發",
        body: "要有監控 不然什麼都抓不到。資料庫 master/slave 的切換。",
      },
      { heading: "QEMU", anchor: "qemu", body: "可执行硬件虚拟化的开源托管虚拟机。" },
    ],
  },
  {
    slug: "ko-notes",
    title: "백업 노트",
    lang: "ko",
    taxonomy: ["operability"],
    sections: [
      { heading: "Velero", anchor: "velero", body: "클러스터 백업을 설정하고 복원을 테스트한다." },
      { heading: "값", anchor: "값", body: "백업 값은 매일 바뀐다. 업을 쌓는다." },
      { heading: "Pod", anchor: "pod", body: "Pod가 재시작되면 상태를 확인한다." },
    ],
  },
  {
    slug: "zh-cn",
    title: "运维笔记",
    lang: "zh-Hans",
    sections: [{ heading: "数据库", anchor: "数据库", body: "数据库服务器的软件升级。" }],
  },
  {
    slug: "en-notes",
    title: "English notes",
    lang: "en",
    sections: [
      {
        heading: "Prometheus deep dive",
        anchor: "prometheus-deep-dive",
        body: "Promxy and Thanos fan out queries. Go is used.",
      },
      { heading: "Etcd", anchor: "etcd", body: "etcd stores cluster state; back up etcd often." },
    ],
  },
]);

async function keys(engine: SearchEngine, q: string, filters?: SearchFilters) {
  const r = await engine.search(q, { limit: 50, filters });
  return r.results.map((h) => `${h.doc.key}${h.exact ? "" : " (partial)"}`);
}

describe("search over hand-made notes", () => {
  const engine = createMemorySearch(model);
  it.each([
    ["ja bigram", "障害", ["ja-ops#障害テスト", "ja-ops#監視"]],
    ["ja one character", "障", ["ja-ops#障害テスト", "ja-ops#監視", "ja-ops#ばらばら"]],
    ["ja half-width query", "ﾊﾞｯｸｱｯﾌﾟ", ["ja-ops#バックアップ"]],
    ["ja half-width text, full-width query", "バックアップ", ["ja-ops#バックアップ"]],
    ["ja long vowel", "サーバ", ["ja-ops#バックアップ"]],
    ["ja inflected query", "監視する", ["ja-ops#監視"]],
    ["zh-Hans query finds zh-Hant text", "监控", ["zh-weekly#高併發"]],
    ["zh-Hant query finds zh-Hans text", "虛擬化", ["zh-weekly#qemu"]],
    ["ko bigram finds 백업을", "백업", ["ko-notes#velero", "ko-notes#값"]],
    ["ko particle dropped: 백업을 finds 백업 값은", "백업을", ["ko-notes#velero", "ko-notes#값"]],
    ["ko compound ending dropped", "클러스터에서는", ["ko-notes#velero"]],
    ["ko 하다 ending dropped", "설정하는", ["ko-notes#velero"]],
    ["ko particle after a Latin word", "Pod를", ["ko-notes#pod"]],
    ["zh Taiwan word finds Mainland word", "資料庫", ["zh-cn#数据库", "zh-weekly#高併發"]],
    ["zh Mainland word finds Taiwan word", "数据库", ["zh-cn#数据库", "zh-weekly#高併發"]],
    ["zh variant inside a longer run", "資料庫伺服器", ["zh-cn#数据库"]],
    ["zh variant ANDed with other terms", "軟體 升级", ["zh-cn#数据库"]],
    ["en prefix (heading match first)", "promet", ["en-notes#prometheus-deep-dive", "ja-ops#監視"]],
    ["en short word is whole-word only", "go", ["en-notes#prometheus-deep-dive"]],
    ["mixed terms are ANDed", "k8s 障害", ["ja-ops#障害テスト"]],
    ["AND across title/heading and body", "QEMU 虚拟机", ["zh-weekly#qemu"]],
    ["nothing when one term is missing", "k8s 백업", []],
  ])("%s: %s", async (_name, q, expected) => {
    expect(await keys(engine, q)).toEqual(expected);
  });

  it("ranks exact runs first and marks bigrams that only occur apart as partial", async () => {
    // ばらばら has 耐…, 障…, 害…, 性… but not 耐障害性 in a row.
    const text = "耐障害性";
    const withRun = makeModel([
      {
        slug: "a",
        title: "A",
        lang: "ja",
        sections: [{ heading: "x", anchor: "x", body: "耐障 / 障害 / 害性 がばらばらにある" }],
      },
      {
        slug: "b",
        title: "B",
        lang: "ja",
        sections: [{ heading: "y", anchor: "y", body: "耐障害性を確保する" }],
      },
    ]);
    const r = await createMemorySearch(withRun).search(text);
    expect(r.results.map((h) => [h.doc.key, h.exact])).toEqual([
      ["b#y", true],
      ["a#x", false],
    ]);
    expect(r).toMatchObject({ total: 2, exactTotal: 1 });
  });

  it("ranks heading matches above body matches, then by term frequency", async () => {
    // 監視 is the heading of ja-ops#監視; etcd heads en-notes#etcd and appears often there.
    expect((await keys(engine, "etcd"))[0]).toBe("en-notes#etcd");
    expect((await keys(engine, "監視"))[0]).toBe("ja-ops#監視");
    const tf = makeModel([
      {
        slug: "a",
        title: "A",
        lang: "ja",
        sections: [{ heading: "x", anchor: "x", body: "監視" }],
      },
      {
        slug: "b",
        title: "B",
        lang: "ja",
        sections: [{ heading: "y", anchor: "y", body: "監視 監視 監視" }],
      },
    ]);
    expect(await keys(createMemorySearch(tf), "監視")).toEqual(["b#y", "a#x"]);
  });

  it.each([
    ["language", { langs: ["ko" as const] }, "テスト 백업", []],
    [
      "language",
      { langs: ["ja" as const] },
      "テスト",
      ["ja-ops#障害テスト", "ja-ops#バックアップ"],
    ],
    [
      "area covers its subcategories",
      { categories: ["fault-tolerance"] },
      "障害",
      ["ja-ops#障害テスト", "ja-ops#監視"],
    ],
    ["subcategory", { categories: ["fault-tolerance/testing"] }, "etcd", ["ja-ops#バックアップ"]],
    ["other area", { categories: ["operability"] }, "etcd", []],
    ["tag", { tags: ["docker"] }, "监控", ["zh-weekly#高併發"]],
    ["tag excludes", { tags: ["kubernetes"] }, "监控", []],
  ])("filters by %s", async (_name, filters: SearchFilters, q, expected) => {
    expect(await keys(engine, q, filters)).toEqual(expected);
  });

  it("returns snippets with highlighted original text", async () => {
    const [hit] = (await engine.search("バックアップ")).results;
    expect(hit?.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(["ﾊﾞｯｸｱｯﾌﾟ"]);
    expect(hit?.headingParts).toEqual([{ text: "バックアップ", hit: true }]);
    expect(hit?.doc.url).toBe("/notes/ja-ops#バックアップ");
  });

  it("marks stem and variant matches exact and highlights them", async () => {
    const r = await engine.search("백업을");
    expect(r).toMatchObject({ total: 2, exactTotal: 2 });
    expect(r.results.map((h) => h.snippet.filter((p) => p.hit).map((p) => p.text))).toEqual([
      ["백업"],
      ["백업"],
    ]);
    const zh = await engine.search("資料庫伺服器");
    expect(zh.results.map((h) => [h.doc.key, h.exact])).toEqual([["zh-cn#数据库", true]]);
    expect(zh.results[0]?.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual([
      "数据库服务器",
    ]);
  });

  it("marks a variant whose bigrams only occur apart as partial", async () => {
    const apart = makeModel([
      {
        slug: "a",
        title: "A",
        lang: "zh-Hant",
        sections: [{ heading: "x", anchor: "x", body: "資料 與 料庫" }],
      },
      {
        slug: "b",
        title: "B",
        lang: "zh-Hans",
        sections: [{ heading: "y", anchor: "y", body: "数据库" }],
      },
    ]);
    const r = await createMemorySearch(apart).search("数据库");
    expect(r.results.map((h) => [h.doc.key, h.exact])).toEqual([
      ["b#y", true],
      ["a#x", false],
    ]);
  });

  it("links chapter sections to the chapter page", async () => {
    const [hit] = (await engine.search("監控")).results;
    expect(hit?.doc).toMatchObject({
      url: "/notes/zh-weekly/chapter-1#高併發",
      chapter: "chapter-1",
      lang: "zh-Hant",
    });
  });
});

describe("sharding does not change results", () => {
  const queries = [
    "障害",
    "障",
    "ﾊﾞｯｸｱｯﾌﾟ",
    "promet",
    "监控",
    "백업",
    "etcd 監視",
    "耐障害性",
    "백업을",
    "資料庫",
  ];
  it.each<[string, BuildOptions]>([
    ["one shard, one chunk", { shardBytes: 1e9, bigBytes: 1e9, docChunkBytes: 1e9 }],
    ["many tiny shards", { shardBytes: 16, bigBytes: 1e9, docChunkBytes: 1e9 }],
    ["every posting list in its own file", { shardBytes: 64, bigBytes: 1, docChunkBytes: 1 }],
  ])("%s", async (_name, options) => {
    const reference = createMemorySearch(model);
    const engine = createMemorySearch(model, options);
    for (const q of queries) expect(await keys(engine, q)).toEqual(await keys(reference, q));
  });

  it("fetches only the shards a query needs", async () => {
    const { files } = buildSearchArtifacts(model, { shardBytes: 16, docChunkBytes: 200 });
    const read: string[] = [];
    const engine = new SearchEngine(memorySource(files, (p) => read.push(p)));
    await engine.search("监控");
    const shards = files.filter((f) => f.path.startsWith("p/")).length;
    const docChunks = files.filter((f) => f.path.startsWith("d/")).length;
    expect(shards).toBeGreaterThan(3);
    expect(docChunks).toBeGreaterThan(2);
    expect(read.filter((p) => p.startsWith("p/"))).toHaveLength(1);
    expect(read.filter((p) => p.startsWith("d/"))).toHaveLength(1);
    expect(read).not.toContainEqual(expect.stringMatching(/^f\./));
  });
});

describe("translations in two scripts", () => {
  const twins = makeModel([
    {
      slug: "glossary/zh-tw/autoscaling",
      title: "自動伸縮",
      lang: "zh-Hant",
      sections: [
        {
          heading: "自動伸縮",
          anchor: "自動伸縮",
          body: "依負載自動伸縮 Pod 的數量，也稱為彈性伸縮。",
        },
      ],
    },
    {
      slug: "glossary/zh-cn/autoscaling",
      title: "自动伸缩",
      lang: "zh-Hans",
      sections: [
        {
          heading: "自动伸缩",
          anchor: "自动伸缩",
          body: "根据负载自动伸缩 Pod 的数量，也称为弹性伸缩。",
        },
      ],
    },
  ]);
  const search = createMemorySearch(twins);
  const firstLang = async (q: string, lang?: string) =>
    (await search.search(q, { lang })).results.map((r) => r.doc.lang);

  it("finds both versions, the one in the query's own script first", async () => {
    expect(await firstLang("自动伸缩")).toEqual(["zh-Hans", "zh-Hant"]);
    expect(await firstLang("自動伸縮")).toEqual(["zh-Hant", "zh-Hans"]);
    expect(await firstLang("弹性")).toEqual(["zh-Hans", "zh-Hant"]);
    expect(await firstLang("彈性")).toEqual(["zh-Hant", "zh-Hans"]);
  });

  it("lets the reader's UI language break a tie the query's script cannot", async () => {
    // Pod is written the same way in both.
    expect((await firstLang("Pod", "zh-Hant"))[0]).toBe("zh-Hant");
    expect((await firstLang("Pod", "zh-Hans"))[0]).toBe("zh-Hans");
  });
});

describe("katakana words and their final ー", () => {
  const kana = makeModel([
    {
      slug: "k",
      title: "K",
      lang: "ja",
      sections: [
        { heading: "queue", anchor: "queue", body: "ジョブキューにPodを積む。" },
        { heading: "queueing", anchor: "queueing", body: "キューイングの順序。" },
        { heading: "security", anchor: "security", body: "セキュリティスキャンとセキュアな設定。" },
        { heading: "server", anchor: "server", body: "Webサーバーの設定。" },
        { heading: "server-short", anchor: "server-short", body: "APIサーバの設定。" },
        { heading: "metrics-long", anchor: "metrics-long", body: "メトリックスを集める。" },
        { heading: "metrics-short", anchor: "metrics-short", body: "メトリクスを見る。" },
      ],
    },
  ]);
  const engine = createMemorySearch(kana);
  const keys = async (q: string) =>
    (await engine.search(q)).results.map((h) => h.doc.key as string).sort();

  it("a short word is never the middle of another (キュー is not the キュ of セキュリティ)", async () => {
    expect(await keys("キュー")).toEqual(["k#queue", "k#queueing"]);
  });

  it("a longer word is found with or without its final ー, either way round", async () => {
    expect(await keys("サーバー")).toEqual(["k#server", "k#server-short"]);
    expect(await keys("サーバ")).toEqual(["k#server", "k#server-short"]);
  });

  it("-ックス and -クス find each other, either way round", async () => {
    expect(await keys("メトリクス")).toEqual(["k#metrics-long", "k#metrics-short"]);
    expect(await keys("メトリックス")).toEqual(["k#metrics-long", "k#metrics-short"]);
  });

  it("the highlight covers the ー the query left out", async () => {
    const hit = (await engine.search("サーバ")).results.find((h) => h.doc.key === "k#server")!;
    expect(hit.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(["サーバー"]);
  });
});

describe("words next to CJK runs, phrases, and English words for a compound's parts", () => {
  const mixed = makeModel([
    {
      slug: "m",
      title: "M",
      lang: "ja",
      sections: [
        { heading: "touching", anchor: "touching", body: "Podキューに積む。" },
        { heading: "particle", anchor: "particle", body: "Podのキューを見る。" },
        {
          heading: "compound-particle",
          anchor: "compound-particle",
          body: "Kubernetesにおけるメトリクス。",
        },
        {
          heading: "apart",
          anchor: "apart",
          body: "Podを作る。長い説明がここに続いてから、最後にジョブキューとメトリクスとKubernetesの話。",
        },
        { heading: "phrase", anchor: "phrase", body: "A pod disruption budget keeps replicas up." },
        { heading: "reversed", anchor: "reversed", body: "The budget for disruption of each pod." },
      ],
    },
    {
      slug: "k",
      title: "K",
      lang: "ko",
      sections: [
        {
          heading: "english-part",
          anchor: "english-part",
          body: "`Event` 핸들러를 전달해야 합니다.",
        },
        { heading: "native", anchor: "native", body: "이벤트 핸들러가 필요합니다." },
        {
          heading: "state-english",
          anchor: "state-english",
          body: "컴포넌트의 state가 업데이트된 경우.",
        },
        {
          heading: "unrelated",
          anchor: "unrelated",
          body: "The event loop. 다른 핸들러는 아주 멀리 있는 문장 속에 있습니다.",
        },
      ],
    },
  ]);
  const engine = createMemorySearch(mixed);
  const hits = async (q: string) =>
    (await engine.search(q, { limit: 50 })).results.map(
      (h) => `${h.doc.key as string}${h.near ? " (near)" : ""}${h.exact ? "" : " (partial)"}`,
    );

  it("a word typed against a CJK run finds them together, a particle or two between", async () => {
    expect((await hits("Podキュー")).sort()).toEqual(["m#particle (near)", "m#touching"]);
    expect(await hits("Kubernetesメトリクス")).toEqual(["m#compound-particle (near)"]);
  });

  it("shows the parts apart only when no section has them together", async () => {
    expect(await hits("Kubernetesジョブキュー")).toEqual(["m#apart (partial)"]);
  });

  it("a quoted phrase must be in order; without quotes the words may be anywhere", async () => {
    expect(await hits('"disruption budget"')).toEqual(["m#phrase"]);
    expect((await hits("disruption budget")).sort()).toEqual(["m#phrase", "m#reversed"]);
  });

  it("a part of a compound matches the English word the notes write for it", async () => {
    expect((await hits("이벤트핸들러")).sort()).toEqual([
      "k#english-part (near)",
      "k#native (near)",
    ]);
    expect(await hits("상태업데이트")).toEqual(["k#state-english (near)"]);
  });

  it("never widens a whole query with English words", async () => {
    expect(await hits("이벤트")).toEqual(["k#native"]);
  });
});
