import { describe, expect, it } from "vitest";
import { CLASS_TOKENS, decodeModel, encodeModel, trigramKey, UNKNOWN_ID } from "./ko-lm";
import { tokenize } from "./ko-tokens";
import { loadKoModel } from "./model";

describe("tokenize", () => {
  it.each([
    ["ko", "발표자는 400 server를", ["발", "표", "자", "는", "␣", "0", "␣", "A", "를"]],
    ["ja", "設定を確認", ["·"]],
    ["zh-Hans", "检查 Pod", ["·", "␣", "A"]],
    ["zh-Hant", "檢查，節點", ["·"]],
    ["en", "Run kubectl v1.29!", ["A", "␣", "A", "␣", "A", "0", "·", "0", "·"]],
  ])("%s: %s", (_, text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });
});

describe("model file", () => {
  it("round-trips counts through encode and decode", () => {
    const vocab = [...CLASS_TOKENS, "가", "나"];
    const size = vocab.length;
    const counts = new Map([
      [trigramKey(0, 0, 4, size), 3],
      [trigramKey(0, 4, 5, size), 2],
      [trigramKey(4, 5, 0, size), 2],
    ]);
    const sources = [{ corpus: "test", licence: "CC0", files: 1, heldOutFiles: 0, syllables: 5 }];
    const model = decodeModel(encodeModel({ vocab, sources }, counts));
    expect(model.header).toEqual({ version: 2, trigrams: 3, vocab, sources });
    expect(model.id("나")).toBe(5);
    expect(model.id("뷁")).toBe(UNKNOWN_ID);
    // Seen continuation beats unseen.
    expect(model.logProb(0, 4, 5)).toBeGreaterThan(model.logProb(0, 4, 4));
  });

  it("rejects a file that is not a model", () => {
    expect(() => decodeModel(new Uint8Array([0x1f, 0x8b, 0, 0]))).toThrow();
  });
});

describe("the committed Korean model", () => {
  const model = loadKoModel();
  const vocabSize = model.header.vocab.length;
  const unseenSyllables = 11172 - (vocabSize - CLASS_TOKENS.length);

  it.each([
    ["after two spaces", "␣", "␣"],
    ["after 발표", "발", "표"],
    ["after a Latin word and 를", "A", "를"],
    ["after an unknown syllable", "뷁", "␣"],
  ])("is a probability distribution %s", (_, u, v) => {
    const ui = model.id(u);
    const vi = model.id(v);
    let sum = unseenSyllables * Math.exp(model.logProb(ui, vi, UNKNOWN_ID));
    for (let w = 0; w < vocabSize; w++) sum += Math.exp(model.logProb(ui, vi, w));
    expect(sum).toBeCloseTo(1, 6);
  });

  it("prefers real Korean: 발표자 over 발표잠", () => {
    expect(model.logProb(model.id("발"), model.id("표"), model.id("자"))).toBeGreaterThan(
      model.logProb(model.id("발"), model.id("표"), model.id("잠")),
    );
  });
});
