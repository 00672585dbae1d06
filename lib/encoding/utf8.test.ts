import { describe, expect, it } from "vitest";
import { repairCandidates } from "./candidates";
import { codePageTable, mojibakeLeadChars } from "./codepages";
import { droppableBytes } from "./detect";
import { completions, scanUtf8, textToBytes } from "./utf8";

const LOST_1254 = [0x81, 0x8d, 0x8e, 0x8f, 0x90, 0x9d, 0x9e, 0xad];
const chars = (cps: number[]) => cps.map((c) => String.fromCodePoint(c));

describe("code page tables", () => {
  it.each([
    ["windows-1254", [0x81, 0x8d, 0x8e, 0x8f, 0x90, 0x9d, 0x9e]],
    ["windows-1252", [0x81, 0x8d, 0x8f, 0x90, 0x9d]],
    ["windows-1250", [0x81, 0x83, 0x88, 0x90, 0x98]],
    ["windows-1251", [0x98]],
  ] as const)("%s leaves exactly these bytes undefined", (cp, undef) => {
    expect(codePageTable(cp).undefinedBytes).toEqual(undef);
  });

  it("maps windows-1252 0x80 to € although Node decodes that code page as Latin-1", () => {
    expect(codePageTable("windows-1252").toByte.get(0x20ac)).toBe(0x80);
  });

  it("maps C1 controls to their own byte", () => {
    expect(codePageTable("windows-1254").toByte.get(0x81)).toBe(0x81);
  });

  it("droppable bytes are the undefined bytes plus the soft hyphen", () => {
    expect(droppableBytes("windows-1254")).toEqual(LOST_1254);
  });

  it("lead characters of every code page lie below U+0500 (the pre-check's table)", () => {
    const lead = mojibakeLeadChars();
    expect(lead[0xeb]).toBe(1); // ë
    expect(lead[0x11f]).toBe(1); // ğ (windows-1254 F0)
    expect(lead[0x444]).toBe(1); // ф (windows-1251 F4)
    expect(lead[0x41]).toBe(0);
  });
});

describe("completions", () => {
  it.each([
    // [description, lead, present, expected count, a code point that must be there]
    ["ko 자 (EC 9E 90): both continuation bytes lost", 0xec, [], 64, 0xc790],
    ["ko EB B0 + one lost byte, in either place", 0xeb, [0xb0], 16, 0xbc1d],
    ["ja/zh lead E0 needs a second byte ≥ A0: only AD fits", 0xe0, [], 8, 0x0b41],
    ["lead ED must stay below the surrogates: AD cannot be second", 0xed, [], 56, 0xd041],
    ["Latin C3: Á Í Î Ï Ð Ý Þ í", 0xc3, [], 8, 0xed],
  ] as const)("%s", (_, lead, present, count, must) => {
    const found = completions(lead, present, LOST_1254);
    expect(found).toHaveLength(count);
    expect(found.map((c) => c.codePoint)).toContain(must);
  });

  it("lists Latin C3 candidates exactly", () => {
    expect(chars(completions(0xc3, [], LOST_1254).map((c) => c.codePoint)).join("")).toBe(
      "ÁÍÎÏÐÝÞí",
    );
  });

  it("returns nothing when no lost byte can complete the sequence", () => {
    expect(completions(0xe0, [], [0x81, 0x8d])).toEqual([]);
  });

  it("keeps the order of the bytes that survived", () => {
    // F0 9F A4 94 (🤔) with A4 lost: 9F and 94 keep their order.
    const found = completions(0xf0, [0x9f, 0x94], [0xa4]).map((c) => c.codePoint);
    expect(found).toContain(0x1f914);
    for (const c of completions(0xf0, [0x9f, 0x94], [0xa4])) {
      expect(c.bytes.indexOf(0x9f)).toBeLessThan(c.bytes.indexOf(0x94));
    }
  });
});

describe("repairCandidates", () => {
  it("Hangul leads give only syllables", () => {
    const { chars: found, hangul } = repairCandidates(0xec, [], LOST_1254);
    expect(hangul).toBe(true);
    expect(found).toHaveLength(64);
    expect(found.every((c) => /^[\uac00-\ud7a3]$/u.test(c))).toBe(true);
    expect(found).toContain("자");
  });

  it("EA with a low second byte cannot be Hangul and falls back to other characters", () => {
    // EA 80 81 and EA 81 80 are Yi syllables (U+A001, U+A040), not Hangul.
    const { chars: found, hangul } = repairCandidates(0xea, [0x81], [0x80]);
    expect(hangul).toBe(false);
    expect(found).toEqual(["\ua001", "\ua040"]);
  });

  it("other leads drop private-use and unassigned code points", () => {
    // EF xx 80 with xx lost: U+F040.. is private use; FB40 (AD) is Arabic presentation form.
    const { chars: found } = repairCandidates(0xef, [0x80], LOST_1254);
    expect(found.every((c) => !/\p{Co}|\p{Cn}/u.test(c))).toBe(true);
    expect(found.length).toBeGreaterThan(0);
  });
});

describe("scanUtf8", () => {
  const scan = (text: string) => {
    const view = textToBytes(text, codePageTable("windows-1254"));
    return scanUtf8(view.bytes, LOST_1254);
  };
  it.each([
    ["intact Korean mojibake 발표 (ë°œí‘œ)", "ë°œí‘œ", { intact: 2, broken: 0, impossible: 0 }],
    [
      "broken 자 (ì alone) next to intact 는 (ëŠ”)",
      "ìëŠ”",
      { intact: 1, broken: 1, impossible: 0 },
    ],
    ["intact emoji 🤔 (ğŸ¤”)", "ğŸ¤”", { intact: 1, broken: 0, impossible: 0 }],
    ["real Japanese: each kana is impossible", "です", { intact: 0, broken: 0, impossible: 2 }],
    ["real Korean: each syllable is impossible", "발표", { intact: 0, broken: 0, impossible: 2 }],
    [
      "a curly quote alone is a stray continuation byte",
      "“x”",
      { intact: 0, broken: 0, impossible: 2 },
    ],
    ["English", "plain text", { intact: 0, broken: 0, impossible: 0 }],
  ] as const)("%s", (_, text, counts) => {
    expect(scan(text)).toEqual(counts);
  });
});
