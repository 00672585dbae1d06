import { describe, expect, it } from "vitest";
import { CODE_PAGES } from "./codepages";
import { detectMojibake, isMojibake, mayBeMojibake } from "./detect";
import { simulateMojibake } from "./simulate";
import { CLEAN_CASES, fixtureText } from "./testing/fixtures";

describe("detectMojibake on clean text", () => {
  it.each(CLEAN_CASES)("%s note is left alone", (_, folder) => {
    expect(detectMojibake(fixtureText(folder, "input.md"))).toBeNull();
  });

  it.each([
    ["ja", "ファイルを「UTF-8」で保存したはずが、Ã©やÃ¼のような文字が出る。"],
    ["zh-Hans", "乱码示例：Ã© 和 Ã¼ 是常见的错误。"],
    ["zh-Hant", "亂碼範例：Ã© 和 Ã¼ 是常見的錯誤。"],
    ["ko", "깨진 글자 예시: Ã©, Ã¼ 같은 것이 보인다."],
    ["en", "Résumé, naïve café — déjà vu ×2 “quoted” … Ελληνικά, Русский текст."],
  ])("%s text quoting a little mojibake is not called mojibake", (_, text) => {
    expect(detectMojibake(text)).toBeNull();
  });

  it("skips the detector for text without any code-page lead character", () => {
    expect(mayBeMojibake(fixtureText("clean-ja", "input.md"))).toBe(false);
    expect(mayBeMojibake("ë°œí‘œ")).toBe(true);
  });
});

describe("detectMojibake on damaged text", () => {
  const cases = CLEAN_CASES.filter(([lang]) => lang !== "en").flatMap(([lang, folder]) =>
    CODE_PAGES.map((cp) => [lang, cp, folder] as const),
  );
  it.each(cases)("%s damaged through %s is detected with that code page", (_, cp, folder) => {
    const damaged = simulateMojibake(fixtureText(folder, "input.md"), cp).text;
    expect(detectMojibake(damaged)?.codePage).toBe(cp);
  });

  it("finds windows-1254 in the excerpt of seed 004 with every sequence readable", () => {
    expect(detectMojibake(fixtureText("seed-004-excerpt", "input.md"))).toEqual({
      codePage: "windows-1254",
      intact: 222,
      broken: 65,
      impossible: 0,
    });
  });
});

describe("isMojibake thresholds", () => {
  it.each([
    [{ intact: 2, broken: 0, impossible: 0 }, true],
    [{ intact: 1, broken: 0, impossible: 0 }, false], // fewer than 2 intact
    [{ intact: 10, broken: 90, impossible: 0 }, true], // 10% intact
    [{ intact: 9, broken: 91, impossible: 0 }, false], // under 10% intact
    [{ intact: 995, broken: 0, impossible: 5 }, true], // 0.5% impossible
    [{ intact: 994, broken: 0, impossible: 6 }, false], // over 0.5% impossible
  ])("%o → %s", (counts, expected) => {
    expect(isMojibake(counts)).toBe(expected);
  });
});
