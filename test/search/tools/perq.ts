// Per-query rank and search times on a built index (bench/out/search/<n>/_search), warm.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { SearchEngine } from "@/lib/search/engine";
import { memorySource } from "@/lib/search/memory";
import { parseQuery } from "@/lib/search/tokenize";
const dir = process.argv[2] ?? "bench/out/search/10000/_search";
const files: { path: string; content: Uint8Array }[] = [];
const walk = (d: string) => {
  for (const f of readdirSync(d)) {
    const p = path.join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else files.push({ path: path.relative(dir, p), content: readFileSync(p) });
  }
};
walk(dir);
const e = new SearchEngine(memorySource(files));
const qs = [
  "障害",
  "監視",
  "コンテナ",
  "サービスメッシュ",
  "ﾃﾞﾌﾟﾛｲ",
  "デプロイする",
  "k8s 障害",
  "Helm チャート",
  "服务",
  "集群",
  "監控",
  "調度器",
  "存储卷",
  "컴포넌트",
  "렌더링",
  "상태",
  "백업",
  "etcd",
  "promet",
  "ingress controller",
  "namespace",
  "istio",
];
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
