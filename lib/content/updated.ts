/**
 * When each note was last changed, for "Last updated" on its page and for the feed: the date of
 * the last commit that touched the file when the content folder is in a git repository (one
 * `git log` for the whole folder, not one per note), else the frontmatter date, else the file's
 * modification time. Computed at build time (scripts/prebuild.ts), never cached with the parsed
 * note: a commit changes it without changing the file's bytes.
 */
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { Note, NoteUpdated } from "./types";

/** Record separator written before each commit's date (`%x1e`): git never puts it in a date. */
const RS = "\x1e";

/**
 * Parses `git log --format=%x1e%cI --name-only -z` (newest commit first) into the date of the
 * newest commit that names each file. With `-z` each commit is `RS <date> NUL` followed by its
 * file names, each ending in NUL (the first after a newline), unquoted, so CJK and spaces in names
 * come through as they are.
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const record of output.split(RS).slice(1)) {
    const fields = record.split("\0").map((f, i) => (i === 1 ? f.replace(/^\n/, "") : f));
    const date = fields[0]?.trim();
    if (!date) continue;
    for (const file of fields.slice(1)) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}

/** Why git could not give dates, for the build log; null when it did. */
export type GitDates =
  { dates: Map<string, string>; reason: null } | { dates: null; reason: string };

/**
 * The last-commit date of every file under `contentDir` (paths relative to it, `/`-separated),
 * from one `git log`. `dates` is null when the folder is not in a git work tree or git is missing.
 */
export function readGitDates(contentDir: string): Promise<GitDates> {
  return new Promise((resolve) => {
    execFile(
      "git",
      ["-C", contentDir, "log", "--relative", "--format=%x1e%cI", "--name-only", "-z", "--", "."],
      { maxBuffer: 1 << 28, encoding: "utf8", env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" } },
      (error, stdout, stderr) => {
        if (error) {
          const reason =
            (error as NodeJS.ErrnoException).code === "ENOENT"
              ? "git is not installed"
              : stderr.trim().split("\n")[0] || error.message;
          resolve({ dates: null, reason });
        } else resolve({ dates: parseGitLog(stdout), reason: null });
      },
    );
  });
}

/** A git date (`2026-12-03T20:37:26+09:00`) or a file time as a UTC ISO string, checked. */
function isoOrNull(value: string): string | null {
  return Number.isNaN(Date.parse(value)) ? null : value;
}

/**
 * Each note's last change: git, then frontmatter `date`, then the file's mtime (`mtime` is asked
 * only for notes git does not know and that have no date).
 */
export async function noteUpdates(
  notes: readonly Pick<Note, "slug" | "path" | "date">[],
  git: Map<string, string> | null,
  mtime: (notePath: string) => Promise<Date | null>,
): Promise<Record<string, NoteUpdated>> {
  const out: Record<string, NoteUpdated> = {};
  for (const note of notes) {
    const fromGit = git?.get(note.path);
    const gitDate = fromGit ? isoOrNull(fromGit) : null;
    if (gitDate) {
      out[note.slug] = { date: gitDate, source: "git" };
    } else if (note.date) {
      out[note.slug] = { date: note.date, source: "frontmatter" };
    } else {
      const time = await mtime(note.path);
      if (time) out[note.slug] = { date: time.toISOString(), source: "mtime" };
    }
  }
  return out;
}

/** noteUpdates over a content folder on disk. */
export async function readNoteUpdates(
  contentDir: string,
  notes: readonly Pick<Note, "slug" | "path" | "date">[],
): Promise<{ updated: Record<string, NoteUpdated>; gitReason: string | null }> {
  const git = await readGitDates(contentDir);
  const updated = await noteUpdates(notes, git.dates, async (notePath) => {
    try {
      return (await fs.stat(path.join(contentDir, ...notePath.split("/")))).mtime;
    } catch {
      return null;
    }
  });
  return { updated, gitReason: git.reason };
}
