import { foldForMatch, leafCategories } from "./taxonomy";
import type { CategoryId, FilingEvidence, Taxonomy } from "./types";

/**
 * Automatic filing of a page (a chapter, or a note without chapters) under the taxonomy, the way a
 * careful reader files it: by what the page is about, not by which words it mentions once.
 *
 * - Each leaf category has `keywords` (names of the concept itself: オートスケール, 自动伸缩,
 *   자동 확장, autoscaling) worth {@link STRONG}, and `related` vocabulary worth 1.
 * - Where a term occurs weighs more than how often: the title, the note's title (for a chapter),
 *   the tags and the headings count
 *   several times a body occurrence, and repeats in the body add less and less (1 + ln n).
 * - The body's share is divided by the square root of its length in units of {@link BODY_UNIT}
 *   characters, so a long chapter does not collect categories by sheer size.
 * - The best category is filed when its score reaches `minScore`; others only when they come
 *   close to it (`close`). Text about what the taxonomy leaves out (its `outside` terms:
 *   security, networking basics, installation, front-end code) raises the bar: a category must
 *   also reach a share of that score (`outsideShare`), so a page mostly about security stays
 *   unclassified. `related` vocabulary alone never files a page, and a long page that names nothing
 *   of the notes' subject (the taxonomy's `domain`: Kubernetes, clusters, servers) is never filed.
 * - Each filing carries its evidence: the terms that decided it, where and how often.
 */

/** Weight of a `keywords` term against a `related` one. */
export const STRONG = 3;
/** How much one occurrence counts in each part of a page. */
export const FIELD_WEIGHT = { title: 6, context: 4, tags: 4, headings: 2.5, body: 1 } as const;
/** Body characters at which length normalisation starts (√(length / BODY_UNIT) above it). */
export const BODY_UNIT = 1500;
/** The thresholds of a filing (measured on the development set: npm run bench:classify). */
export interface FilingParams {
  /** The score a category needs to be filed at all. */
  minScore: number;
  /** Another category is filed too when it reaches this share of the best one's score. */
  close: number;
  /** At most this many categories per page. */
  maxFilings: number;
  /**
   * A category must also reach this share of the `outside` score: a page mostly about security or
   * set-up stays unclassified, a security chapter with a real backup section is filed under backup.
   */
  outsideShare: number;
  /**
   * A category whose names occur only in the body (never in the title, the note's title, the tags
   * or a heading) needs up to this many times `minScore` (the full factor from BODY_UNIT
   * characters on): a concept page that mentions rolling updates once is not about upgrades.
   */
  bodyOnly: number;
}

export const FILING: FilingParams = { minScore: 12, close: 0.4, maxFilings: 3, outsideShare: 0.5, bodyOnly: 2.5 };

type Field = keyof typeof FIELD_WEIGHT;

/** The parts of a page filing looks at. */
export interface FilingInput {
  title: string;
  /** For a chapter, the note's title: a chapter of a troubleshooting guide is read as part of it. */
  context?: string;
  headings: readonly string[];
  tags: readonly string[];
  body: string;
}

export interface Filing {
  /** Filed categories, best first (the first is the page's primary category). */
  categories: CategoryId[];
  /** Score of each filed category, in the same order. */
  scores: number[];
  /** Why: per filed category, the terms that counted most. */
  evidence: FilingEvidence[];
}

interface Term {
  text: string;
  weight: number;
  /** Short Latin terms must stand alone (`hpa`, not inside `shpa`). */
  pattern: RegExp | null;
  /** The term as written in the taxonomy, for the evidence. */
  shown: string;
}

interface Lexicon {
  leaves: { id: CategoryId; terms: Term[] }[];
  outside: Term[];
  domain: Term[];
}

const SHORT_LATIN = /^[a-z0-9][a-z0-9 .-]{0,3}$/;
const lexicons = new WeakMap<Taxonomy, Lexicon>();

function term(shown: string, weight: number): Term {
  const text = foldForMatch(shown);
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return { text, weight, shown, pattern: SHORT_LATIN.test(text) ? new RegExp(`(?<![a-z0-9])${escaped}(?![a-z0-9])`, "g") : null };
}

function lexicon(taxonomy: Taxonomy): Lexicon {
  let lex = lexicons.get(taxonomy);
  if (!lex) {
    lex = {
      leaves: leafCategories(taxonomy).map((c) => ({
        id: c.id,
        terms: [...c.keywords.map((k) => term(k, STRONG)), ...c.related.map((k) => term(k, 1))].filter((t) => t.text),
      })),
      outside: (taxonomy.outside ?? []).map((k) => term(k, STRONG)).filter((t) => t.text),
      domain: (taxonomy.domain ?? []).map((k) => term(k, 1)).filter((t) => t.text),
    };
    lexicons.set(taxonomy, lex);
  }
  return lex;
}

function occurrences(haystack: string, t: Term): number {
  if (t.pattern) {
    t.pattern.lastIndex = 0;
    let n = 0;
    while (t.pattern.exec(haystack)) n++;
    return n;
  }
  let n = 0;
  for (let i = haystack.indexOf(t.text); i >= 0; i = haystack.indexOf(t.text, i + t.text.length)) n++;
  return n;
}

interface Scored {
  score: number;
  /** True when a `keywords` term (not only `related` vocabulary) was found. */
  strong: boolean;
  /** True when a `keywords` term was found outside the body (title, context, tags, headings). */
  placed: boolean;

  hits: { term: string; field: Field; count: number; points: number }[];
}

/** A term found inside a longer term of the same list counts once, for the longer one (`hpa` in `hpa autoscaler`). */
function scoreTerms(terms: readonly Term[], fields: Record<Field, string>, bodyNorm: number): Scored {
  const hits: Scored["hits"] = [];
  let score = 0;
  let strong = false;
  let placed = false;
  for (const field of Object.keys(FIELD_WEIGHT) as Field[]) {
    const text = fields[field];
    if (!text) continue;
    for (const t of terms) {
      const n = occurrences(text, t);
      if (!n) continue;
      const points = (t.weight * FIELD_WEIGHT[field] * (1 + Math.log(n))) / (field === "body" ? bodyNorm : 1);
      score += points;
      if (t.weight === STRONG) {
        strong = true;
        if (field !== "body") placed = true;
      }
      hits.push({ term: t.shown, field, count: n, points });
    }
  }
  return { score, strong, placed, hits };
}

/** Files one page (see the module comment). */
export function filePage(taxonomy: Taxonomy, input: FilingInput, params: FilingParams = FILING): Filing {
  const fields: Record<Field, string> = {
    title: foldForMatch(input.title),
    context: foldForMatch(input.context ?? ""),
    tags: foldForMatch(input.tags.join(" \n ")),
    headings: foldForMatch(input.headings.join(" \n ")),
    body: foldForMatch(input.body),
  };
  const bodyNorm = Math.max(1, Math.sqrt(fields.body.length / BODY_UNIT));
  const lex = lexicon(taxonomy);
  const scored = lex.leaves
    .map((leaf) => ({ id: leaf.id, ...scoreTerms(leaf.terms, fields, bodyNorm) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
  // Related vocabulary supports a filing but never makes one: a category needs one of its own names.
  const eligible = scored.filter((s) => s.strong);
  const best = eligible[0];
  const empty: Filing = { categories: [], scores: [], evidence: [] };
  if (!best) return empty;
  // Not about the notes' subject at all (a front-end library's release channels, say): not filed.
  // A short runbook may name only its tool (Velero); a long page never naming the subject is off topic.
  if (
    lex.domain.length &&
    fields.body.length >= BODY_UNIT &&
    !(Object.values(fields) as string[]).some((f) => lex.domain.some((t) => occurrences(f, t) > 0))
  )
    return empty;
  const outside = lex.outside.length ? scoreTerms(lex.outside, fields, bodyNorm).score : 0;
  const floor = Math.max(params.minScore, outside * params.outsideShare);
  // A short page is all about what it says; the longer the body, the more a body-only mention needs.
  const bodyOnly = 1 + (params.bodyOnly - 1) * Math.min(1, fields.body.length / BODY_UNIT);
  const filed = eligible
    .filter((s) => s.score >= (s.placed ? floor : Math.max(floor, params.minScore * bodyOnly)))
    .filter((s, i, kept) => i === 0 || s.score >= kept[0]!.score * params.close)
    .slice(0, params.maxFilings);
  if (filed.length === 0) return empty;
  return {
    categories: filed.map((s) => s.id),
    scores: filed.map((s) => Math.round(s.score * 10) / 10),
    evidence: filed.map((s) => ({
      category: s.id,
      score: Math.round(s.score * 10) / 10,
      terms: [...s.hits]
        .sort((a, b) => b.points - a.points)
        .slice(0, 6)
        .map((h) => ({ term: h.term, field: h.field, count: h.count })),
    })),
  };
}
