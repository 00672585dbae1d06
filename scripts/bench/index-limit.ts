/**
 * Where does the browser search index stop being fine? Builds the index of the 10,000-note corpus
 * repeated 1, 2, 5 (and 10) times — each copy under its own note slugs, so every posting list grows
 * as it would with that many notes of this kind — and measures, per query, what a reader's first
 * query would download (the manifest, the posting shards and large posting files of its tokens,
 * the section-store chunks of the results shown: JSON counted gzipped, .bin as served, like
 * scripts/bench-search.ts) and the warm query time in Node.
 *
 *   tsx scripts/bench/index-limit.ts [--base 10000] [--factors 1,2,5,10]   (factors default 1,2,5)
 *
 * Writes bench/index-limit.json. Repetition keeps the vocabulary of 10,000 notes while postings
 * grow: real notes would also add new words, which makes shards (not postings) grow; both are
 * reported.
 */
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { runPipeline } from "@/lib/content/pipeline";
import type { ContentModel, NoteSlug } from "@/lib/content/types";
import { buildSearchArtifacts } from "@/lib/search/build";
import { SearchEngine } from "@/lib/search/engine";
import { memorySource } from "@/lib/search/memory";
import { makeCorpus, REPO_ROOT } from "./corpus";
import { BASE_QUERIES } from "./queries";
import { parseArgv, positiveInt, sizeList } from "../cli";
import { isMain } from "../is-main";

/** The latency queries of scripts/bench-search.ts, without the query-time forms. */
export const LIMIT_QUERIES = BASE_QUERIES.map((x) => x.q);

export interface LimitRow {
  /** Notes the repeated corpus stands for. */
  notes: number;
  indexBuildMs: number;
  indexFiles: number;
  indexRawBytes: number;
  manifestBytes: number;
  /** Bytes a reader downloads for a first query (cold engine), over LIMIT_QUERIES. */
  firstQueryBytes: { p50: number; p95: number; max: number; maxQuery: string };
  /** Files fetched by that first query, p95. */
  firstQueryFilesP95: number;
  /** Warm query time in Node (5 runs of each query after the first). */
  warmMs: { p50: number; p95: number };
}

const quantile = (xs: readonly number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? 0;
};

/** The model with its notes repeated `factor` times under distinct slugs (`<slug>~2`, …). */
export function repeatModel(model: ContentModel, factor: number): ContentModel {
  if (factor === 1) return model;
  const notes = [];
  for (let k = 0; k < factor; k++) {
    for (const n of model.notes)
      notes.push(k === 0 ? n : { ...n, slug: `${n.slug}~${k + 1}` as NoteSlug });
  }
  return { ...model, notes };
}

async function measure(model: ContentModel, notes: number): Promise<LimitRow> {
  const t0 = performance.now();
  const { files } = buildSearchArtifacts(model);
  const indexBuildMs = performance.now() - t0;
  const transferred = new Map<string, number>();
  for (const f of files) {
    const bytes = typeof f.content === "string" ? Buffer.from(f.content, "utf8") : f.content;
    transferred.set(
      f.path,
      f.path.endsWith(".json") ? gzipSync(bytes).byteLength : bytes.byteLength,
    );
  }
  const firstBytes: number[] = [];
  const firstFiles: number[] = [];
  let maxQuery = "";
  for (const q of LIMIT_QUERIES) {
    let bytes = 0;
    let count = 0;
    const engine = new SearchEngine(
      memorySource(files, (p) => {
        bytes += transferred.get(p) ?? 0;
        count++;
      }),
    );
    await engine.search(q);
    if (bytes > Math.max(0, ...firstBytes)) maxQuery = q;
    firstBytes.push(bytes);
    firstFiles.push(count);
  }
  const engine = new SearchEngine(memorySource(files));
  for (const q of LIMIT_QUERIES) await engine.search(q);
  const times: number[] = [];
  for (let rep = 0; rep < 5; rep++) {
    for (const q of LIMIT_QUERIES) {
      const t = performance.now();
      await engine.search(q);
      times.push(performance.now() - t);
    }
  }
  const manifest = files.find((f) => f.path === "manifest.json");
  return {
    notes,
    indexBuildMs,
    indexFiles: files.length,
    indexRawBytes: [...files].reduce(
      (n, f) =>
        n + (typeof f.content === "string" ? Buffer.byteLength(f.content) : f.content.byteLength),
      0,
    ),
    manifestBytes: manifest ? (transferred.get(manifest.path) ?? 0) : 0,
    firstQueryBytes: {
      p50: quantile(firstBytes, 0.5),
      p95: quantile(firstBytes, 0.95),
      max: Math.max(...firstBytes),
      maxQuery,
    },
    firstQueryFilesP95: quantile(firstFiles, 0.95),
    warmMs: { p50: quantile(times, 0.5), p95: quantile(times, 0.95) },
  };
}

async function main() {
  const { values } = parseArgv({
    command: "index-limit",
    usage: `Usage: tsx scripts/bench/index-limit.ts [--base 10000] [--factors 1,2,5,10]
  --base N          the corpus the index is built from (notes; default 10000)
  --factors 1,2,5   how many times the corpus is repeated (default 1,2,5)`,
    options: {
      base: { type: "string", default: "10000", parse: positiveInt },
      factors: { type: "string", default: "1,2,5", parse: sizeList },
    },
  });
  const { base, factors } = values;
  const contentDir = path.join(REPO_ROOT, "bench", "corpus", String(base));
  if (!existsSync(path.join(contentDir, "notes")))
    await makeCorpus({ notes: base, outDir: contentDir });
  const cacheDir = path.join(REPO_ROOT, ".build", "bench", `pipeline-cache-${base}`);
  const t = performance.now();
  const model = await runPipeline({ contentDir, cacheDir });
  console.log(
    `index-limit: ${model.notes.length} notes loaded in ${((performance.now() - t) / 1000).toFixed(1)} s (${model.stats.cached} from cache)`,
  );
  const rows: LimitRow[] = [];
  for (const f of factors) {
    const row = await measure(repeatModel(model, f), model.notes.length * f);
    rows.push(row);
    console.log(
      `  ${row.notes} notes: index ${(row.indexBuildMs / 1000).toFixed(1)} s, ${row.indexFiles} files, ${(row.indexRawBytes / 1e6).toFixed(0)} MB; ` +
        `first query p50 ${(row.firstQueryBytes.p50 / 1024).toFixed(0)} KB, p95 ${(row.firstQueryBytes.p95 / 1024).toFixed(0)} KB, max ${(row.firstQueryBytes.max / 1024).toFixed(0)} KB ("${row.firstQueryBytes.maxQuery}"); ` +
        `warm p50 ${row.warmMs.p50.toFixed(2)} ms, p95 ${row.warmMs.p95.toFixed(2)} ms`,
    );
  }
  const out = path.join(REPO_ROOT, "bench", "index-limit.json");
  await fs.writeFile(
    out,
    JSON.stringify(
      { createdAt: new Date().toISOString(), base, queries: LIMIT_QUERIES, rows },
      null,
      2,
    ) + "\n",
  );
  console.log(`index-limit: wrote ${path.relative(process.cwd(), out)}`);
}

if (isMain(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`index-limit: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
