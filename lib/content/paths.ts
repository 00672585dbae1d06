import { posix } from "node:path";
import GithubSlugger from "github-slugger";
import { shortHash } from "./ids";
import type { Lang } from "./types";

/**
 * Where a note lives on the site, from its path in the content folder: the URL is the path
 * without the extension (`chapters/chapter03/index.md` → `/notes/chapters/chapter03`), each
 * segment made URL-safe on its own. Nothing here looks at other files, so a note's URL never
 * depends on which other notes exist (a true clash is settled in pipeline.ts).
 */

/** Longest ASCII part of a segment; with the hash suffix a segment stays under 100 characters. */
export const MAX_SLUG_LENGTH = 80;

/** File names that are their folder's page (Jekyll/Docusaurus `index.md`, GitHub `README.md`, Hugo `_index.md`). */
export const INDEX_NAMES = ["index", "_index", "readme"] as const;

/**
 * `notes/` at the top of the content folder is the conventional home of notes (Shiori's own
 * `content/notes/`): its name is not repeated in the URL, so `content/notes/x.md` is `/notes/x`.
 */
const NOTES_FOLDER = "notes";

/**
 * One URL segment from one path segment: ASCII-safe via github-slugger, never empty. The segment
 * stays ASCII because Next's static export prerenders a page whose param has other letters with
 * the percent-encoded param, so the page renders as 404 (vercel/next.js#92192); it also keeps file
 * names far below the 255-byte limit. A name with other letters keeps its ASCII part and gets a
 * hash of the whole name, so distinct names stay distinct.
 */
export function segmentSlug(name: string): string {
  // NFC: macOS stores file names decomposed (か + ゛); the URL must not depend on that.
  const base = name.normalize("NFC");
  const unicode = new GithubSlugger().slug(base).replace(/^-+|-+$/g, "");
  const ascii = unicode
    .replace(/[^a-z0-9_-]/g, "")
    .replace(/-{2,}/g, "-")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, "");
  if (ascii && ascii === unicode) return ascii;
  return `${ascii || "note"}-${shortHash(base, 8).toLowerCase()}`;
}

/** A note's URL slug from its file name alone (the last segment of its URL). */
export function slugFromPath(displayPath: string): string {
  return segmentSlug(posix.basename(displayPath.split("\\").join("/")).replace(/\.[^.]+$/, ""));
}

/** Language tags (`ja`, `zh-TW`; folders `ja/`, `zh-cn/`; file names `name.ko.md`) and the language they mean. */
const LANG_TAGS: Record<string, Lang> = {
  ja: "ja",
  "ja-jp": "ja",
  ko: "ko",
  "ko-kr": "ko",
  en: "en",
  "en-us": "en",
  "en-gb": "en",
  "zh-hant": "zh-Hant",
  "zh-tw": "zh-Hant",
  "zh-hk": "zh-Hant",
  "zh-hans": "zh-Hans",
  "zh-cn": "zh-Hans",
  "zh-sg": "zh-Hans",
};

/** Tags people write in frontmatter `lang:` that are too loose to mark a folder as a language (a `zh/` folder may be either script). */
const LOOSE_TAGS: Record<string, Lang> = { jp: "ja", kr: "ko", zh: "zh-Hans" };

/** The language a tag names (`zh-TW` → zh-Hant), or null; `loose` also reads jp, kr and zh. */
export function langOfTag(tag: string, options: { loose?: boolean } = {}): Lang | null {
  const key = tag.toLowerCase();
  return LANG_TAGS[key] ?? (options.loose ? (LOOSE_TAGS[key] ?? null) : null);
}

export interface NotePath {
  /** The path below the content folder, `/`-separated, as on disk (`vault/Incident Response.md`). */
  rel: string;
  /** The URL slug below `/notes/` (`vault/incident-response`); "" for the content folder's own index. */
  slug: string;
  /** The folder the note is listed in (see siteFolder): "" for the top. */
  folder: string;
  /** True for a folder's own page (`index.md`, `README.md`, `_index.md`). */
  isIndex: boolean;
  /** Language the path declares (a `ko/` folder, a `name.ko.md` file name), or null. */
  lang: Lang | null;
  /**
   * The path with its language marker removed (`glossary/ja/backup.md` and `glossary/backup.ko.md`
   * → `glossary/backup`): files with the same key are one note in several languages.
   */
  translationKey: string;
}

const NOTE_EXTENSION = /\.(?:md|markdown|txt)$/i;

/** Where a note file lives on the site (see the module comment). `rel` is relative to the content folder. */
export function notePath(rel: string): NotePath {
  const parts = rel.split("/").filter(Boolean);
  const file = parts.pop() ?? "";
  let stem = file.replace(NOTE_EXTENSION, "");
  let lang: Lang | null = null;
  let tag = "";
  // `name.ko.md`: a language tag before the extension. The URL keeps it (`name-ko`), the key drops it.
  const tagged = /^(.+)\.([A-Za-z]{2}(?:-[A-Za-z]{2,4})?)$/.exec(stem);
  if (tagged && langOfTag(tagged[2]!)) {
    lang = langOfTag(tagged[2]!);
    stem = tagged[1]!;
    tag = tagged[2]!.toLowerCase();
  }
  const isIndex = (INDEX_NAMES as readonly string[]).includes(stem.toLowerCase());
  const folderParts = siteFolder(parts.join("/")).split("/").filter(Boolean);
  // A language folder anywhere on the path (`ja/`, `glossary/zh-tw/`); the last one counts.
  let langAt = -1;
  for (let i = folderParts.length - 1; i >= 0 && langAt < 0; i--)
    if (langOfTag(folderParts[i]!)) langAt = i;
  if (langAt >= 0 && !lang) lang = langOfTag(folderParts[langAt]!);
  const last = tag ? [`${isIndex ? "index" : stem}-${tag}`] : isIndex ? [] : [stem];
  const urlParts = [...folderParts, ...last];
  const keyParts = [...folderParts.filter((_, i) => i !== langAt), ...(isIndex ? [] : [stem])];
  return {
    rel,
    slug: urlParts.map(segmentSlug).join("/"),
    folder: folderParts.join("/"),
    isIndex,
    lang,
    translationKey: keyParts.map((p) => p.normalize("NFC").toLowerCase()).join("/"),
  };
}

/**
 * A folder as the site sees it: its path below the content folder, without a leading `notes/`
 * (`notes/guides` → `guides`; `notes` → "", the top).
 */
export function siteFolder(relDir: string): string {
  const parts = relDir.split("/").filter((p) => p && p !== ".");
  return (parts[0]?.toLowerCase() === NOTES_FOLDER ? parts.slice(1) : parts).join("/");
}

/** The URL slug of a site folder (`chapters/章` → `chapters/note-1a2b3c4d`). */
export function folderSlug(folder: string): string {
  return folder.split("/").filter(Boolean).map(segmentSlug).join("/");
}
