import type { DiagnosticCode } from "./diagnostic-codes";
import { posix } from "node:path";
import { closest, distance } from "fastest-levenshtein";
import { createAnchorResolver } from "./anchors";
import type { OtherFile } from "./load";
import { NOTE_EXTENSIONS } from "./load";
import { folderSlug, siteFolder } from "./paths";
import { splitWikiTarget } from "./syntax";
import { notePageUrl } from "./urls";
import type { Anchor, Backlink, Diagnostic, Folder, Note, NoteRef, RefTarget } from "./types";

/**
 * Links between notes: each link, image and wikilink a note wrote (`collectRefs`) is resolved
 * against every note, folder and file of the content folder, the way the tool that wrote it
 * would: relative to the file (GitHub, Docusaurus, Obsidian), with or without `.md`, a trailing
 * `/`, `index.md` / `README.md`, `.html` (Jekyll), root-relative (`/chapters/x/`), relative to the
 * page's URL (Hugo: `../other/` from `posts/hpa.md`), wikilinks by path or by name (the shortest
 * path wins, as in Obsidian). A `#heading` lands on the page the heading is on, chapter pages
 * included. What leads nowhere is a warning with file:line and, where one is close, a suggestion.
 */

/** A local file a ref leads to (an image or attachment), before it is published. */
export interface FileHit {
  file: OtherFile;
}

export type Resolution =
  | { kind: "note"; target: RefTarget; href: string; fragmentMissing: string | null }
  | { kind: "folder"; href: string }
  | { kind: "file"; file: OtherFile }
  | { kind: "outside" }
  | { kind: "none"; suggestion: string | null };

const NOTE_EXT = new RegExp(
  `(?:${NOTE_EXTENSIONS.map((e) => e.replace(".", "\\.")).join("|")})$`,
  "i",
);
const INDEX_FILES = ["index", "README", "readme", "_index", "Index", "INDEX"];

const fold = (s: string) => s.normalize("NFC").toLowerCase();

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Splits `path#fragment?query` (either order) into the path and the fragment. */
function splitUrl(url: string): { path: string; fragment: string | null } {
  let rest = url.trim();
  let fragment: string | null = null;
  const hash = rest.indexOf("#");
  if (hash >= 0) {
    fragment = rest.slice(hash + 1);
    rest = rest.slice(0, hash);
  }
  const query = rest.indexOf("?");
  if (query >= 0) rest = rest.slice(0, query);
  return {
    path: decode(rest).normalize("NFC"),
    fragment: fragment === null ? null : fragment || null,
  };
}

/** The index of everything a link can lead to. */
export class LinkIndex {
  private readonly notesByPath = new Map<string, Note>();
  private readonly notesByFoldedPath = new Map<string, Note>();
  private readonly notesBySlug = new Map<string, Note>();
  private readonly notesByStem = new Map<string, Note[]>();
  private readonly filesByPath = new Map<string, OtherFile>();
  private readonly filesByFoldedPath = new Map<string, OtherFile>();
  private readonly filesByName = new Map<string, OtherFile[]>();
  private readonly folders = new Map<string, Folder>();
  private readonly resolvers = new Map<string, (fragment: string) => Anchor | null>();
  private readonly notePaths: string[];

  constructor(notes: readonly Note[], others: readonly OtherFile[], folders: readonly Folder[]) {
    for (const note of notes) {
      this.notesByPath.set(note.path.normalize("NFC"), note);
      if (!this.notesByFoldedPath.has(fold(note.path)))
        this.notesByFoldedPath.set(fold(note.path), note);
      this.notesBySlug.set(note.slug, note);
      const stem = fold(posix.basename(note.path).replace(NOTE_EXT, ""));
      this.notesByStem.set(stem, [...(this.notesByStem.get(stem) ?? []), note]);
    }
    for (const file of others) {
      this.filesByPath.set(file.relPath.normalize("NFC"), file);
      if (!this.filesByFoldedPath.has(fold(file.relPath)))
        this.filesByFoldedPath.set(fold(file.relPath), file);
      const name = fold(posix.basename(file.relPath));
      this.filesByName.set(name, [...(this.filesByName.get(name) ?? []), file]);
    }
    for (const folder of folders) this.folders.set(folder.path, folder);
    this.notePaths = notes.map((n) => n.path);
  }

  private noteAt(path: string): Note | null {
    return this.notesByPath.get(path) ?? this.notesByFoldedPath.get(fold(path)) ?? null;
  }

  private fileAt(path: string): OtherFile | null {
    return this.filesByPath.get(path) ?? this.filesByFoldedPath.get(fold(path)) ?? null;
  }

  /** The note, folder page or file at a path below the content folder (no extension needed). */
  private lookup(path: string, wantFile: boolean): Resolution | null {
    const clean = posix
      .normalize(path)
      .replace(/\/+$/, "")
      .replace(/^\.\/?$/, "");
    if (clean.startsWith("..")) return { kind: "outside" };
    if (wantFile) {
      const file = this.fileAt(clean);
      if (file) return { kind: "file", file };
    }
    const candidates = [clean];
    if (!NOTE_EXT.test(clean)) {
      const bare = clean.replace(/\.html?$/i, "");
      for (const ext of NOTE_EXTENSIONS) candidates.push(`${bare}${ext}`);
      for (const name of INDEX_FILES)
        for (const ext of NOTE_EXTENSIONS)
          candidates.push(bare ? `${bare}/${name}${ext}` : `${name}${ext}`);
    }
    for (const c of candidates) {
      const note = this.noteAt(c);
      if (note) return this.toNote(note, null);
    }
    const folder = this.folders.get(siteFolder(clean));
    if (folder && (clean === "" || siteFolder(clean) !== "" || clean.toLowerCase() === "notes")) {
      const index = folder.index !== null ? this.notesBySlug.get(folder.index) : undefined;
      if (index) return this.toNote(index, null);
      return { kind: "folder", href: notePageUrl(folderSlug(folder.path)) };
    }
    const file = this.fileAt(clean);
    if (file) return { kind: "file", file };
    // A site URL written out (`/notes/chapters/chapter01`).
    const bySlug = this.notesBySlug.get(clean.replace(/^notes\/?/i, ""));
    if (bySlug && /^notes(?:\/|$)/i.test(clean)) return this.toNote(bySlug, null);
    return null;
  }

  private toNote(note: Note, fragment: string | null): Resolution {
    if (!fragment)
      return {
        kind: "note",
        target: { note: note.slug, chapter: null, anchor: null },
        href: notePageUrl(note.slug),
        fragmentMissing: null,
      };
    let resolve = this.resolvers.get(note.slug);
    if (!resolve) {
      resolve = createAnchorResolver(Object.keys(note.anchors));
      this.resolvers.set(note.slug, resolve);
    }
    const anchor = resolve(fragment);
    if (!anchor) {
      return {
        kind: "note",
        target: { note: note.slug, chapter: null, anchor: null },
        href: notePageUrl(note.slug),
        fragmentMissing: fragment,
      };
    }
    const chapter = note.anchors[anchor] ?? null;
    return {
      kind: "note",
      target: { note: note.slug, chapter, anchor },
      href: notePageUrl(note.slug, chapter, anchor),
      fragmentMissing: null,
    };
  }

  private withFragment(hit: Resolution | null, fragment: string | null): Resolution | null {
    if (!hit || hit.kind !== "note" || !fragment) return hit;
    const note = this.notesBySlug.get(hit.target.note)!;
    return this.toNote(note, fragment);
  }

  /** Where a Markdown link or image written in `from` leads. */
  resolvePath(from: Note, url: string, wantFile: boolean): Resolution {
    const { path, fragment } = splitUrl(url);
    const dir = posix.dirname(from.path) === "." ? "" : posix.dirname(from.path);
    const tries: string[] = [];
    if (path.startsWith("/")) {
      const rooted = path.replace(/^\/+/, "");
      tries.push(rooted, `notes/${rooted}`);
      // Docusaurus serves `static/` at the site's root: `/img/x.png` is `static/img/x.png`.
      if (wantFile) tries.push(`static/${rooted}`);
    } else {
      tries.push(posix.join(dir, path));
      // Hugo and Jekyll with pretty URLs serve `posts/hpa.md` at `/posts/hpa/`, so links written
      // against the page's URL climb one folder more than the file's.
      if (!from.isIndex)
        tries.push(posix.join(dir, posix.basename(from.path).replace(NOTE_EXT, ""), path));
    }
    let outside = false;
    for (const t of tries) {
      const hit = this.lookup(t, wantFile);
      if (hit?.kind === "outside") {
        outside = true;
        continue;
      }
      if (hit) return this.withFragment(hit, fragment) ?? hit;
    }
    if (outside && !path.startsWith("/")) return { kind: "outside" };
    return { kind: "none", suggestion: this.suggest(from, path, wantFile) };
  }

  /** Where a wikilink (`[[target#heading|alias]]`) or wiki embed (`![[file]]`) written in `from` leads. */
  resolveWiki(from: Note, target: string, embed: boolean): Resolution {
    const { path: raw, heading } = splitWikiTarget(target);
    const path = decode(raw).normalize("NFC").replace(/^\/+/, "");
    if (!path) return this.toNote(from, heading);
    const dir = posix.dirname(from.path) === "." ? "" : posix.dirname(from.path);
    if (embed || (/\.[a-z0-9]+$/i.test(path) && !NOTE_EXT.test(path))) {
      const file =
        this.fileAt(posix.join(dir, path)) ??
        this.fileAt(path) ??
        this.byName(path, this.filesByName);
      if (file) return { kind: "file", file };
      if (embed) return { kind: "none", suggestion: null };
    }
    for (const t of [path, `notes/${path}`, posix.join(dir, path)]) {
      const hit = this.lookup(t, false);
      if (hit && hit.kind !== "outside" && hit.kind !== "file")
        return this.withFragment(hit, heading) ?? hit;
    }
    // By name anywhere in the vault: the shortest path wins, as in Obsidian.
    const stem = fold(posix.basename(path).replace(NOTE_EXT, ""));
    const suffix = fold(path.replace(NOTE_EXT, ""));
    const matches = (this.notesByStem.get(stem) ?? []).filter((n) => {
      const p = fold(n.path.replace(NOTE_EXT, ""));
      return p === suffix || p.endsWith(`/${suffix}`);
    });
    if (matches.length) {
      const best = [...matches].sort(
        (a, b) => a.path.split("/").length - b.path.split("/").length || (a.path < b.path ? -1 : 1),
      )[0]!;
      return this.toNote(best, heading);
    }
    // A folder's name (`[[chapter01]]` for chapters/chapter01/index.md).
    for (const folder of this.folders.values()) {
      if (folder.path && fold(posix.basename(folder.path)) === stem) {
        const index = folder.index !== null ? this.notesBySlug.get(folder.index) : undefined;
        return index
          ? this.toNote(index, heading)
          : { kind: "folder", href: notePageUrl(folder.slug) };
      }
    }
    return { kind: "none", suggestion: this.suggestName(stem) };
  }

  /** How many notes a wikilink's name matches (more than one: the shortest path was taken). */
  wikiMatches(target: string): string[] {
    const { path } = splitWikiTarget(target);
    if (!path || path.includes("/")) return [];
    const stem = fold(posix.basename(decode(path)).replace(NOTE_EXT, ""));
    return (this.notesByStem.get(stem) ?? []).map((n) => n.path);
  }

  private byName(path: string, index: Map<string, OtherFile[]>): OtherFile | null {
    const list = index.get(fold(posix.basename(path))) ?? [];
    const suffix = fold(path);
    const hits = list.filter(
      (f) => fold(f.relPath) === suffix || fold(f.relPath).endsWith(`/${suffix}`),
    );
    return [...hits].sort((a, b) => a.relPath.length - b.relPath.length)[0] ?? null;
  }

  /** A path (relative to `from`) of a note or file whose name is close to what was written. */
  private suggest(from: Note, written: string, wantFile: boolean): string | null {
    const dir = posix.dirname(from.path) === "." ? "" : posix.dirname(from.path);
    const name = fold(
      posix
        .basename(written.replace(/\/+$/, ""))
        .replace(NOTE_EXT, "")
        .replace(/\.html?$/i, ""),
    );
    if (!name) return null;
    let best: { path: string; score: number } | null = null;
    const consider = (path: string, label: string) => {
      const score = distance(name, fold(label));
      if (score <= Math.max(1, Math.floor(name.length / 3)) && (!best || score < best.score))
        best = { path, score };
    };
    if (wantFile)
      for (const f of this.filesByPath.values()) consider(f.relPath, posix.basename(f.relPath));
    for (const p of this.notePaths) {
      const stem = posix.basename(p).replace(NOTE_EXT, "");
      consider(p, /^(index|readme|_index)$/i.test(stem) ? posix.basename(posix.dirname(p)) : stem);
    }
    const found = best as { path: string; score: number } | null;
    if (!found) return null;
    // A folder's index note is suggested as its folder (`../chapter01/`), as the link was written.
    const index = /\/(?:index|readme|_index)\.[^/]+$/i.test(found.path);
    const rel =
      posix.relative(dir, index ? posix.dirname(found.path) : found.path) + (index ? "/" : "");
    return rel.startsWith(".") ? rel : `./${rel}`;
  }

  private suggestName(stem: string): string | null {
    const names = [...this.notesByStem.keys()];
    if (!names.length) return null;
    const hit = closest(stem, names);
    return distance(stem, hit) <= Math.max(1, Math.floor(stem.length / 3)) ? hit : null;
  }
}

/** A ref that leads to a local file: its `href` is set once the file is published (`publishFileRefs`). */
export interface FileRef {
  note: Note;
  ref: NoteRef;
  file: OtherFile;
}

export interface ResolvedRefs {
  diagnostics: Diagnostic[];
  /** Refs to local files (images, attachments), to be published. */
  fileRefs: FileRef[];
}

/**
 * Resolves every note's refs in place (`href`, `target`) and fills `backlinks`; refs to local
 * files are returned to be published (lib/content/assets.ts) and finished by `publishFileRefs`.
 */
export function resolveRefs(notes: Note[], index: LinkIndex): ResolvedRefs {
  const diagnostics: Diagnostic[] = [];
  const fileRefs: FileRef[] = [];
  const bySlug = new Map(notes.map((n) => [n.slug as string, n]));
  const backlinks = new Map<string, Map<string, Backlink>>();
  const warn = (
    note: Note,
    ref: NoteRef,
    code: DiagnosticCode,
    message: string,
    severity: "warning" | "info" = "warning",
  ) => diagnostics.push({ file: note.file, line: ref.line, severity, code, message });
  for (const note of notes) {
    for (const ref of note.refs) {
      const wiki = ref.kind === "wiki" || ref.kind === "embed";
      const image = ref.kind === "image" || ref.kind === "embed";
      const hit = wiki
        ? index.resolveWiki(note, ref.url, ref.kind === "embed")
        : index.resolvePath(note, ref.url, image);
      const shown = wiki ? `${ref.kind === "embed" ? "!" : ""}[[${ref.url}]]` : `"${ref.url}"`;
      switch (hit.kind) {
        case "note": {
          ref.href = hit.href;
          ref.target = hit.target;
          if (hit.fragmentMissing) {
            const other = bySlug.get(hit.target.note)!;
            warn(
              note,
              ref,
              "link/missing-heading",
              `the link ${shown} leads to ${other.file}, which has no heading "#${hit.fragmentMissing}"; it opens the top of that page. Use one of its headings${other.chapters.length ? " (its chapters' headings count too)" : ""}.`,
            );
          }
          if (wiki) {
            const names = index.wikiMatches(ref.url);
            if (names.length > 1) {
              warn(
                note,
                ref,
                "link/ambiguous-wikilink",
                `the wikilink ${shown} matches ${names.length} notes (${names.join(", ")}); it leads to the one with the shortest path, as in Obsidian. Write the folder too, e.g. [[${names[0]!.replace(NOTE_EXT, "")}]].`,
                "info",
              );
            }
          }
          if (hit.target.note !== note.slug) {
            const target = bySlug.get(hit.target.note)!;
            const from = ref.chapter
              ? note.chapters.find((c) => c.slug === ref.chapter)
              : undefined;
            const key = `${note.slug}\0${ref.chapter ?? ""}\0${hit.target.chapter ?? ""}`;
            const list = backlinks.get(target.slug) ?? new Map<string, Backlink>();
            if (!list.has(key)) {
              list.set(key, {
                note: note.slug,
                chapter: ref.chapter,
                title: from ? `${from.title} · ${note.title}` : note.title,
                lang: from?.lang ?? note.lang,
                landsOn: hit.target.chapter,
              });
            }
            backlinks.set(target.slug, list);
          }
          break;
        }
        case "folder":
          ref.href = hit.href;
          break;
        case "file":
          fileRefs.push({ note, ref, file: hit.file });
          break;
        case "outside":
          warn(
            note,
            ref,
            image ? "asset/outside" : "link/outside",
            `the ${image ? "image" : "link"} ${shown} points outside the content folder; Shiori never reads outside it, so it is shown as text. Copy the file into the content folder and link to it there.`,
          );
          break;
        case "none": {
          const hint = hit.suggestion
            ? ` Did you mean ${wiki ? `[[${hit.suggestion}]]` : hit.suggestion}?`
            : "";
          if (image)
            warn(
              note,
              ref,
              "asset/missing",
              `the image ${shown} is not in the content folder, so it is shown as its text.${hint || " Add the file next to the note or fix the path."}`,
            );
          else
            warn(
              note,
              ref,
              "link/unresolved",
              `the link ${shown} leads to no note, folder or file in the content folder, so it is shown as text.${hint || " Fix the path (relative to this file) or remove the link."}`,
            );
          break;
        }
      }
    }
  }
  for (const note of notes) {
    note.backlinks = [...(backlinks.get(note.slug)?.values() ?? [])].sort((a, b) =>
      a.note < b.note ? -1 : a.note > b.note ? 1 : (a.chapter ?? "") < (b.chapter ?? "") ? -1 : 1,
    );
  }
  return { diagnostics, fileRefs };
}

/** Sets each file ref's `href` to the file's published URL; a file too large to publish is a warning. */
export function publishFileRefs(
  fileRefs: readonly FileRef[],
  urlOf: (file: OtherFile) => string | null,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { note, ref, file } of fileRefs) {
    const url = urlOf(file);
    if (url) ref.href = url;
    else
      diagnostics.push({
        file: note.file,
        line: ref.line,
        severity: "warning",
        code: "asset/too-large",
        message: `${file.relPath} is too large to publish (more than 50 MB), so the link to it is shown as text. Keep attachments smaller, or link to where the file is stored.`,
      });
  }
  return diagnostics;
}
