import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { NoteSlug } from "./types";
import { noteUpdates, parseGitLog, readGitDates, readNoteUpdates } from "./updated";

/** What `git log --format=%x1e%cI --name-only -z` prints: RS date NUL, newline, names NUL. */
const log = (commits: [string, string[]][]) =>
  commits.map(([date, files]) => `\x1e${date}\0\n${files.map((f) => `${f}\0`).join("")}`).join("");

describe("parseGitLog", () => {
  it("keeps the newest commit of each file, with CJK, spaces and newlines in names as they are", () => {
    const output = log([
      ["2026-12-03T20:37:26+09:00", ["notes/障害対応.md", "notes/운영 메모.md"]],
      [
        "2026-11-01T10:00:00+00:00",
        ["notes/障害対応.md", "notes/監控筆記.md", "notes/odd\nname.md"],
      ],
      ["2025-01-01T00:00:00+08:00", ["notes/监控笔记.md", "notes/監控筆記.md"]],
    ]);
    expect([...parseGitLog(output)]).toEqual([
      ["notes/障害対応.md", "2026-12-03T20:37:26+09:00"],
      ["notes/운영 메모.md", "2026-12-03T20:37:26+09:00"],
      ["notes/監控筆記.md", "2026-11-01T10:00:00+00:00"],
      ["notes/odd\nname.md", "2026-11-01T10:00:00+00:00"],
      ["notes/监控笔记.md", "2025-01-01T00:00:00+08:00"],
    ]);
  });

  it("skips commits that touch no file (merges) and reads an empty log as no dates", () => {
    expect([
      ...parseGitLog(
        log([
          ["2026-12-03T00:00:00Z", []],
          ["2026-01-01T00:00:00Z", ["a.md"]],
        ]),
      ),
    ]).toEqual([["a.md", "2026-01-01T00:00:00Z"]]);
    expect(parseGitLog("").size).toBe(0);
  });
});

describe("noteUpdates", () => {
  const notes = [
    { slug: "ja" as NoteSlug, path: "notes/障害対応.md", date: "2020-03-27" },
    { slug: "zh" as NoteSlug, path: "notes/監控筆記.md", date: "2022-04-03" },
    { slug: "ko" as NoteSlug, path: "notes/운영.md", date: null },
    { slug: "en" as NoteSlug, path: "notes/gone.md", date: null },
  ];
  it("takes git first, then the frontmatter date, then the file time", async () => {
    const asked: string[] = [];
    const updated = await noteUpdates(
      notes,
      new Map([["notes/障害対応.md", "2026-12-03T20:37:26+09:00"]]),
      async (p) => {
        asked.push(p);
        return p === "notes/운영.md" ? new Date("2026-06-01T12:00:00Z") : null;
      },
    );
    expect(updated).toEqual({
      ja: { date: "2026-12-03T20:37:26+09:00", source: "git" },
      zh: { date: "2022-04-03", source: "frontmatter" },
      ko: { date: "2026-06-01T12:00:00.000Z", source: "mtime" },
    });
    // The file time is read only for the notes that need it.
    expect(asked).toEqual(["notes/운영.md", "notes/gone.md"]);
  });
});

describe("readGitDates", () => {
  let dir = "";
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Runs git in the test repository, committing at `date` when given. */
  const git = (args: string[], date?: string) =>
    execFileSync("git", args, {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "t",
        GIT_AUTHOR_EMAIL: "t@example.com",
        GIT_COMMITTER_NAME: "t",
        GIT_COMMITTER_EMAIL: "t@example.com",
        ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
      },
    });

  it("reads a content folder inside a repository in one git log, paths relative to the folder", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "shiori-git-"));
    const content = path.join(dir, "site", "content");
    await mkdir(path.join(content, "notes"), { recursive: true });
    git(["init", "-q"]);
    await writeFile(path.join(content, "notes", "障害対応.md"), "# 障害対応\n");
    await writeFile(path.join(content, "notes", "운영.md"), "# 운영\n");
    git(["add", "."]);
    git(["commit", "-q", "-m", "first"], "2026-01-02T03:04:05+09:00");
    await writeFile(path.join(content, "notes", "운영.md"), "# 운영\n\n더\n");
    git(["add", "."]);
    git(["commit", "-q", "-m", "second"], "2026-02-03T04:05:06+00:00");
    // Not committed: git does not know it, so the file time is used.
    await writeFile(path.join(content, "notes", "new.md"), "# new\n");
    await utimes(
      path.join(content, "notes", "new.md"),
      new Date("2026-03-04T00:00:00Z"),
      new Date("2026-03-04T00:00:00Z"),
    );

    const result = await readGitDates(content);
    expect(result.reason).toBeNull();
    expect(result.dates && [...result.dates].sort()).toEqual([
      ["notes/障害対応.md", "2026-01-02T03:04:05+09:00"],
      ["notes/운영.md", "2026-02-03T04:05:06+00:00"],
    ]);
    const { updated } = await readNoteUpdates(content, [
      { slug: "a" as NoteSlug, path: "notes/障害対応.md", date: "2020-01-01" },
      { slug: "b" as NoteSlug, path: "notes/new.md", date: null },
    ]);
    expect(updated).toEqual({
      a: { date: "2026-01-02T03:04:05+09:00", source: "git" },
      b: { date: "2026-03-04T00:00:00.000Z", source: "mtime" },
    });
  });

  it("outside a repository gives no dates and says why", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "shiori-nogit-"));
    const result = await readGitDates(dir);
    expect(result.dates).toBeNull();
    expect(result.reason).toMatch(/not a git repository/);
  });
});
