import { describe, expect, it } from "vitest";
import { normalizeText } from "@/lib/search/normalize";
import {
  emitIndexTokens,
  MAX_QUERY_LENGTH,
  parseQuery,
  scanRuns,
  stripOkurigana,
} from "@/lib/search/tokenize";

function indexTokens(text: string) {
  const out: string[] = [];
  emitIndexTokens(normalizeText(text), 0, (token, positional, position) =>
    out.push(positional ? `${token}@${position}` : token),
  );
  return out;
}

describe("index tokens", () => {
  it.each([
    [
      "ja bigrams + single characters",
      "障害対応",
      ["障", "障害@0", "害", "害対@1", "対", "対応@2", "応"],
    ],
    [
      "ja runs split by Latin: the word takes a position, each run is followed by a gap",
      "障害 k8s 障害",
      ["障", "障害@0", "害", "k8s@3", "障", "障害@5", "害"],
    ],
    [
      "ja kana and kanji form one run, after the word and a gap",
      "k8sの障害",
      ["k8s@0", "の", "の障@2", "障", "障害@3", "害"],
    ],
    ["ja katakana after NFKC", "ﾊﾞｯｸ", ["バ", "バッ@0", "ッ", "ック@1", "ク"]],
    ["zh-Hant folded first", "監控", ["监", "监控@0", "控"]],
    ["zh-Hans", "监控", ["监", "监控@0", "控"]],
    ["ko syllable bigrams", "백업을", ["백", "백업@0", "업", "업을@1", "을"]],
    [
      "en words whole, lowercased, one position each",
      "Prometheus HA-Setup v2.8",
      ["prometheus@0", "ha@2", "setup@4", "v2@6", "8@8"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(indexTokens(text)).toEqual(expected);
  });

  it("marks tokens in the heading part", () => {
    const inHeading: string[] = [];
    emitIndexTokens(
      normalizeText("障害\n本文 etcd"),
      2,
      (t, _p, _pos, h) => h && inHeading.push(t),
    );
    expect(inHeading).toEqual(["障", "障害", "害"]);
  });
});

describe("scanRuns", () => {
  it("separates word and CJK runs and drops punctuation", () => {
    const text = normalizeText("Helm: チャート、k8s");
    expect(scanRuns(text).map((r) => [r.kind, text.slice(r.start, r.end)])).toEqual([
      ["word", "helm"],
      ["cjk", "チャート"],
      ["word", "k8s"],
    ]);
  });
});

describe("stripOkurigana", () => {
  it.each([
    ["監視する", "監視"],
    ["監視して", "監視"],
    ["削除した", "削除"],
    ["強制終了される", "強制終了"],
    ["バックアップした", "バックアップ"],
    ["見る", "見る"], // one-character stem: kept whole
    ["について", "について"], // no stem
    ["障害", "障害"],
    ["监控", "监控"], // zh: no kana
    ["백업을", "백업을"], // ko: untouched
  ])("%s → %s", (input, expected) => {
    expect(stripOkurigana(input)).toBe(expected);
  });
});

describe("parseQuery", () => {
  it.each([
    // Han characters fold to Simplified in queries too (監視 → 监视), so ja and zh-Hant match alike.
    ["監視する", [{ kind: "cjk", text: "监视", tokens: ["监视"] }]],
    ["耐障害性", [{ kind: "cjk", text: "耐障害性", tokens: ["耐障", "障害", "害性"] }]],
    [
      "ﾊﾞｯｸｱｯﾌﾟ",
      [{ kind: "cjk", text: "バックアップ", tokens: ["バッ", "ック", "クア", "アッ", "ップ"] }],
    ],
    ["監", [{ kind: "cjk", text: "监", tokens: ["监"] }]],
    ["監控", [{ kind: "cjk", text: "监控", tokens: ["监控"] }]],
    ["백업", [{ kind: "cjk", text: "백업", tokens: ["백업"] }]],
    ["promet", [{ kind: "word", text: "promet", prefix: true }]],
    ["go", [{ kind: "word", text: "go", prefix: false }]],
    [
      "k8s 障害",
      [
        { kind: "word", text: "k8s", prefix: true },
        { kind: "cjk", text: "障害", tokens: ["障害"] },
      ],
    ],
    [
      "Ｈｅｌｍ チャート helm",
      [
        { kind: "word", text: "helm", prefix: true },
        { kind: "cjk", text: "チャート", tokens: ["チャ", "ャー", "ート"] },
      ],
    ],
    // ko: particles and endings are dropped from the query word (the stem's bigrams are enough)
    ["백업을", [{ kind: "cjk", text: "백업", tokens: ["백업"] }]],
    ["클러스터에서는", [{ kind: "cjk", text: "클러스터", tokens: ["클러", "러스", "스터"] }]],
    ["값을", [{ kind: "cjk", text: "값을", tokens: ["값을"] }]],
    // ko: a particle written straight after a Latin word belongs to it
    [
      "Pod를 재시작",
      [
        { kind: "word", text: "pod", prefix: true },
        { kind: "cjk", text: "재시작", tokens: ["재시", "시작"] },
      ],
    ],
    // zh: Taiwan/Mainland word variants as alternatives
    [
      "数据库",
      [
        {
          kind: "cjk",
          text: "数据库",
          tokens: ["数据", "据库"],
          variants: [{ text: "资料库", tokens: ["资料", "料库"] }],
        },
      ],
    ],
    [
      "伺服器",
      [
        {
          kind: "cjk",
          text: "伺服器",
          tokens: ["伺服", "服器"],
          variants: [{ text: "服务器", tokens: ["服务", "务器"] }],
        },
      ],
    ],
    ["、。！", []],
  ])("%s", (query, runs) => {
    expect(parseQuery(query).runs).toEqual(runs);
  });

  it("uses only the first MAX_QUERY_LENGTH characters of a pasted text", () => {
    const [run] = parseQuery("監".repeat(MAX_QUERY_LENGTH) + "視".repeat(50)).runs;
    expect(run?.text).toBe("监".repeat(MAX_QUERY_LENGTH));
  });

  it("keeps repeated bigrams in order so contiguity can be checked", () => {
    expect(parseQuery("ドドド").runs).toEqual([
      { kind: "cjk", text: "ドドド", tokens: ["ドド", "ドド"] },
    ]);
  });
});

describe("query joins", () => {
  it("joins a word typed against a CJK run, in either order", () => {
    expect(parseQuery("Podキュー").joins).toEqual([[{ a: 0, b: 1, gap: 4, strict: false }]]);
    expect(parseQuery("キューPod").joins).toEqual([[{ a: 0, b: 1, gap: 4, strict: false }]]);
  });

  it("does not join runs the reader separated with a space, or two words of one segment", () => {
    expect(parseQuery("Pod キュー").joins).toEqual([[]]);
    expect(parseQuery("pod-disruption").joins).toEqual([[]]);
  });

  it("joins every run of a quoted phrase in order, strictly", () => {
    expect(parseQuery('"pod disruption budget" etcd').joins).toEqual([
      [
        { a: 0, b: 1, gap: 0, strict: true },
        { a: 1, b: 2, gap: 0, strict: true },
      ],
    ]);
  });

  it("keeps one list of joins per clause, indexed within the clause", () => {
    const q = parseQuery("etcd OR Podキュー");
    expect(q.clauses.map((c) => c.length)).toEqual([1, 2]);
    expect(q.joins).toEqual([[], [{ a: 0, b: 1, gap: 4, strict: false }]]);
  });

  it("a Korean particle after a word belongs to it and breaks no join", () => {
    const q = parseQuery("Pod를");
    expect(q.clauses[0]!.map((r) => r.text)).toEqual(["pod"]);
    expect(q.joins).toEqual([[]]);
  });
});
