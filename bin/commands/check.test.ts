import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const tsx = path.resolve("node_modules/.bin/tsx");
const shiori = (args: string[]) => spawnSync(tsx, ["bin/shiori.ts", ...args], { encoding: "utf8" });

describe("shiori check", () => {
  it("--json prints exactly one JSON document with the documented shape", () => {
    const out = execFileSync(tsx, ["bin/shiori.ts", "check", "--json"], { encoding: "utf8" });
    const doc = JSON.parse(out) as {
      notes: Record<string, unknown>[];
      diagnostics: Record<string, unknown>[];
    };
    expect(Object.keys(doc)).toEqual(["notes", "diagnostics"]);
    const note = doc.notes.find((n) => n.slug === "cloud-native-devops-study-log")!;
    expect(Object.keys(note)).toEqual([
      "slug",
      "file",
      "title",
      "lang",
      "date",
      "tags",
      "taxonomy",
      "chapters",
      "checklist",
      "links",
    ]);
    const chapters = note.chapters as Record<string, unknown>[];
    expect(Object.keys(chapters[0]!)).toEqual(["slug", "title", "lang", "taxonomy", "url"]);
    expect(chapters[0]!.url).toBe("/notes/cloud-native-devops-study-log/chapter-1");
    const item = (note.checklist as Record<string, unknown>[])[0]!;
    expect(Object.keys(item)).toEqual(["id", "text", "checked", "url"]);
    expect(Object.keys(doc.diagnostics[0]!)).toEqual([
      "file",
      "line",
      "severity",
      "code",
      "message",
    ]);
  });

  it("exits 0 on warnings, 1 with --strict, 2 when the folder is missing", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "shiori-check-"));
    mkdirSync(path.join(dir, "notes"));
    writeFileSync(path.join(dir, "notes", "a.md"), "---\ndate: someday\n---\n# A\n");
    expect(shiori(["check", dir]).status).toBe(0);
    const strict = shiori(["check", dir, "--strict"]);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain(
      `notes/a.md:2 warning frontmatter/invalid-date: date "someday" is not a date; kept as text.`,
    );
    const missing = shiori(["check", path.join(dir, "nope")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("does not exist. Pass the folder that holds your notes");
  });
});
