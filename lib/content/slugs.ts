import { INDEX_NAMES, notePath, type NotePath } from "./paths";
import { shortHash } from "./ids";
import { notePageUrl } from "./urls";
import type { ChapterSlug, Diagnostic, Note, NoteSlug } from "./types";

/**
 * A note's URL comes from its own path (lib/content/paths.ts). Two files can still want one URL
 * (`x/index.md` and `x/README.md`, `Guide.md` and `guide.md`, `a.md` and `a/index.md`): that is a
 * true clash, reported as an error naming both files, and settled by a rule that looks only at the
 * clashing files, so the outcome never depends on the order files are read in or on other files.
 */

const EXTENSION_RANK = [".md", ".markdown", ".txt"];

/** Which of two files that want one URL keeps it: a folder's index page, then `.md`, then by path. */
function claimRank(place: NotePath): [number, number, string] {
  const file = place.rel.split("/").pop() ?? "";
  const stem = file.replace(/\.[^.]+$/, "").toLowerCase();
  const ext = (/\.[^.]+$/.exec(file)?.[0] ?? "").toLowerCase();
  const indexRank = place.isIndex
    ? (INDEX_NAMES as readonly string[]).indexOf(stem.replace(/\..*$/, ""))
    : INDEX_NAMES.length;
  return [indexRank, EXTENSION_RANK.indexOf(ext), place.rel];
}

const compareRank = (a: [number, number, string], b: [number, number, string]) =>
  a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);

export interface SlugAssignment {
  places: NotePath[];
  slugs: NoteSlug[];
  /** One error per file that lost a clash, naming the file that kept the URL. */
  diagnostics: Diagnostic[];
}

/**
 * URL slugs for note files (paths below the content folder, in any order), with clashes settled.
 * `display` turns a path below the content folder into the path shown in diagnostics.
 */
export function assignNoteSlugs(
  rels: readonly string[],
  display: (rel: string) => string,
): SlugAssignment {
  const places = rels.map(notePath);
  const slugs = places.map((p) => p.slug);
  const diagnostics: Diagnostic[] = [];
  const byslug = new Map<string, number[]>();
  places.forEach((p, i) => byslug.set(p.slug, [...(byslug.get(p.slug) ?? []), i]));
  const taken = new Set(slugs);
  for (const [slug, owners] of byslug) {
    if (owners.length < 2) continue;
    const ranked = [...owners].sort((a, b) =>
      compareRank(claimRank(places[a]!), claimRank(places[b]!)),
    );
    const winner = ranked[0]!;
    for (const loser of ranked.slice(1)) {
      const rel = places[loser]!.rel;
      let fallback = `${slug || "index"}-${shortHash(rel, 8).toLowerCase()}`;
      for (let k = 2; taken.has(fallback); k++)
        fallback = `${slug || "index"}-${shortHash(`${rel}\0${k}`, 8).toLowerCase()}`;
      taken.add(fallback);
      slugs[loser] = fallback;
      diagnostics.push({
        file: display(rel),
        line: null,
        severity: "error",
        code: "note/url-clash",
        message: `this file and ${display(places[winner]!.rel)} both have the URL ${notePageUrl(slug)}; ${display(places[winner]!.rel)} keeps it (${clashReason(places[winner]!, places[loser]!)}) and this one is published at ${notePageUrl(fallback)}. Rename or remove one of the two files.`,
      });
    }
  }
  return { places, slugs: slugs as NoteSlug[], diagnostics };
}

function clashReason(winner: NotePath, loser: NotePath): string {
  const w = claimRank(winner);
  const l = claimRank(loser);
  if (w[0] !== l[0]) {
    if (!loser.isIndex) return "a folder's index page comes first";
    const name = (p: NotePath) => p.rel.split("/").pop() ?? p.rel;
    return `${name(winner)} comes before ${name(loser)}`;
  }
  if (w[1] !== l[1]) return "a .md file comes before .markdown and .txt";
  return "its path sorts first";
}

/**
 * A chapter page's URL (`/notes/<note>/<chapter>`) can be the URL of another note or folder
 * (`<note>/<chapter>.md`). The note keeps the URL and the chapter gets `<chapter>-chapter`, with a
 * warning. `taken` holds every note and folder slug.
 */
export function settleChapterClashes(notes: Note[], taken: ReadonlySet<string>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const note of notes) {
    const renames = new Map<ChapterSlug, ChapterSlug>();
    const own = new Set(note.chapters.map((c) => c.slug as string));
    for (const chapter of note.chapters) {
      const at = (slug: string) => (note.slug ? `${note.slug}/${slug}` : slug);
      if (!taken.has(at(chapter.slug))) continue;
      let next = `${chapter.slug}-chapter`;
      for (let k = 2; taken.has(at(next)) || own.has(next); k++)
        next = `${chapter.slug}-chapter-${k}`;
      own.add(next);
      renames.set(chapter.slug, next as ChapterSlug);
      diagnostics.push({
        file: note.file,
        line: chapter.lines[0],
        severity: "warning",
        code: "chapter/url-clash",
        message: `the chapter "${chapter.title}" would have the URL ${notePageUrl(at(chapter.slug))}, which is another note's or folder's; the chapter is published at ${notePageUrl(at(next))}. Rename the chapter's heading or the other file.`,
      });
    }
    if (renames.size) renameChapters(note, renames);
  }
  return diagnostics;
}

/** Gives chapters new slugs everywhere a note mentions them. */
function renameChapters(note: Note, renames: Map<ChapterSlug, ChapterSlug>): void {
  const to = <T extends ChapterSlug | null>(slug: T): T =>
    ((slug && renames.get(slug)) ?? slug) as T;
  for (const c of note.chapters) {
    c.slug = to(c.slug);
    c.url = notePageUrl(note.slug, c.slug);
    if (c.prev) c.prev.slug = to(c.prev.slug);
    if (c.next) c.next.slug = to(c.next.slug);
  }
  for (const e of note.chapterList) e.chapter = to(e.chapter);
  for (const [anchor, page] of Object.entries(note.anchors)) note.anchors[anchor] = to(page);
  for (const item of note.checklist) {
    const before = item.chapter;
    item.chapter = to(item.chapter);
    if (before !== item.chapter) item.url = item.url.replace(`/${before}#`, `/${item.chapter}#`);
  }
  for (const link of note.links) link.chapter = to(link.chapter);
  for (const ref of note.refs) ref.chapter = to(ref.chapter);
}
