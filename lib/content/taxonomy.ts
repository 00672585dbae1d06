import { promises as fs } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { normalizeText } from "@/lib/search/normalize";
import { taxonomyFileSchema } from "./schema";
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
 * Traditional → Simplified Chinese), so filing and search agree on what matches.
 */
export function foldForMatch(text: string): string {
  return normalizeText(text);
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
    children?: { id: string; labels: TaxonomyCategory["labels"]; aliases: string[]; keywords: string[] }[];
  }): TaxonomyCategory => {
    if (ids.has(c.id)) throw new TaxonomyError(file, null, `has the id "${c.id}" twice. Ids must be unique.`);
    ids.add(c.id);
    return {
      id: c.id as CategoryId,
      labels: c.labels,
      aliases: c.aliases,
      keywords: c.keywords.map(foldForMatch),
      children: (c.children ?? []).map((child) => {
        if (!child.id.startsWith(`${c.id}/`)) {
          throw new TaxonomyError(
            file,
            null,
            `subcategory "${child.id}" is under area "${c.id}" but its id does not start with "${c.id}/".`,
          );
        }
        return toCategory(child);
      }),
    };
  };
  return { areas: parsed.data.areas.map(toCategory) };
}

export async function loadTaxonomy(contentDir: string): Promise<Taxonomy> {
  for (const name of ["taxonomy.yaml", "taxonomy.yml"]) {
    const file = path.join(contentDir, name);
    let source: string;
    try {
      source = await fs.readFile(file, "utf8");
    } catch {
      continue;
    }
    return parseTaxonomy(source, path.relative(path.dirname(path.resolve(contentDir)), file));
  }
  return { areas: [] };
}

/** Every category (areas and subcategories), areas first. */
export function allCategories(taxonomy: Taxonomy): TaxonomyCategory[] {
  return taxonomy.areas.flatMap((a) => [a, ...a.children]);
}

/** The leaf categories chapters are filed under: subcategories, or an area that has none. */
export function leafCategories(taxonomy: Taxonomy): TaxonomyCategory[] {
  return taxonomy.areas.flatMap((a) => (a.children.length ? a.children : [a]));
}

export function areaOf(id: CategoryId): CategoryId {
  return id.split("/")[0] as CategoryId;
}

const stripNumbering = (s: string) =>
  foldForMatch(s)
    .replace(/^[\d\-.\s、．]+/, "")
    .replace(/\s+/g, "");

/** The category a heading names (a note's own TOC heading, `1-1.性能/収容性設計`), if any. */
export function categoryForHeading(taxonomy: Taxonomy, heading: string): CategoryId | null {
  const h = stripNumbering(heading);
  if (!h) return null;
  for (const c of [...leafCategories(taxonomy), ...taxonomy.areas]) {
    const names = [...c.aliases, ...Object.values(c.labels)];
    if (names.some((n) => stripNumbering(n) === h)) return c.id;
  }
  return null;
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

/** Keyword score of each leaf category in a text. */
export function scoreCategories(taxonomy: Taxonomy, text: string): Map<CategoryId, number> {
  const folded = foldForMatch(text);
  const scores = new Map<CategoryId, number>();
  for (const c of leafCategories(taxonomy)) {
    let score = 0;
    for (const k of c.keywords) {
      // Short Latin keywords must stand alone (`hpa` not inside `shpa…`).
      if (/^[a-z0-9]{1,4}$/.test(k)) {
        score += (folded.match(new RegExp(`(?<![a-z0-9])${k}(?![a-z0-9])`, "g")) ?? []).length;
      } else score += countOccurrences(folded, k);
    }
    if (score > 0) scores.set(c.id, score);
  }
  return scores;
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
