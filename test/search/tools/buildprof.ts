// Times (and with --cpu-prof, profiles) building the search index of a benchmark corpus.
import { runPipeline } from "@/lib/content/pipeline";
import { buildSearchArtifacts } from "@/lib/search/build";
const n = process.argv[2] ?? "1000";
const m = await runPipeline({
  contentDir: `bench/corpus/search-${n}`,
  cacheDir: `.shiori-cache/bench-search-${n}`,
});
const t = performance.now();
buildSearchArtifacts(m);
console.log("build ms", Math.round(performance.now() - t));
