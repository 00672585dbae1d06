import { z } from "zod";
import { LANGS } from "@/lib/content/types";

/** The labelled query set (test/search/queries.json): queries with their judged relevant sections. */
export const labelledSetSchema = z.object({
  /** Content folders searched together as one index. */
  corpus: z.array(z.string()).min(1),
  queries: z
    .array(
      z.object({
        /** The query as a person types it. */
        q: z.string().min(1),
        /** Language of the query. */
        lang: z.enum(LANGS),
        /** What the query exercises: `half-width`, `inflected`, `prefix`, `mixed`, … */
        tags: z.array(z.string()),
        /** Section ids (`<note>#<anchor>`) a reader would want for this query. */
        relevant: z.array(z.string()).min(1),
        /** Why a judgement was made, where it is not obvious. */
        note: z.string().optional(),
      }),
    )
    .min(1),
});
export type LabelledSet = z.infer<typeof labelledSetSchema>;

export interface QueryScore {
  q: string;
  recall: number;
  precision: number;
  /** Relevant sections not returned. */
  missing: string[];
  /** Returned sections not judged relevant. */
  extra: string[];
}

export interface QualityReport {
  queries: number;
  /** Macro averages over queries. */
  recall: number;
  precision: number;
  /** Precision when only exact results count as returned (partial matches left out). */
  precisionExact: number;
  perQuery: QueryScore[];
}

/**
 * Scores a search function on the labelled set: every returned section (exact and partial) counts
 * as retrieved. `search` returns section ids in rank order, each with whether it was exact.
 */
export async function evaluate(
  set: LabelledSet,
  search: (q: string) => Promise<{ key: string; exact: boolean }[]>,
): Promise<QualityReport> {
  const perQuery: QueryScore[] = [];
  let exactPrecision = 0;
  for (const query of set.queries) {
    const got = await search(query.q);
    const relevant = new Set(query.relevant);
    const keys = got.map((g) => g.key);
    const found = keys.filter((k) => relevant.has(k));
    const exact = got.filter((g) => g.exact).map((g) => g.key);
    perQuery.push({
      q: query.q,
      recall: found.length / relevant.size,
      precision: keys.length ? found.length / keys.length : 0,
      missing: query.relevant.filter((k) => !keys.includes(k)),
      extra: keys.filter((k) => !relevant.has(k)),
    });
    exactPrecision += exact.length ? exact.filter((k) => relevant.has(k)).length / exact.length : 0;
  }
  const mean = (f: (s: QueryScore) => number) =>
    perQuery.reduce((s, x) => s + f(x), 0) / perQuery.length;
  return {
    queries: perQuery.length,
    recall: mean((s) => s.recall),
    precision: mean((s) => s.precision),
    precisionExact: exactPrecision / perQuery.length,
    perQuery,
  };
}

/** The kinds of query issue 16 added to the labelled set (a query's `tags` name its kind). */
export const QUERY_KINDS = [
  "compound",
  "katakana-variant",
  "typo",
  "operator",
  "noise",
  "script",
] as const;

export interface KindScore {
  kind: string;
  queries: number;
  recall: number;
  precision: number;
}

/**
 * Macro recall and precision per kind, from a report of `evaluate` over `set` (its `perQuery` is in
 * the set's order). `other` is every query without one of {@link QUERY_KINDS}.
 */
export function scoresByKind(set: LabelledSet, report: QualityReport): KindScore[] {
  const kindOf = (tags: readonly string[]) => QUERY_KINDS.find((k) => tags.includes(k)) ?? "other";
  return [...QUERY_KINDS, "other"].map((kind) => {
    const scores = report.perQuery.filter((_, i) => kindOf(set.queries[i]!.tags) === kind);
    const mean = (f: (s: QueryScore) => number) =>
      scores.length ? scores.reduce((n, s) => n + f(s), 0) / scores.length : 1;
    return {
      kind,
      queries: scores.length,
      recall: mean((s) => s.recall),
      precision: mean((s) => s.precision),
    };
  });
}

/**
 * A brute-force scan to compare with: sections whose NFKC, lower-cased text contains every word of
 * the query as typed (`A OR B` either side, `-word` left out, quotes dropped). No segmentation,
 * variants or spelling: what a plain substring search finds.
 */
export function substringScan(
  docs: readonly { key: string; text: string }[],
  query: string,
): { key: string; exact: boolean }[] {
  const norm = (s: string) => s.normalize("NFKC").toLowerCase();
  const words = (query.match(/"[^"]*"|\S+/g) ?? []).map((w) => w.replace(/"/g, ""));
  const clauses: string[][] = [[]];
  const exclude: string[] = [];
  for (const w of words) {
    if (w === "OR") clauses.push([]);
    else if (w.length > 1 && w.startsWith("-")) exclude.push(norm(w.slice(1)));
    else if (w) clauses[clauses.length - 1]!.push(norm(w));
  }
  return docs
    .filter((d) => {
      const t = norm(d.text);
      return (
        clauses.some((c) => c.length > 0 && c.every((w) => t.includes(w))) &&
        !exclude.some((w) => t.includes(w))
      );
    })
    .map((d) => ({ key: d.key, exact: true }));
}
