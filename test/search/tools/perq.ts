import { runPipeline } from "@/lib/content/pipeline";
import { buildSearchArtifacts } from "@/lib/search/build";
import { SearchEngine } from "@/lib/search/engine";
import { memorySource } from "@/lib/search/memory";
import { parseQuery } from "@/lib/search/tokenize";
const n = process.argv[2] ?? "1000";
const m = await runPipeline({ contentDir: `bench/corpus/search-${n}`, cacheDir: `.shiori-cache/bench-search-${n}` });
const { files } = buildSearchArtifacts(m);
const e = new SearchEngine(memorySource(files));
const qs = ["障害","監視","コンテナ","サービスメッシュ","ﾃﾞﾌﾟﾛｲ","デプロイする","k8s 障害","Helm チャート","服务","集群","監控","調度器","存储卷","컴포넌트","렌더링","상태","백업","etcd","promet","ingress controller","namespace","istio"];
for (const q of qs) await e.search(q, { limit: 20 });
for (const q of qs) {
  const t0 = performance.now();
  const r = await e.rank(parseQuery(q), { limit: 20 });
  const t1 = performance.now();
  const s = await e.search(q, { limit: 20 });
  const t2 = performance.now();
  console.log(q.padEnd(20), `rank ${(t1 - t0).toFixed(2)}  search ${(t2 - t1).toFixed(2)}  total ${r.total}  textlen ${s.results.reduce((a, h) => a + h.doc.text.length, 0)}`);
}
