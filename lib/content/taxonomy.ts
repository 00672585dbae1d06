import { existsSync, promises as fs, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import { normalizeText } from "@/lib/search/normalize";
import { taxonomyFileSchema } from "./schema";
import { safeValues } from "./safe-text";
import type { CategoryId, Taxonomy, TaxonomyCategory } from "./types";

/** A taxonomy file that cannot be used: the build cannot file anything without it. */
export class TaxonomyError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    message: string,
  ) {
    super(`${line === null ? file : `${file}:${line}`} ${message}`);
    this.name = "TaxonomyError";
  }
}

/**
 * Folds text for keyword matching with the search normaliser (width, case, katakana ー,
 * Traditional → Simplified Chinese), so filing and search agree on what matches: a keyword is
 * folded as a query (サーバー → サーバ) and a note's text as a section (every ー kept), so サーバー
 * finds サーバ and サーバーレス, and キュー finds ジョブキュー but not セキュリティ.
 */
export function foldForMatch(text: string, side: "keyword" | "text" = "keyword"): string {
  return normalizeText(text, side === "keyword" ? "query" : "document");
}

/**
 * Path segments category pages use for themselves (`/categories/<area>/page/2`): a category id
 * segment with one of these names would make two pages share an address.
 */
export const RESERVED_CATEGORY_SEGMENTS = ["page"] as const;

/** The line (1-based) of the `nth` `id: <id>` in the taxonomy source, or null when not found. */
function idLine(source: string, id: string, nth = 1): number | null {
  const quoted = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`^\\s*(?:-\\s*)?id:\\s*["']?${quoted}["']?\\s*(?:#.*)?$`);
  const lines = source.split("\n");
  for (let k = 0, seen = 0; k < lines.length; k++)
    if (re.test(lines[k]!) && ++seen === nth) return k + 1;
  return null;
}

export function parseTaxonomy(source: string, file: string): Taxonomy {
  let raw: unknown;
  try {
    raw = yaml.load(source, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    throw new TaxonomyError(
      file,
      typeof mark?.line === "number" ? mark.line + 1 : null,
      `is not valid YAML (${(error as Error).message.split("\n")[0]}). Fix the YAML syntax.`,
    );
  }
  // Labels reach every page's navigation: no lone surrogate or control may break hydration there.
  if (raw && typeof raw === "object" && !Array.isArray(raw)) {
    raw = safeValues(raw as Record<string, unknown>, () => {});
  }
  const parsed = taxonomyFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join(".") || "(top level)" : "(top level)";
    throw new TaxonomyError(
      file,
      null,
      `does not match the taxonomy schema at ${where}: ${issue?.message ?? "invalid"}. Each area needs id, labels.en and labels.ja; subcategory ids look like area/sub.`,
    );
  }
  const ids = new Set<string>();
  const toCategory = (c: {
    id: string;
    labels: TaxonomyCategory["labels"];
    aliases: string[];
    keywords: string[];
    related?: string[];
    children?: {
      id: string;
      labels: TaxonomyCategory["labels"];
      aliases: string[];
      keywords: string[];
      related?: string[];
    }[];
  }): TaxonomyCategory => {
    if (ids.has(c.id))
      throw new TaxonomyError(
        file,
        idLine(source, c.id, 2),
        `has the id "${c.id}" twice. Ids must be unique.`,
      );
    ids.add(c.id);
    const reserved = c.id
      .split("/")
      .find((part) => (RESERVED_CATEGORY_SEGMENTS as readonly string[]).includes(part));
    if (reserved) {
      throw new TaxonomyError(
        file,
        idLine(source, c.id),
        `uses "${reserved}" in the id "${c.id}", but category pages use /${reserved}/N for their later pages. Rename it (for example "${c.id.replace(/(^|\/)page$/, "$1pages")}").`,
      );
    }
    return {
      id: c.id as CategoryId,
      labels: c.labels,
      aliases: c.aliases,
      keywords: c.keywords,
      related: c.related ?? [],
      children: (c.children ?? []).map((child) => {
        if (!child.id.startsWith(`${c.id}/`)) {
          throw new TaxonomyError(
            file,
            idLine(source, child.id),
            `subcategory "${child.id}" is under area "${c.id}" but its id does not start with "${c.id}/".`,
          );
        }
        return toCategory(child);
      }),
    };
  };
  return {
    areas: parsed.data.areas.map(toCategory),
    outside: parsed.data.outside,
    domain: parsed.data.domain,
  };
}

/** The built-in taxonomy, relative to the repository root: Shiori's own content/taxonomy.yaml. */
export const DEFAULT_TAXONOMY_PATH = "content/taxonomy.yaml";

/** Where the built-in taxonomy file is: beside this module's repository, else under the working folder. */
export function defaultTaxonomyFile(): string {
  const tried: string[] = [];
  try {
    tried.push(fileURLToPath(new URL(`../../${DEFAULT_TAXONOMY_PATH}`, import.meta.url)));
  } catch {
    // import.meta.url is not a file: URL inside some bundles.
  }
  tried.push(path.resolve(process.cwd(), DEFAULT_TAXONOMY_PATH));
  return tried.find((f) => existsSync(f)) ?? tried[tried.length - 1]!;
}

let builtIn: Taxonomy | null = null;

/**
 * The link index's taxonomy, the product's own (content/taxonomy.yaml of this repository): used
 * for every content folder without a taxonomy.yaml of its own.
 */
export function defaultTaxonomy(): Taxonomy {
  builtIn ??= parseTaxonomy(readFileSync(defaultTaxonomyFile(), "utf8"), DEFAULT_TAXONOMY_PATH);
  return builtIn;
}

/** A taxonomy and where it came from, for `check` to say which one filed the notes. */
export interface LoadedTaxonomy {
  taxonomy: Taxonomy;
  /** The file read, relative to the content folder's parent (the folder's own) or to the repository (the built-in one). */
  file: string;
  builtIn: boolean;
}

/** The content folder's own taxonomy.yaml, else the built-in one. */
export async function loadTaxonomy(contentDir: string): Promise<LoadedTaxonomy> {
  for (const name of ["taxonomy.yaml", "taxonomy.yml"]) {
    const file = path.join(contentDir, name);
    let source: string;
    try {
      source = await fs.readFile(file, "utf8");
    } catch {
      continue;
    }
    const shown = path.relative(path.dirname(path.resolve(contentDir)), file);
    return { taxonomy: parseTaxonomy(source, shown), file: shown, builtIn: false };
  }
  return { taxonomy: defaultTaxonomy(), file: DEFAULT_TAXONOMY_PATH, builtIn: true };
}

/** Every category (areas and subcategories), areas first. */
export function allCategories(taxonomy: Taxonomy): TaxonomyCategory[] {
  return taxonomy.areas.flatMap((a) => [a, ...a.children]);
}

/** The leaf categories chapters are filed under: subcategories, or an area that has none. */
export function leafCategories(taxonomy: Taxonomy): TaxonomyCategory[] {
  return taxonomy.areas.flatMap((a) => (a.children.length ? a.children : [a]));
}

export { areaOf } from "./category-ids";

const stripNumbering = (s: string) =>
  foldForMatch(s)
    .replace(/^[\d\-.\s、．]+/, "")
    .replace(/\s+/g, "");

/** Short Latin keywords must stand alone (`hpa` not inside `shpa…`). */
const SHORT_LATIN = /^[a-z0-9]{1,4}$/;

/** A taxonomy's names and keywords, folded and compiled once (not per heading or per text). */
interface CompiledTaxonomy {
  /** Folded, numbering-stripped category names → the first category (leaves, then areas) with it. */
  headingNames: Map<string, CategoryId>;
  /**
   * Per leaf category, in order: its keywords, each as a substring or a whole-word pattern, with
   * its first UTF-16 unit (a text without that unit cannot contain the keyword; -1 for "").
   */
  leaves: { id: CategoryId; keywords: { first: number; match: string | RegExp }[] }[];
}

const compiled = new WeakMap<Taxonomy, CompiledTaxonomy>();

function compile(taxonomy: Taxonomy): CompiledTaxonomy {
  let c = compiled.get(taxonomy);
  if (c) return c;
  const headingNames = new Map<string, CategoryId>();
  for (const cat of [...leafCategories(taxonomy), ...taxonomy.areas]) {
    for (const n of [...cat.aliases, ...Object.values(cat.labels)]) {
      const key = stripNumbering(n);
      if (key && !headingNames.has(key)) headingNames.set(key, cat.id);
    }
  }
  const leaves = leafCategories(taxonomy).map((cat) => ({
    id: cat.id,
    keywords: [...cat.keywords, ...cat.related]
      .map((k) => foldForMatch(k))
      .map((k) => ({
        first: k ? k.charCodeAt(0) : -1,
        match: SHORT_LATIN.test(k) ? new RegExp(`(?<![a-z0-9])${k}(?![a-z0-9])`, "g") : k,
      })),
  }));
  c = { headingNames, leaves };
  compiled.set(taxonomy, c);
  return c;
}

/** The category a heading names (a note's own TOC heading, `1-1.性能/収容性設計`), if any. */
export function categoryForHeading(taxonomy: Taxonomy, heading: string): CategoryId | null {
  const h = stripNumbering(heading);
  if (!h) return null;
  return compile(taxonomy).headingNames.get(h) ?? null;
}

function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  let i = haystack.indexOf(needle);
  while (i >= 0) {
    n++;
    i = haystack.indexOf(needle, i + needle.length);
  }
  return n;
}

function countMatches(haystack: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(haystack)) n++;
  return n;
}

/** Keyword score of each leaf category in a text that is already folded with {@link foldForMatch}. */
function scoreFolded(taxonomy: Taxonomy, folded: string): Map<CategoryId, number> {
  const scores = new Map<CategoryId, number>();
  // Which UTF-16 units the text has, so keywords that cannot occur are not searched for.
  for (let i = 0; i < folded.length; i++) present[folded.charCodeAt(i)] = 1;
  for (const c of compile(taxonomy).leaves) {
    let score = 0;
    for (const { first, match } of c.keywords) {
      if (first < 0 || present[first] === 0) continue;
      score +=
        typeof match === "string" ? countOccurrences(folded, match) : countMatches(folded, match);
    }
    if (score > 0) scores.set(c.id, score);
  }
  for (let i = 0; i < folded.length; i++) present[folded.charCodeAt(i)] = 0;
  return scores;
}

/** Scratch table for scoreFolded: 1 for each UTF-16 unit of the text being scored. */
const present = new Uint8Array(0x10000);

/** Keyword score of each leaf category in a text. */
export function scoreCategories(taxonomy: Taxonomy, text: string): Map<CategoryId, number> {
  return scoreFolded(taxonomy, foldForMatch(text, "text"));
}

/**
 * Files a text under categories by keyword scores: every category with at least `min` hits and at
 * least a third of the best score, best first. None means unclassified.
 */
export function classify(taxonomy: Taxonomy, text: string, min = 2): CategoryId[] {
  const scores = [...scoreCategories(taxonomy, text)].sort((a, b) => b[1] - a[1]);
  const best = scores[0]?.[1] ?? 0;
  return scores.filter(([, s]) => s >= min && s * 3 >= best).map(([id]) => id);
}
