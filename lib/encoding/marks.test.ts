import { describe, expect, it } from "vitest";
import { detectMarkedMojibake, detectMojibake, withoutLossMarks } from "./detect";
import { fixTextFidelity } from "./index";
import { simulateMojibake } from "./simulate";
import { CLEAN_CASES, fixtureText } from "./testing/fixtures";

/**
 * Issue 20: mojibake whose lost bytes a tool wrote as U+FFFD or `?` instead of dropping them.
 * The marks are where the bytes were lost; taken out, the text is the dropped form the repair
 * already handles.
 */
const utf8 = (text: string) => new TextEncoder().encode(text);

/** UTF-8 decoded with windows-1254, each lost byte written as `mark`. */
const marked = (clean: string, mark: string) =>
  simulateMojibake(clean, "windows-1254", undefined, mark).text;

const clean = fixtureText("ko-heldout", "input.md");

describe("lost bytes written as U+FFFD or ?", () => {
  it.each([
    ["U+FFFD", "\ufffd"],
    ["?", "?"],
  ])("%s: taking the marks out gives exactly the dropped form", (_, mark) => {
    const damaged = marked(clean, mark);
    expect(detectMojibake(damaged)).toBeNull();
    const found = detectMarkedMojibake(damaged);
    expect(found?.verdict.codePage).toBe("windows-1254");
    expect(found?.text).toBe(simulateMojibake(clean, "windows-1254").text);
    expect(found?.marks).toBeGreaterThan(0);
  });

  it.each([
    ["U+FFFD", "\ufffd"],
    ["?", "?"],
  ])("%s: the file is repaired like dropped bytes, and reported", (_, mark) => {
    const damaged = marked(clean, mark);
    const dropped = fixTextFidelity(utf8(simulateMojibake(clean, "windows-1254").text));
    const result = fixTextFidelity(utf8(damaged), { file: "notes/ko.md" });
    expect(result.text).toBe(dropped.text);
    expect(result.repair).toMatchObject({
      kind: "mojibake",
      encoding: "windows-1254",
      original: damaged,
    });
    expect(result.diagnostics.map((d) => d.code)).toEqual(dropped.diagnostics.map((d) => d.code));
    // The repair is right for nearly every character (the bench measures it on more text).
    const a = [...result.text];
    const b = [...clean];
    expect(a.length).toBe(b.length);
    expect(a.filter((c, i) => c !== b[i]).length).toBeLessThan(b.length * 0.01);
  });

  it("keeps question marks and U+FFFD of clean text, and never calls clean text mojibake", () => {
    expect(withoutLossMarks("Why? 왜? ok\ufffd", "windows-1254")).toEqual({
      text: "Why? 왜? ok\ufffd",
      marks: 0,
    });
    // Accented Latin letters stand for UTF-8 lead bytes in windows-1252: é? is still a question.
    const french = "Café? Où est la crème brûlée? Ça va? Déjà vu? Größe? ¿Qué? ".repeat(20);
    expect(fixTextFidelity(utf8(french)).repair).toBeNull();
    for (const [, folder] of CLEAN_CASES) {
      const text = `${fixtureText(folder, "input.md")}\n? \ufffd 本当? 정말?\n`;
      expect(detectMarkedMojibake(text), folder).toBeNull();
      expect(fixTextFidelity(utf8(text)).repair, folder).toBeNull();
    }
  });
});

describe("a question mark after a broken word", () => {
  it("is kept: only a mark inside an unfinished UTF-8 sequence stands for a lost byte", () => {
    const text = `${clean}\n정말 그래요? 네?\n`;
    const damaged = marked(text, "?");
    const found = detectMarkedMojibake(damaged);
    expect(found?.text).toBe(simulateMojibake(text, "windows-1254").text);
    expect(fixTextFidelity(utf8(damaged)).text).toContain("그래요? 네?");
  });
});
