import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const tsx = path.resolve("node_modules/.bin/tsx");
const shiori = (args: string[]) => spawnSync(tsx, ["bin/shiori.ts", ...args], { encoding: "utf8" });

describe("shiori check", () => {
  it("--json prints exactly one JSON document with the documented shape", () => {
    const out = execFileSync(tsx, ["bin/shiori.ts", "check", "test/fixtures/seeds", "--json"], {
      encoding: "utf8",
    });
    const doc = JSON.parse(out) as {
      notes: Record<string, unknown>[];
      diagnostics: Record<string, unknown>[];
    };
    expect(Object.keys(doc)).toEqual(["notes", "taxonomy", "readiness", "folders", "diagnostics"]);
    // The seeds have no readiness/ folder.
    expect((doc as unknown as { readiness: unknown[] }).readiness).toEqual([]);
    const note = doc.notes.find((n) => n.slug === "cloud-native-devops-study-log")!;
    expect(Object.keys(note)).toEqual([
      "slug",
      "file",
      "url",
      "path",
      "folder",
      "title",
      "lang",
      "date",
      "tags",
      "taxonomy",
      "chapters",
      "checklist",
      "translations",
      "links",
      "internalLinks",
      "backlinks",
    ]);
    expect(note.url).toBe("/notes/cloud-native-devops-study-log");
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

  it("--json gives each note its URL from its path, its translations, and internal links apart from external ones", () => {
    const out = execFileSync(tsx, ["bin/shiori.ts", "check", "test/fixtures/sites", "--json"], {
      encoding: "utf8",
    });
    const doc = JSON.parse(out) as {
      notes: {
        path: string;
        url: string;
        translations: { lang: string; url: string }[];
        links: { url: string }[];
        internalLinks: { written: string; href: string | null }[];
      }[];
    };
    const note = (p: string) => doc.notes.find((n) => n.path === p)!;
    expect(note("chapters/chapter02/index.md").url).toBe("/notes/chapters/chapter02");
    expect(note("glossary/ko/backup.md").translations.map((t) => t.url)).toEqual([
      "/notes/glossary/ja/backup",
      "/notes/glossary/zh-cn/backup",
      "/notes/glossary/en/backup",
    ]);
    expect(note("chapters/chapter02/index.md").internalLinks).toContainEqual(
      expect.objectContaining({ written: "../chapter09/", href: null }),
    );
    expect(note("chapters/chapter02/index.md").internalLinks).toContainEqual(
      expect.objectContaining({ written: "../chapter03/index", href: "/notes/chapters/chapter03" }),
    );
    expect(doc.notes.flatMap((n) => n.links).every((l) => /^https?:/.test(l.url))).toBe(true);
  });

  it("--explain says why a note and its chapters are filed where they are", () => {
    const out = execFileSync(
      tsx,
      ["bin/shiori.ts", "check", "test/fixtures/seeds", "--explain", "weekly-08"],
      { encoding: "utf8" },
    );
    const lines = out.trim().split("\n");
    expect(lines[0]).toBe("seeds/weekly-08.md → /notes/weekly-08");
    expect(lines[2]).toMatch(
      /^ {4}operability\/incident-response \(primary\) score [\d.]+: efk ×2 in headings, efk in tags/,
    );
    expect(shiori(["check", "test/fixtures/seeds", "--explain", "no-such-note"]).status).toBe(2);
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
