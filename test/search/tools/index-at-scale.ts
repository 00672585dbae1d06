// Writes the search index of an N-note benchmark corpus to bench/out/search/<n>/_search (the layout
// `npm run bench:search` serves), building the corpus first when it is missing. For profiling with
// tail.ts / perq.ts without running the whole benchmark.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runPipeline } from "@/lib/content/pipeline";
import { buildSearchArtifacts } from "@/lib/search/build";
import { makeCorpus } from "@/scripts/bench/corpus";
const n = Number(process.argv[2] ?? 10000);
const corpus = `bench/corpus/search-${n}`;
if (!existsSync(path.join(corpus, "notes")))
  console.log("corpus", await makeCorpus({ notes: n, outDir: corpus }));
const model = await runPipeline({
  contentDir: corpus,
  cacheDir: `.shiori-cache/bench-search-${n}`,
});
const { files } = buildSearchArtifacts(model);
const out = `bench/out/search/${n}/_search`;
rmSync(out, { recursive: true, force: true });
for (const f of files) {
  mkdirSync(path.dirname(path.join(out, f.path)), { recursive: true });
  writeFileSync(path.join(out, f.path), f.content);
}
console.log(`${files.length} files in ${out}`);
