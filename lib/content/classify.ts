import filingModel from "./filing-model.json";
import { foldForMatch, leafCategories } from "./taxonomy";
import type { CategoryId, FilingEvidence, Taxonomy } from "./types";

/**
 * Automatic filing of a page (a chapter, or a note without chapters) under the taxonomy, the way a
 * careful reader files it: by what the page is about, not by which words it mentions once.
 *
 * - Each leaf category has `keywords` (names of the concept itself: オートスケール, 自动伸缩,
 *   자동 확장, autoscaling) worth {@link STRONG}, and `related` vocabulary worth 1. A category is a
 *   candidate only when one of its names occurs: `related` vocabulary alone never files a page.
 * - Where a term occurs weighs more than how often: the title, the note's title (for a chapter),
 *   the tags, the folders the note is in and the headings count several times a body occurrence,
 *   and repeats add less and less (1 + ln n). The body's share is divided by the square root of
 *   its length in units of {@link BODY_UNIT} characters, so a long chapter does not collect
 *   categories by sheer size.
 * - Whether a candidate is filed is decided by a logistic model over the candidate's evidence
 *   ({@link FEATURES}: the points per field, whether a name occurs outside the body, its share of
 *   the best candidate, the evidence for what the taxonomy leaves out (its `outside` terms:
 *   security, networking basics, installation, front-end code), the body's length...). Its weights
 *   are in lib/content/filing-model.json, fitted by `npm run train:classify` on the dev half of
 *   the hand-judged development set (test/classify/devset.yaml) with its thresholds chosen by
 *   cross-validation; `npm run bench:classify` measures it on the held-out and blind units.
 * - The most likely category is filed when its probability reaches the model's `threshold`; a
 *   second or third one when it reaches the higher `secondary`. A long page that names nothing of
 *   the notes' subject (the taxonomy's `domain`: Kubernetes, clusters, servers) is never filed.
 * - With a folder's own taxonomy the same weights apply (the per-category biases are those of the
 *   built-in categories and are 0 for any other id).
 * - Each filing carries its evidence: the terms that decided it, where and how often.
 */

/** Weight of a `keywords` term against a `related` one. */
export const STRONG = 3;
/** How much one occurrence counts in each part of a page. */
export const FIELD_WEIGHT = {
  title: 6,
  context: 4,
  tags: 4,
  folders: 3,
  headings: 2.5,
  body: 1,
} as const;
/** Body characters at which length normalisation starts (√(length / BODY_UNIT) above it). */
export const BODY_UNIT = 1500;
/** At most this many categories per page. */
export const MAX_FILINGS = 3;

type Field = keyof typeof FIELD_WEIGHT;

/** The parts of a page filing looks at. */
export interface FilingInput {
  title: string;
  /** For a chapter, the note's title: a chapter of a troubleshooting guide is read as part of it. */
  context?: string;
  /** The folders the note is in (`runbooks/backup`): a vault's own filing says what a note is about. */
  folders?: string;
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
  return {
    text,
    weight,
    shown,
    pattern: SHORT_LATIN.test(text) ? new RegExp(`(?<![a-z0-9])${escaped}(?![a-z0-9])`, "g") : null,
  };
}

function lexicon(taxonomy: Taxonomy): Lexicon {
  let lex = lexicons.get(taxonomy);
  if (!lex) {
    lex = {
      leaves: leafCategories(taxonomy).map((c) => ({
        id: c.id,
        terms: [
          ...c.keywords.map((k) => term(k, STRONG)),
          ...c.related.map((k) => term(k, 1)),
        ].filter((t) => t.text),
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
  for (let i = haystack.indexOf(t.text); i >= 0; i = haystack.indexOf(t.text, i + t.text.length))
    n++;
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
function scoreTerms(
  terms: readonly Term[],
  fields: Record<Field, string>,
  bodyNorm: number,
): Scored {
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
      const points =
        (t.weight * FIELD_WEIGHT[field] * (1 + Math.log(n))) / (field === "body" ? bodyNorm : 1);
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

/** The features of one candidate category of a page, in the order of {@link FEATURES}. */
export const FEATURES = [
  "title",
  "context",
  "tags",
  "folders",
  "headings",
  "body",
  "placed",
  "share",
  "best",
  "score",
  "outside",
  "domain",
  "length",
  "names",
  "headingShare",
  "bodyOnlyLong",
] as const;

/** A category a page could be filed under (it has one of its names), with what decides it. */
export interface Candidate extends Scored {
  id: CategoryId;
  features: number[];
}

/** What filing a page looks at: its candidates, best score first, and whether it is off topic. */
export interface PageFeatures {
  candidates: Candidate[];
  /** A long page that never names the notes' subject (the taxonomy's `domain`): never filed. */
  offTopic: boolean;
}

/**
 * A page's candidates and their features. Each is a plain number a linear model weighs
 * (lib/content/filing-model.json, trained by scripts/train-filing.ts on the dev half of the
 * development set): per field the log of the points scored there, whether a name occurs outside
 * the body, the share of the best candidate's score, the outside and domain evidence, the body's
 * length, how many distinct names occur and which share of the headings name the category.
 */
export function pageFeatures(taxonomy: Taxonomy, input: FilingInput): PageFeatures {
  const fields: Record<Field, string> = {
    title: foldForMatch(input.title, "text"),
    context: foldForMatch(input.context ?? "", "text"),
    folders: foldForMatch((input.folders ?? "").replace(/[/_-]+/g, " "), "text"),
    tags: foldForMatch(input.tags.join(" \n "), "text"),
    headings: foldForMatch(input.headings.join(" \n "), "text"),
    body: foldForMatch(input.body, "text"),
  };
  const bodyNorm = Math.max(1, Math.sqrt(fields.body.length / BODY_UNIT));
  const lex = lexicon(taxonomy);
  const scored = lex.leaves
    .map((leaf) => ({
      id: leaf.id,
      terms: leaf.terms,
      ...scoreTerms(leaf.terms, fields, bodyNorm),
    }))
    .filter((s) => s.score > 0 && s.strong)
    .sort((a, b) => b.score - a.score);
  const domain =
    !lex.domain.length ||
    (Object.values(fields) as string[]).some((f) => lex.domain.some((t) => occurrences(f, t) > 0));
  const offTopic = !domain && fields.body.length >= BODY_UNIT;
  const outside = lex.outside.length ? scoreTerms(lex.outside, fields, bodyNorm).score : 0;
  const best = scored[0]?.score ?? 1;
  const headings = input.headings.map((h) => foldForMatch(h, "text"));
  const candidates = scored.map(({ terms, ...s }): Candidate => {
    const points = (field: Field) =>
      s.hits.filter((h) => h.field === field).reduce((n, h) => n + h.points, 0);
    const named = headings.filter((h) =>
      terms.some((t) => t.weight === STRONG && occurrences(h, t) > 0),
    ).length;
    const features = [
      Math.log1p(points("title")),
      Math.log1p(points("context")),
      Math.log1p(points("tags")),
      Math.log1p(points("folders")),
      Math.log1p(points("headings")),
      Math.log1p(points("body")),
      s.placed ? 1 : 0,
      s.score / best,
      s.score === best ? 1 : 0,
      Math.log1p(s.score),
      Math.log1p(outside) - Math.log1p(s.score),
      domain ? 1 : 0,
      Math.log1p(fields.body.length / BODY_UNIT),
      Math.log1p(new Set(s.hits.map((h) => h.term)).size),
      headings.length ? named / headings.length : 0,
      s.placed ? 0 : Math.min(1, fields.body.length / BODY_UNIT),
    ];
    return { ...s, features };
  });
  return { candidates, offTopic };
}

/** The trained weights of filing: a logistic model over {@link FEATURES} plus one bias per category. */
export interface FilingModel {
  features: readonly string[];
  weights: number[];
  /** Bias of each leaf category (absent: 0). */
  categoryBias: Record<string, number>;
  bias: number;
  /** The most likely category is filed when its probability reaches this. */
  threshold: number;
  /** Another category is filed too when its probability reaches this. */
  secondary: number;
}

const model = filingModel as FilingModel;
if (model.features.join() !== FEATURES.join())
  throw new Error(
    "lib/content/filing-model.json was trained on other features; run npm run train:classify",
  );

/** The probability that a careful reader files the page under this candidate. */
export function candidateProbability(
  c: Pick<Candidate, "id" | "features">,
  m: FilingModel = model,
): number {
  let z = m.bias + (m.categoryBias[c.id] ?? 0);
  for (let i = 0; i < c.features.length; i++) z += m.weights[i]! * c.features[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** Set by scripts/train-filing.ts to see every page's features as the pipeline files it. */
export const filingTrace: {
  record: ((input: FilingInput, features: PageFeatures) => void) | null;
} = {
  record: null,
};

/**
 * The candidates a page is filed under, most probable first: the most likely one when its
 * probability reaches the model's `threshold`, others when theirs reach `secondary`, at most
 * {@link MAX_FILINGS}; none for an off-topic page. The one rule for the pipeline and training.
 */
export function chooseCandidates(page: PageFeatures, m: FilingModel = model): Candidate[] {
  if (page.offTopic) return [];
  return page.candidates
    .map((c) => ({ c, p: candidateProbability(c, m) }))
    .sort((a, b) => b.p - a.p)
    .filter((x, i) => x.p >= (i === 0 ? m.threshold : m.secondary))
    .slice(0, MAX_FILINGS)
    .map((x) => x.c);
}

/** Files one page (see the module comment). */
export function filePage(taxonomy: Taxonomy, input: FilingInput): Filing {
  const page = pageFeatures(taxonomy, input);
  filingTrace.record?.(input, page);
  const filed = chooseCandidates(page);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    categories: filed.map((s) => s.id),
    scores: filed.map((s) => round(s.score)),
    evidence: filed.map((s) => ({
      category: s.id,
      score: round(s.score),
      terms: [...s.hits]
        .sort((a, b) => b.points - a.points)
        .slice(0, 6)
        .map((h) => ({ term: h.term, field: h.field, count: h.count })),
    })),
  };
}
