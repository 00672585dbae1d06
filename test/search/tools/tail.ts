// Looks for slow warm queries at scale: runs the bench queries `reps` times on a built index and
// prints every run slower than a threshold (with the engine's rank time), to tell pauses from work.
import { SearchEngine } from "@/lib/search/engine";
import { memorySource } from "@/lib/search/memory";
import { readIndexDir, SCALE_QUERIES } from "../../../scripts/bench/queries";
import { parseQuery } from "@/lib/search/tokenize";
const dir = process.argv[2] ?? "bench/out/search/10000/_search";
const files = readIndexDir(dir);
const e = new SearchEngine(memorySource(files));
const qs = SCALE_QUERIES.map((x) => x.q);
for (const q of qs) await e.search(q, { limit: 20 });
let slow = 0;
let n = 0;
for (let rep = 0; rep < 10; rep++) {
  for (const q of qs) {
    const t0 = performance.now();
    await e.rank(parseQuery(q), { limit: 20 });
    const t1 = performance.now();
    await e.search(q, { limit: 20 });
    const t2 = performance.now();
    n++;
    if (t2 - t1 > 4) {
      slow++;
      console.log(
        `slow ${q} search ${(t2 - t1).toFixed(2)} (rank alone just before: ${(t1 - t0).toFixed(2)})`,
      );
    }
  }
}
console.log(`${slow}/${n} runs over 4 ms`);
