// Builds (or with --reuse, re-reads) a benchmark corpus of N notes and prints index size by file kind.
import { makeCorpus } from "@/scripts/bench/corpus";
import { runPipeline } from "@/lib/content/pipeline";
import { toSearchDocs } from "@/lib/search/docs";
import { buildFromDocs } from "@/lib/search/build";
import { gzipSync } from "node:zlib";
const n = Number(process.argv[2] ?? 1000);
const dir = `bench/corpus/search-${n}`;
let t = performance.now();
const c = process.argv.includes("--reuse") ? null : await makeCorpus({ notes: n, outDir: dir });
console.log("corpus", c, Math.round(performance.now() - t));
t = performance.now();
const model = await runPipeline({ contentDir: dir, cacheDir: `.shiori-cache/bench-search-${n}` });
console.log("pipeline", model.notes.length, Math.round(performance.now() - t));
t = performance.now();
const docs = toSearchDocs(model);
const { files, stats } = buildFromDocs(docs, {});
console.log("build", Math.round(performance.now() - t), stats);
let raw = 0,
  gz = 0;
const by: Record<string, [number, number, number]> = {};
for (const f of files) {
  const b = typeof f.content === "string" ? Buffer.from(f.content) : f.content;
  const g = gzipSync(b).length;
  raw += b.length;
  gz += g;
  const k = f.path.split("/")[0]!.split(".")[0]!;
  by[k] ??= [0, 0, 0];
  by[k][0]++;
  by[k][1] += b.length;
  by[k][2] += g;
}
console.log(
  "bytes",
  raw,
  gz,
  by,
  "text",
  docs.reduce((s, d) => s + d.text.length, 0),
);
