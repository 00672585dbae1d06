import { describe, expect, it } from "vitest";
import { isHeldOut } from "./corpus-split";
import { detectMojibake } from "./detect";
import { loadKoModel } from "./model";
import { repairMojibake } from "./repair";
import { simulateMojibake } from "./simulate";
import { fixtureText } from "./testing/fixtures";

const HANGUL = /^[\uac00-\ud7a3]$/u;

/** Share of the damaged Hangul syllables of `clean` that come back right after repair. */
function syllableAccuracy(clean: string) {
  const damage = simulateMojibake(clean, "windows-1254");
  const repaired = repairMojibake(damage.text, "windows-1254", loadKoModel());
  const before = [...clean];
  const after = [...repaired.text];
  expect(after).toHaveLength(before.length);
  let total = 0;
  let right = 0;
  before.forEach((ch, i) => {
    if (!damage.touched[i] || !HANGUL.test(ch)) return;
    total++;
    if (after[i] === ch) right++;
  });
  return { total, right, accuracy: right / total, repaired };
}

describe("repairMojibake", () => {
  it("restores at least 97% of the damaged syllables of held-out Korean text", () => {
    // The fixture is held out: the model never saw it.
    expect(isHeldOut("src/content/learn/render-and-commit.md")).toBe(true);
    const { total, accuracy } = syllableAccuracy(fixtureText("ko-heldout", "input.md"));
    expect(total).toBeGreaterThan(400);
    expect(accuracy).toBeGreaterThanOrEqual(0.97);
  });

  it.each([
    ["발표자는 400 prometheus server를 운영! 와우!"],
    ["이 발표에서도 Prometheus는 이제 distributed하지 않다고 설명한다."],
    ["쿠버네티스 클러스터의 노드가 부족하면 파드가 pending 상태가 된다."],
  ])("repairs a Korean sentence: %s", (sentence) => {
    const { accuracy } = syllableAccuracy(sentence);
    expect(accuracy).toBeGreaterThanOrEqual(0.75);
  });

  it("repairs the excerpt of seed 004 into readable Korean", () => {
    const text = fixtureText("seed-004-excerpt", "input.md");
    const repaired = repairMojibake(text, "windows-1254", loadKoModel());
    expect(repaired.choices).toHaveLength(65);
    expect(repaired.text).toContain("발표자는 400 prometheus server를 운영! 와우!");
    expect(repaired.text).toContain(
      "잘못 query를 했다가는 이제 자원을 엄청 쓰고 unresponsive가 될수도",
    );
    expect(repaired.text).toContain(
      "🤔 이 발표에서도 Prometheus는 이제 ditributed하지 않다고 설명하고",
    );
    expect(repaired.text).not.toMatch(/[ìëíê][\u0080-\u00ff\u0152-\u2122]/u);
  });

  it("points every choice at the character it chose in the repaired text", () => {
    const text = fixtureText("seed-004-excerpt", "input.md");
    const repaired = repairMojibake(text, "windows-1254", loadKoModel());
    const lines = repaired.text.split("\n");
    for (const c of repaired.choices) {
      expect(repaired.text.slice(c.offset, c.offset + c.length)).toBe(c.chosen);
      expect([...(lines[c.line - 1] ?? "")][c.column - 1]).toBe(c.chosen);
      expect(c.candidates[0]?.p).toBeGreaterThanOrEqual(c.candidates.at(-1)?.p ?? 0);
    }
  });

  it("repairs an intact emoji and guesses a broken one, marking the guess", () => {
    // 🐍 is F0 9F 90 8D: 90 and 8D are undefined in windows-1254 and get dropped.
    const damaged = simulateMojibake("뱀 🐍 그리고 생각 🤔 끝", "windows-1254").text;
    expect(damaged).toContain("ğŸ¤”");
    const repaired = repairMojibake(damaged, "windows-1254", loadKoModel());
    expect(repaired.text).toContain("🤔");
    const snake = repaired.choices.find((c) => c.original === "ğŸ");
    expect(snake?.lowConfidence).toBe(true);
    expect(snake?.candidates.map((c) => c.char)).toContain("🐍");
  });

  it("keeps characters that are not part of the damage", () => {
    const text = "ë°œí‘œ “quoted” — 日本語";
    const repaired = repairMojibake(text, "windows-1254", loadKoModel());
    expect(repaired.text).toBe("발표 “quoted” — 日本語");
    expect(repaired.impossible).toBe(6); // “ ” — are stray continuation bytes, 日本語 unmappable
  });

  it("finds the damage of the fixture through detection first", () => {
    const damaged = simulateMojibake(fixtureText("clean-ko", "input.md"), "windows-1254").text;
    expect(detectMojibake(damaged)?.codePage).toBe("windows-1254");
  });
});
