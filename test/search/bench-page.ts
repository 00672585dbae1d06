/**
 * Browser side of `npm run bench:search` (bundled with esbuild by scripts/bench-search.ts, served
 * with the index from a local server, driven by Playwright). Exposes `window.shioriBench`.
 */
import { createSearchClient } from "@/lib/search/client";

interface PagefindResult {
  data(): Promise<{ url: string }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

const pagefinds = new Map<string, Promise<Pagefind>>();

/** One Pagefind instance per page language (Pagefind searches the index of `<html lang>`). */
function pagefindFor(lang: string): Promise<Pagefind> {
  let p = pagefinds.get(lang);
  if (!p) {
    document.documentElement.lang = lang;
    const url = `/pagefind/pagefind.js?lang=${encodeURIComponent(lang)}`;
    p = (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ basePath: "/pagefind/" });
      await pf.init();
      return pf;
    });
    pagefinds.set(lang, p);
  }
  return p;
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

const bench = {
  /** A fresh engine's first query: time to results with snippets. */
  async first(q: string, limit = 20) {
    const engine = createSearchClient({ base: "/_search/" });
    const t = performance.now();
    const r = await engine.search(q, { limit });
    return { ms: performance.now() - t, total: r.total };
  },
  /**
   * First use of each query: a fresh engine per query (manifest, shards and section chunks all
   * fetched), the wait a reader has for the first results of a session.
   */
  async firstEach(queries: string[], limit = 20) {
    const times: number[] = [];
    for (const q of queries) {
      const engine = createSearchClient({ base: "/_search/" });
      const t = performance.now();
      await engine.search(q, { limit });
      times.push(performance.now() - t);
    }
    return { p50: percentile(times, 50), p95: percentile(times, 95), samples: times.length };
  },
  /** Warm latency: every query once to load its shards, then `reps` timed runs of each. */
  async latency(queries: string[], reps: number, limit = 20) {
    const engine = createSearchClient({ base: "/_search/" });
    const cold: number[] = [];
    for (const q of queries) {
      const t = performance.now();
      await engine.search(q, { limit });
      cold.push(performance.now() - t);
    }
    const warm: number[] = [];
    const perQuery: number[][] = queries.map(() => []);
    for (let r = 0; r < reps; r++) {
      for (const [i, q] of queries.entries()) {
        const t = performance.now();
        await engine.search(q, { limit });
        const d = performance.now() - t;
        warm.push(d);
        perQuery[i]!.push(d);
      }
    }
    // Each query's median over its repetitions: robust to pauses caused by other processes.
    const medians = perQuery.map((xs) => percentile(xs, 50));
    return {
      p50: percentile(warm, 50),
      p95: percentile(warm, 95),
      medianP50: percentile(medians, 50),
      medianP95: percentile(medians, 95),
      coldP50: percentile(cold, 50),
      coldP95: percentile(cold, 95),
      samples: warm.length,
    };
  },
  /** Result keys of our engine for labelled queries (all results). */
  async keys(queries: string[]) {
    const engine = createSearchClient({ base: "/_search/" });
    const out: { key: string; exact: boolean }[][] = [];
    for (const q of queries)
      out.push(
        (await engine.search(q, { limit: 500 })).results.map((h) => ({
          key: h.doc.key,
          exact: h.exact,
        })),
      );
    return out;
  },
  /** Pagefind's result URLs for queries, each searched in its own language's index. */
  async pagefindUrls(queries: { q: string; lang: string }[]) {
    const out: string[][] = [];
    for (const { q, lang } of queries) {
      const pf = await pagefindFor(lang);
      const r = await pf.search(q);
      out.push(await Promise.all(r.results.map(async (x) => (await x.data()).url)));
    }
    return out;
  },
  /** Pagefind's first query (fresh instance): search plus the data of the first `limit` results. */
  async pagefindFirst(q: string, lang: string, limit = 20) {
    const t = performance.now();
    const pf = await pagefindFor(lang);
    const r = await pf.search(q);
    await Promise.all(r.results.slice(0, limit).map((x) => x.data()));
    return { ms: performance.now() - t, total: r.results.length };
  },
  /** Pagefind warm latency, measured like ours (search + data of the first `limit` results). */
  async pagefindLatency(queries: { q: string; lang: string }[], reps: number, limit = 20) {
    const run = async ({ q, lang }: { q: string; lang: string }) => {
      const pf = await pagefindFor(lang);
      const r = await pf.search(q);
      await Promise.all(r.results.slice(0, limit).map((x) => x.data()));
    };
    for (const x of queries) await run(x);
    const warm: number[] = [];
    for (let i = 0; i < reps; i++) {
      for (const x of queries) {
        const t = performance.now();
        await run(x);
        warm.push(performance.now() - t);
      }
    }
    return { p50: percentile(warm, 50), p95: percentile(warm, 95), samples: warm.length };
  },
};

declare global {
  interface Window {
    shioriBench: typeof bench;
  }
}
window.shioriBench = bench;
