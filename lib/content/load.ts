import type { DiagnosticCode } from "./diagnostic-codes";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { Reporter } from "./diagnostics";

export const NOTE_EXTENSIONS = [".md", ".markdown", ".txt"] as const;
/** Files the loader knows and skips without a diagnostic. */
const CONFIG_FILES = new Set(["taxonomy.yaml", "taxonomy.yml"]);
/** Text formats of other site generators that Shiori does not read: named, so nobody wonders where they went. */
const OTHER_FORMATS = new Set([".mdx", ".rst", ".adoc", ".asciidoc", ".org", ".textile"]);
/**
 * Notes bigger than this are skipped: no study note is this large, and parsing needs about 100
 * bytes of memory per byte of Markdown (a 10 MB note peaks near 1 GB), so a 32 MB file could
 * exhaust Node's heap and take every other note down with it.
 */
export const MAX_NOTE_BYTES = 16 * 1024 * 1024;

/** Files read at once: enough to keep the disk busy, far below any open-file limit. */
const READ_CONCURRENCY = 32;

export interface SourceFile {
  /** Absolute path of the file as found (not resolved through links). */
  absPath: string;
  /** Path shown to people: relative to the content folder's parent, with `/`. */
  displayPath: string;
  /** Path below the content folder, with `/` (`chapters/chapter03/index.md`). */
  relPath: string;
  bytes: Uint8Array;
}

/** A file in the content folder that is not a note (an image, a PDF, `_category_.json`): notes may link to it. */
export interface OtherFile {
  /** Path below the content folder, with `/`. */
  relPath: string;
  displayPath: string;
  /** The file itself, resolved through links (always inside the content folder). */
  realPath: string;
  size: number;
}

export interface LoadIssue {
  displayPath: string;
  severity: "warning" | "info" | "error";
  code: DiagnosticCode;
  message: string;
}

/**
 * Walks the content folder and reads every note file. Symbolic links are followed only when they
 * stay inside the folder; loops are cut. Nothing outside the content folder is ever read.
 */
export async function loadSources(
  contentDir: string,
): Promise<{ files: SourceFile[]; others: OtherFile[]; issues: LoadIssue[] }> {
  const root = await fs.realpath(contentDir);
  const top = path.resolve(contentDir);
  const base = path.dirname(top);
  // Notes in walk order; their bytes are read after the walk, a few files at a time.
  const found: { absPath: string; displayPath: string; real: string }[] = [];
  const others: OtherFile[] = [];
  const issues: LoadIssue[] = [];
  const visitedDirs = new Set<string>();
  const display = (abs: string) => path.relative(base, abs).split(path.sep).join("/");
  const relative = (abs: string) => path.relative(top, abs).split(path.sep).join("/");
  const inside = (real: string) => real === root || real.startsWith(root + path.sep);

  async function walk(dir: string, realDir: string): Promise<void> {
    if (visitedDirs.has(realDir)) return;
    visitedDirs.add(realDir);
    let entries: import("node:fs").Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      issues.push({
        displayPath: display(dir),
        severity: "warning",
        code: "load/unreadable-folder",
        message: `cannot read this folder (${(error as NodeJS.ErrnoException).code ?? "error"}); its notes are left out. Check its permissions.`,
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      if (entry.name.startsWith(".")) {
        // Hidden, as in Quartz and Docusaurus: editors' and tools' files (.obsidian/, .DS_Store, a
        // .draft.md) never become pages. A hidden note is named, so nobody wonders where it went.
        const ext = path.extname(entry.name).toLowerCase();
        if (!entry.isDirectory() && (NOTE_EXTENSIONS as readonly string[]).includes(ext)) {
          const visible = entry.name.replace(/^\.+/, "");
          issues.push({
            displayPath: display(abs),
            severity: "info",
            code: "load/hidden-file",
            message: `this file's name starts with a dot, so it is hidden and not published (hidden files and folders are skipped, as in Quartz and Docusaurus). Rename it to ${visible} to publish it.`,
          });
        }
        continue;
      }
      let real = abs;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          real = await fs.realpath(abs);
        } catch {
          issues.push({
            displayPath: display(abs),
            severity: "warning",
            code: "load/broken-link",
            message:
              "this symbolic link points nowhere (or into a loop); it is skipped. Remove it or point it at a note inside the content folder.",
          });
          continue;
        }
        if (!inside(real)) {
          issues.push({
            displayPath: display(abs),
            severity: "warning",
            code: "load/link-outside",
            message:
              "this symbolic link points outside the content folder; Shiori never reads outside it, so it is skipped. Copy the note into the content folder instead.",
          });
          continue;
        }
        const stat = await fs.stat(real);
        isDir = stat.isDirectory();
        isFile = stat.isFile();
        if (isDir && visitedDirs.has(real)) {
          issues.push({
            displayPath: display(abs),
            severity: "warning",
            code: "load/link-loop",
            message:
              "this symbolic link leads back to a folder that was already read (a loop); it is skipped.",
          });
          continue;
        }
      }
      if (isDir) {
        if (entry.name.startsWith("_")) {
          // Jekyll's _layouts, _includes, _sass, _site: the site generator's own files, not notes.
          issues.push({
            displayPath: display(abs),
            severity: "info",
            code: "load/skipped-folder",
            message:
              "this folder's name starts with _, so it is skipped with everything in it (as Jekyll's _layouts and _includes are). Rename it without the _ to publish its notes.",
          });
          continue;
        }
        await walk(abs, real);
        continue;
      }
      if (!isFile) {
        // A FIFO, socket or device named like a note: opening it could block forever.
        if (
          (NOTE_EXTENSIONS as readonly string[]).includes(path.extname(entry.name).toLowerCase())
        ) {
          issues.push({
            displayPath: display(abs),
            severity: "warning",
            code: "load/not-a-file",
            message:
              "this is not a regular file (a pipe, socket or device); it is skipped. Replace it with a plain text file.",
          });
        }
        continue;
      }
      if (CONFIG_FILES.has(entry.name) && dir === path.resolve(contentDir)) continue;
      const ext = path.extname(entry.name).toLowerCase();
      if (!(NOTE_EXTENSIONS as readonly string[]).includes(ext)) {
        // Images and attachments: published when a note links to them (lib/content/assets.ts).
        if (OTHER_FORMATS.has(ext)) {
          issues.push({
            displayPath: display(abs),
            severity: "info",
            code: "load/skipped-file",
            message: `not a note (only ${NOTE_EXTENSIONS.join(", ")} files are read); skipped. Rename it to .md if it is plain Markdown.`,
          });
        }
        const stat = await fs.stat(real);
        others.push({
          relPath: relative(abs),
          displayPath: display(abs),
          realPath: real,
          size: stat.size,
        });
        continue;
      }
      const stat = await fs.stat(real);
      if (stat.size > MAX_NOTE_BYTES) {
        issues.push({
          displayPath: display(abs),
          severity: "warning",
          code: "load/too-large",
          message: `this file is ${(stat.size / 1048576).toFixed(1)} MB, more than the ${MAX_NOTE_BYTES / 1048576} MB limit for a note; it is skipped. Split it into several notes.`,
        });
        continue;
      }
      found.push({ absPath: abs, displayPath: display(abs), real });
    }
  }

  await walk(path.resolve(contentDir), root);
  const files: SourceFile[] = [];
  for (let i = 0; i < found.length; i += READ_CONCURRENCY) {
    const batch = found.slice(i, i + READ_CONCURRENCY);
    const bytes = await Promise.all(batch.map((f) => fs.readFile(f.real)));
    batch.forEach((f, k) =>
      files.push({
        absPath: f.absPath,
        displayPath: f.displayPath,
        relPath: relative(f.absPath),
        bytes: bytes[k]!,
      }),
    );
  }
  return { files, others, issues };
}

/** Strips a UTF-8 BOM and turns CRLF / lone CR line endings into LF. */
export function normaliseNewlines(text: string, reporter?: Reporter): string {
  let out = text;
  if (out.charCodeAt(0) === 0xfeff) out = out.slice(1);
  if (out.includes("\r")) {
    const crlf = out.includes("\r\n");
    const lone = /\r(?!\n)/.test(out);
    out = out.replace(/\r\n?/g, "\n");
    if (reporter && crlf && lone) {
      reporter.info(
        "load/mixed-line-endings",
        null,
        "the file mixes line endings (CRLF, CR, LF); they were read as LF. Save it with LF endings to silence this.",
      );
    }
  }
  return out;
}
