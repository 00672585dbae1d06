// Per-query rank and search times on a built index (bench/out/search/<n>/_search), warm.
import { SearchEngine } from "@/lib/search/engine";
import { memorySource } from "@/lib/search/memory";
import { readIndexDir, SCALE_QUERIES } from "../../../scripts/bench/queries";
import { parseQuery } from "@/lib/search/tokenize";
const dir = process.argv[2] ?? "bench/out/search/10000/_search";
const files = readIndexDir(dir);
const e = new SearchEngine(memorySource(files));
const qs = SCALE_QUERIES.map((x) => x.q);
for (const q of qs) await e.search(q, { limit: 20 });
for (let rep = 0; rep < 2; rep++)
  for (const q of qs) {
    const t0 = performance.now();
    const r = await e.rank(parseQuery(q), { limit: 20 });
    const t1 = performance.now();
    const s = await e.search(q, { limit: 20 });
    const t2 = performance.now();
    if (rep === 1)
      console.log(
        q.padEnd(20),
        `rank ${(t1 - t0).toFixed(2)}  search ${(t2 - t1).toFixed(2)}  total ${r.total}  textlen ${s.results.reduce((a, h) => a + h.doc.text.length, 0)}`,
      );
  }
