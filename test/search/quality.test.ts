import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { SearchEngine } from "@/lib/search/engine";
import { createMemorySearch } from "@/lib/search/memory";
import {
  evaluate,
  labelledSetSchema,
  QUERY_KINDS,
  scoresByKind,
  substringScan,
} from "@/lib/search/quality";
import { toSearchDocs } from "@/lib/search/docs";
import { loadCorpus, REPO } from "./seed-model";

const set = labelledSetSchema.parse(
  JSON.parse(readFileSync(path.join(REPO, "test/search/queries.json"), "utf8")),
);
let engine: SearchEngine;

let docs: { key: string; text: string }[] = [];

beforeAll(async () => {
  const model = await loadCorpus(set.corpus);
  engine = createMemorySearch(model);
  docs = toSearchDocs(model);
});

/** The queries of the kinds issue 16 added, and the others (the first labelled set). */
const isNewKind = (tags: readonly string[]) => QUERY_KINDS.some((k) => tags.includes(k));
const original = { ...set, queries: set.queries.filter((q) => !isNewKind(q.tags)) };

const run = async (q: string) =>
  (await engine.search(q, { limit: 200 })).results.map((h) => ({
    key: h.doc.key as string,
    exact: h.exact,
  }));

describe("search over the seed notes", () => {
  // The examples: each must return exactly the sections judged relevant.
  it.each(["障害", "耐障害性", "ﾊﾞｯｸｱｯﾌﾟ", "监控", "etcd", "Helm チャート"])(
    "%s returns the sections a reader expects",
    async (q) => {
      const judged = set.queries.find((x) => x.q === q);
      expect(judged, `${q} is in queries.json`).toBeDefined();
      const got = await run(q);
      expect(got.map((g) => g.key).sort()).toEqual([...judged!.relevant].sort());
      expect(got.every((g) => g.exact)).toBe(true);
    },
  );

  it("has at least 40 labelled queries in every language", () => {
    expect(set.queries.length).toBeGreaterThanOrEqual(40);
    for (const lang of ["ja", "zh-Hant", "zh-Hans", "ko", "en"] as const) {
      expect(set.queries.filter((q) => q.lang === lang).length, lang).toBeGreaterThanOrEqual(3);
    }
    for (const tag of ["half-width", "inflected", "prefix", "mixed", "particle", "variant"]) {
      expect(
        set.queries.some((q) => q.tags.includes(tag)),
        tag,
      ).toBe(true);
    }
  });

  it("meets recall ≥ 0.98 and precision ≥ 0.98 on the original kinds of query", async () => {
    const report = await evaluate(original, run);
    const misses = report.perQuery.filter((s) => s.recall < 1 || s.precision < 1);
    expect(report.recall, JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(0.98);
    expect(report.precision, JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(0.98);
  });

  it("has at least 60 queries of the kinds issue 16 added, each kind represented", () => {
    expect(set.queries.filter((q) => isNewKind(q.tags)).length).toBeGreaterThanOrEqual(60);
    for (const kind of QUERY_KINDS)
      expect(set.queries.filter((q) => q.tags.includes(kind)).length, kind).toBeGreaterThanOrEqual(
        4,
      );
  });

  it("a compound typed without its particle never finds nothing when its parts occur together", async () => {
    for (const q of set.queries.filter((x) => x.tags.includes("compound"))) {
      const got = await run(q.q);
      expect(got.length, q.q).toBeGreaterThan(0);
    }
  });

  it("on the added kinds, does much better than a plain substring scan and keeps its measured level", async () => {
    const added = { ...set, queries: set.queries.filter((q) => isNewKind(q.tags)) };
    const ours = scoresByKind(added, await evaluate(added, run));
    const scan = scoresByKind(added, await evaluate(added, async (q) => substringScan(docs, q)));
    const byKind = Object.fromEntries(ours.map((k) => [k.kind, k]));
    const scanByKind = Object.fromEntries(scan.map((k) => [k.kind, k]));
    // A floor under the figures measured when these kinds were added (npm run bench:search
    // prints them); the target of issue 16 is 0.98, which not every kind meets yet.
    for (const kind of QUERY_KINDS) {
      expect(byKind[kind]!.recall, kind).toBeGreaterThanOrEqual(0.9);
      expect(byKind[kind]!.precision, kind).toBeGreaterThanOrEqual(0.9);
    }
    expect(byKind.compound!.recall).toBeGreaterThan(scanByKind.compound!.recall + 0.3);
    expect(byKind.typo!.recall).toBeGreaterThan(scanByKind.typo!.recall + 0.5);
  });
});
