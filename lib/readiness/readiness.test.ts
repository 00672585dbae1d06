import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runPipeline } from "@/lib/content/pipeline";
import type { ChecklistItem, ContentModel } from "@/lib/content/types";
import { mergeProfile } from "@/lib/client/readiness-store";
import { parseProfile } from "./read";
import type { ProfileDecision, ReadinessProfile } from "./profile";
import { attachDecisions, tallyOverall } from "./summary";
import { profileDiff, writeProfile, type EntryChange } from "./write";

const fixture = path.resolve("test/fixtures/readiness");
const work = mkdtempSync(path.join(tmpdir(), "shiori-readiness-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A content folder: the fixture's notes of `which`, plus profile files. */
function folder(
  name: string,
  which: "before" | "after",
  profiles: Record<string, string> = {},
): string {
  const dir = path.join(work, name);
  cpSync(path.join(fixture, which), dir, { recursive: true });
  mkdirSync(path.join(dir, "readiness"), { recursive: true });
  for (const [file, text] of Object.entries(profiles))
    writeFileSync(path.join(dir, "readiness", file), text);
  return dir;
}

async function build(dir: string): Promise<ContentModel> {
  return runPipeline({ contentDir: dir, threads: 1 });
}

const items = (model: ContentModel): ChecklistItem[] => model.notes.flatMap((n) => n.checklist);
const byText = (model: ContentModel, start: string): ChecklistItem => {
  const found = items(model).find((i) => i.plain.startsWith(start));
  if (!found) throw new Error(`no item starts with ${start}`);
  return found;
};

function decision(item: ChecklistItem, patch: Partial<ProfileDecision>): ProfileDecision {
  return {
    state: "done",
    reason: null,
    owner: null,
    evidence: null,
    date: "2026-11-02",
    text: item.plain,
    section: item.section,
    ...patch,
  };
}

const states = (profile: ReadinessProfile) =>
  Object.fromEntries(
    profile.entries.map((e) => [e.text, [e.state, e.reason, e.owner, e.evidence, e.date]]),
  );

describe("readiness profiles", () => {
  it("parses the item markers: owners, due dates and intervals, without changing ids", async () => {
    const model = await build(folder("markers", "before"));
    const restore = byText(model, "リストアテスト");
    expect(restore.meta).toEqual({ owners: ["bob"], due: null, every: 90 });
    expect(byText(model, "障害対応の連絡網").meta).toEqual({
      owners: [],
      due: "2026-03-01",
      every: null,
    });
    expect(byText(model, "HPA").meta).toBeUndefined();
    // The id is made from the whole text, markers included, as before markers were read.
    expect(restore.id).toMatch(/^drills--/);
  });

  it("round-trips an export: export → file → build → the same states", async () => {
    const first = await build(folder("round-trip-0", "before"));
    const velero = byText(first, "Velero");
    const restore = byText(first, "リストアテスト");
    const hpa = byText(first, "HPA");
    const changes: EntryChange[] = [
      {
        id: velero.id,
        base: null,
        decision: decision(velero, {
          owner: "alice",
          evidence: "https://github.com/org/infra/pull/12",
        }),
      },
      { id: restore.id, base: null, decision: decision(restore, { date: "2026-08-01" }) },
      {
        id: hpa.id,
        base: null,
        decision: decision(hpa, {
          state: "not-applicable",
          reason: "固定台数のクラスタ",
          date: null,
        }),
      },
    ];
    const text = writeProfile("", "prod-tokyo (東京)", changes);
    const model = await build(folder("round-trip-1", "before", { "prod-tokyo.yaml": text }));
    const profile = model.readiness![0]!;
    expect(profile.name).toBe("prod-tokyo");
    expect(profile.title).toBe("prod-tokyo (東京)");
    expect(states(profile)).toEqual({
      [velero.plain]: ["done", null, "alice", "https://github.com/org/infra/pull/12", "2026-11-02"],
      [restore.plain]: ["done", null, null, null, "2026-08-01"],
      [hpa.plain]: ["not-applicable", "固定台数のクラスタ", null, null, null],
    });
    expect(profile.entries.map((e) => e.status.kind)).toEqual(["current", "current", "current"]);
    expect(model.diagnostics.filter((d) => d.file.includes("readiness"))).toEqual([]);

    // Exporting again with one change edits the file in place: comments and other entries stay.
    const commented = `# owned by the SRE team\n${text}`;
    const again = writeProfile(commented, "ignored", [
      {
        id: hpa.id,
        base: { ...changes[2]!.decision! },
        decision: { ...changes[2]!.decision!, reason: "ノード数は固定" },
      },
    ]);
    expect(again.startsWith("# owned by the SRE team\n")).toBe(true);
    const diff = profileDiff("content/readiness/prod-tokyo.yaml", commented, again);
    expect(diff.split("\n").filter((l) => /^[-+][^-+]/.test(l))).toEqual([
      "-    reason: 固定台数のクラスタ",
      "+    reason: ノード数は固定",
    ]);
  });

  it("asks for a re-check across two builds when an item or its section changed, and keeps what disappeared", async () => {
    const first = await build(folder("recheck-0", "before"));
    const decided = ["Velero", "リストアテスト", "障害対応の連絡網", "HPA"].map((t) =>
      byText(first, t),
    );
    const text = writeProfile(
      "",
      "prod-tokyo",
      decided.map((item) => ({ id: item.id, base: null, decision: decision(item, {}) })),
    );
    const second = await build(folder("recheck-1", "after", { "prod-tokyo.yaml": text }));
    const profile = second.readiness![0]!;
    const restoreNow = byText(second, "リストアテストを本番相当");
    expect(profile.entries.map((e) => [e.text, e.status])).toEqual([
      [decided[0]!.plain, { kind: "current" }],
      [decided[1]!.plain, { kind: "reworded", item: restoreNow.id, text: restoreNow.plain }],
      [decided[2]!.plain, { kind: "missing" }],
      [decided[3]!.plain, { kind: "section-changed" }],
    ]);
    // `check` says so, with the file and line of each entry.
    const notes = second.diagnostics.filter((d) => d.file.endsWith("prod-tokyo.yaml"));
    const lineOf = (id: string) => text.split("\n").indexOf(`  - id: ${id}`) + 1;
    expect(notes.map((d) => [d.code, d.line])).toEqual([
      ["readiness/recheck", lineOf(decided[1]!.id)],
      ["readiness/missing-item", lineOf(decided[2]!.id)],
      ["readiness/recheck", lineOf(decided[3]!.id)],
    ]);
    expect(notes.every((d) => d.line! > 1)).toBe(true);

    // In the portal: the reworded decision sits on the new item, marked; the missing one is listed.
    const { byItem, missing } = attachDecisions(mergeProfile(profile));
    expect(byItem.get(restoreNow.id)?.recheck).toEqual({
      kind: "reworded",
      oldId: decided[1]!.id,
      oldText: decided[1]!.plain,
    });
    expect(byItem.get(byText(second, "HPA").id)?.recheck).toEqual({ kind: "section-changed" });
    expect(byItem.get(decided[0]!.id)?.recheck).toBeNull();
    expect(missing.map((m) => m.decision.text)).toEqual([decided[2]!.plain]);
    // Items waiting for a re-check do not count as done.
    const all = tallyOverall(items(second), byItem);
    expect([all.total, all.done, all.recheck]).toEqual([4, 1, 2]);
  });

  it("reports bad entries with their line and keeps the rest", () => {
    const text = [
      "title: payments-api", // 1
      "owner: sre", // 2
      "items:", // 3
      "  - id: a--1", // 4
      "    state: done", // 5
      "    date: 2026-02-30", // 6
      "    evidence: not a url", // 7
      "  - id: b--2", // 8
      "    state: skipped", // 9
      "  - id: c--3", // 10
      "    state: not-applicable", // 11
      "  - id: a--1", // 12
      "    state: open", // 13
      "  - state: done", // 14
      "",
    ].join("\n");
    const { profile, diagnostics } = parseProfile(
      text,
      "content/readiness/payments-api.yaml",
      "payments-api",
    );
    expect(diagnostics.map((d) => [d.line, d.severity, d.code])).toEqual([
      [2, "warning", "readiness/unknown-field"],
      [7, "warning", "readiness/field"],
      [6, "warning", "readiness/field"],
      [9, "error", "readiness/entry"],
      [10, "warning", "readiness/no-reason"],
      [12, "error", "readiness/duplicate"],
      [14, "error", "readiness/entry"],
    ]);
    expect(
      diagnostics.every(
        (d) => d.file === "content/readiness/payments-api.yaml" && d.message.length > 40,
      ),
    ).toBe(true);
    expect(profile!.entries.map((e) => [e.id, e.state, e.date, e.evidence])).toEqual([
      ["a--1", "done", null, null],
      ["c--3", "not-applicable", null, null],
    ]);
    // An export that changes only the state keeps the values the build could not use.
    const edited = writeProfile(text, "payments-api", [
      {
        id: "a--1",
        base: {
          state: "done",
          reason: null,
          owner: null,
          evidence: null,
          date: null,
          text: null,
          section: null,
        },
        decision: {
          state: "open",
          reason: null,
          owner: null,
          evidence: null,
          date: null,
          text: null,
          section: null,
        },
      },
    ]);
    expect(edited).toContain("    evidence: not a url");
    expect(edited).toContain("    state: skipped");
    expect(edited).toMatch(/id: a--1\n {4}state: open/);
  });

  it("does not show a file that is not YAML, and says where", () => {
    const { profile, diagnostics } = parseProfile("title: x\nitems: [\n", "f.yaml", "f");
    expect(profile).toBeNull();
    expect(diagnostics[0]).toMatchObject({ severity: "error", code: "readiness/yaml" });
    expect(diagnostics[0]!.line).toBeGreaterThan(0);
  });
});
