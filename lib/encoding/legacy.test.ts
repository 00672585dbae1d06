import chardet from "chardet";
import { describe, expect, it } from "vitest";
import { detectLegacy, LEGACY_ENCODINGS, type LegacyEncoding } from "./legacy";
import { encodeLegacy } from "./testing/legacy-encoder";
import { fixtureBytes, fixtureText } from "./testing/fixtures";

describe("legacy fixtures made with iconv", () => {
  it.each(LEGACY_ENCODINGS.map((e) => [e]))(
    "%s: detected and decoded back to the UTF-8 text",
    (encoding) => {
      const bytes = fixtureBytes("legacy", encoding, "input.bin");
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
      const verdict = detectLegacy(bytes);
      expect(verdict).toMatchObject({ ok: true, encoding, invalid: 0 });
      expect(verdict.ok && verdict.text).toBe(fixtureText("legacy", encoding, "input.utf8.md"));
    },
  );
});

/** One short line per language; the test encodes it in each encoding that can hold it. */
const SHORT: [string, LegacyEncoding[], string][] = [
  ["ja", ["shift_jis", "euc-jp"], "ノードを再起動した。"],
  ["ja", ["shift_jis", "euc-jp"], "設定ファイルの場所"],
  ["ja", ["shift_jis", "euc-jp"], "# 障害試験のメモ"],
  ["zh-Hans", ["gb18030"], "节点重启了。"],
  ["zh-Hans", ["gb18030"], "配置文件的位置"],
  ["zh-Hans", ["gb18030"], "# 故障测试笔记"],
  ["zh-Hant", ["big5"], "節點重新啟動了。"],
  ["zh-Hant", ["big5"], "設定檔的位置"],
  ["zh-Hant", ["big5"], "# 故障測試筆記"],
  ["ko", ["euc-kr"], "노드를 재시작했다."],
  ["ko", ["euc-kr"], "설정 파일의 위치"],
  ["ko", ["euc-kr"], "# 장애 테스트 메모"],
];

describe("detectLegacy on short CJK lines", () => {
  const cases = SHORT.flatMap(([lang, encodings, text]) =>
    encodings.map((encoding) => [lang, encoding, text] as const),
  );
  it.each(cases)("%s in %s: %s", (_, encoding, text) => {
    const verdict = detectLegacy(encodeLegacy(text, encoding));
    expect(verdict).toMatchObject({ ok: true, encoding, text });
  });

  it("is right more often than chardet on the same lines", () => {
    const chardetNames: Record<LegacyEncoding, RegExp> = {
      shift_jis: /^Shift_JIS$/,
      "euc-jp": /^EUC-JP$/,
      gb18030: /^GB/,
      big5: /^Big5$/,
      "euc-kr": /^EUC-KR$/,
    };
    let ours = 0;
    let theirs = 0;
    for (const [, encoding, text] of cases) {
      const bytes = encodeLegacy(text, encoding);
      const v = detectLegacy(bytes);
      if (v.ok && v.encoding === encoding) ours++;
      if (chardetNames[encoding].test(chardet.detect(bytes) ?? "")) theirs++;
    }
    expect(ours).toBe(cases.length);
    expect(ours).toBeGreaterThan(theirs);
  });
});

describe("detectLegacy on what no legacy encoding fits", () => {
  it.each([
    ["Latin-1 French", new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x61, 0xef, 0x66])],
    [
      "random high bytes",
      new Uint8Array(Array.from({ length: 64 }, (_, i) => 0x80 + ((i * 37) % 0x7f))),
    ],
  ])("%s is not decoded", (_, bytes) => {
    expect(detectLegacy(bytes).ok).toBe(false);
  });
});
