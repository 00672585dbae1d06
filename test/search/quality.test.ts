import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { SearchEngine } from "@/lib/search/engine";
import { createMemorySearch } from "@/lib/search/memory";
import { evaluate, labelledSetSchema } from "@/lib/search/quality";
import { loadCorpus, REPO } from "./seed-model";

const set = labelledSetSchema.parse(
  JSON.parse(readFileSync(path.join(REPO, "test/search/queries.json"), "utf8")),
);
let engine: SearchEngine;

beforeAll(async () => {
  engine = createMemorySearch(await loadCorpus(set.corpus));
});

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

  it("meets recall ≥ 0.98 and precision ≥ 0.98 on the labelled set", async () => {
    const report = await evaluate(set, run);
    const misses = report.perQuery.filter((s) => s.recall < 1 || s.precision < 1);
    expect(report.recall, JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(0.98);
    expect(report.precision, JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(0.98);
  });
});
