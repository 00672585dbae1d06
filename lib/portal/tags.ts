import { slug as githubSlug } from "github-slugger";
import type { Brand, Lang, NoteSlug } from "@/lib/content/types";

/** A tag's URL segment: `kubernetes`, `運用` (percent-encoded in hrefs by `tagHref`). */
export type TagSlug = Brand<string, "TagSlug">;

/** One tag across all notes, with every way the notes spell it. */
export interface TagEntry {
  /** What spellings are compared by: width-folded (NFKC), lowercase, single spaces. */
  key: string;
  slug: TagSlug;
  /** The spelling shown: the most used (width-folded) one; on a tie, the first met. */
  label: string;
  /** Every spelling as written in the notes, in order of first use. */
  variants: string[];
  /** Notes carrying the tag, in content order, each once. */
  notes: NoteSlug[];
  /** Language of each note in `notes` (same order), for `lang=""`. */
  langs: Lang[];
}

/**
 * Folds a tag for comparison: NFKC (full-width `Ｋｕｂｅｒｎｅｔｅｓ` → `Kubernetes`, half-width kana →
 * full-width), lowercase, trimmed, inner whitespace collapsed. NFKC keeps Japanese and Korean
 * intact (NFKD would split Hangul syllables and kana voicing marks).
 */
export function tagKey(tag: string): string {
  return tag.normalize("NFKC").toLowerCase().trim().replace(/\s+/g, " ");
}

/** The URL segment of a tag key (github-slugger's rules: letters of any script kept). */
export function tagSlug(key: string): TagSlug {
  return (githubSlug(key) || "tag") as TagSlug;
}

/** Site URL of a tag page; non-ASCII letters percent-encoded the way browsers send them. */
export function tagHref(slug: TagSlug): string {
  return `/tags/${encodeURIComponent(slug)}`;
}

/** The slug from a route param, which may arrive percent-encoded or not. */
export function slugFromParam(param: string): TagSlug {
  try {
    return decodeURIComponent(param) as TagSlug;
  } catch {
    return param as TagSlug;
  }
}

/**
 * Every tag of the notes, merged case- and width-insensitively, most used first (then by label).
 * Two keys that slug alike (`CI/CD`, `cicd`) get distinct slugs: a key that is its own slug keeps
 * it, the others get `-2`, `-3`… in key order, so slugs do not depend on the order of the notes.
 */
export function collectTags(
  notes: readonly { slug: NoteSlug; lang: Lang; tags: readonly string[] }[],
): TagEntry[] {
  const byKey = new Map<
    string,
    { variants: string[]; spellings: Map<string, number>; notes: NoteSlug[]; langs: Lang[] }
  >();
  for (const note of notes) {
    const seenInNote = new Set<string>();
    for (const raw of note.tags) {
      const key = tagKey(raw);
      if (!key) continue;
      let entry = byKey.get(key);
      if (!entry)
        byKey.set(key, (entry = { variants: [], spellings: new Map(), notes: [], langs: [] }));
      const written = raw.trim();
      if (!entry.variants.includes(written)) entry.variants.push(written);
      const folded = written.normalize("NFKC").replace(/\s+/g, " ");
      entry.spellings.set(folded, (entry.spellings.get(folded) ?? 0) + 1);
      if (!seenInNote.has(key)) {
        seenInNote.add(key);
        entry.notes.push(note.slug);
        entry.langs.push(note.lang);
      }
    }
  }
  const slugs = new Map<string, TagSlug>();
  const taken = new Set<string>();
  // A key that is already its own slug keeps it; the others follow in key order.
  const order = [...byKey.keys()].sort(
    (a, b) => Number(tagSlug(a) !== a) - Number(tagSlug(b) !== b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  for (const key of order) {
    const base = tagSlug(key);
    let candidate: string = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
    taken.add(candidate);
    slugs.set(key, candidate as TagSlug);
  }
  const entries: TagEntry[] = [...byKey].map(([key, e]) => {
    let label = "";
    let best = 0;
    for (const [spelling, count] of e.spellings) {
      if (count > best) [label, best] = [spelling, count];
    }
    return {
      key,
      slug: slugs.get(key) as TagSlug,
      label,
      variants: e.variants,
      notes: e.notes,
      langs: e.langs,
    };
  });
  return entries.sort(
    (a, b) => b.notes.length - a.notes.length || a.label.localeCompare(b.label, "en"),
  );
}
