// First-use vs warm latency per query on a built index (bench/out/search/<n>/_search), in Node:
// a fresh engine per query for first use (files read from memory, so this is decode + rank +
// snippets without network), then warm repetitions on one engine. Also times shard decoding.
import { SearchEngine } from "@/lib/search/engine";
import { memorySource } from "@/lib/search/memory";
import { readIndexDir, SCALE_QUERIES } from "../../../scripts/bench/queries";
import { decodeShard } from "@/lib/search/postings";
const dir = process.argv[2] ?? "bench/out/search/10000/_search";
const files = readIndexDir(dir);
const qs = SCALE_QUERIES.map((x) => x.q);
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
// warm up the JIT on a throwaway engine
{
  const e = new SearchEngine(memorySource(files));
  for (const q of qs) await e.search(q);
}
const first: number[] = [];
for (const q of qs) {
  const e = new SearchEngine(memorySource(files));
  await e.manifest();
  const t = performance.now();
  await e.search(q, { limit: 20 });
  first.push(performance.now() - t);
}
const e = new SearchEngine(memorySource(files));
for (const q of qs) await e.search(q, { limit: 20 });
const warm: number[] = [];
const per = new Map<string, number[]>();
for (let r = 0; r < 10; r++)
  for (const q of qs) {
    const t = performance.now();
    await e.search(q, { limit: 20 });
    const d = performance.now() - t;
    warm.push(d);
    per.set(q, [...(per.get(q) ?? []), d]);
  }
for (const [i, q] of qs.entries())
  console.log(
    q.padEnd(20),
    `first ${first[i]!.toFixed(2)}  warm median ${pct(per.get(q)!, 50).toFixed(2)} max ${Math.max(...per.get(q)!).toFixed(2)}`,
  );
console.log(
  `first use: p50 ${pct(first, 50).toFixed(2)} p95 ${pct(first, 95).toFixed(2)}; warm: p50 ${pct(warm, 50).toFixed(2)} p95 ${pct(warm, 95).toFixed(2)}`,
);
const shards = files.filter((f) => f.path.startsWith("p/"));
const t = performance.now();
for (const s of shards.slice(0, 200)) decodeShard(s.content);
console.log(
  `decodeShard: ${((performance.now() - t) / Math.min(200, shards.length)).toFixed(3)} ms per shard (${shards.length} shards, avg ${(shards.reduce((a, s) => a + s.content.length, 0) / shards.length / 1024).toFixed(1)} KB)`,
);
