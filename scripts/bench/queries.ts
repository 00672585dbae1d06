import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The queries the search benchmarks time: words found in the recombined corpora, in every
 * language, common and rare. One list for scripts/bench-search.ts, scripts/bench/index-limit.ts
 * and the tools in test/search/tools.
 */
export const BASE_QUERIES: readonly { q: string; lang: string }[] = [
  { q: "障害", lang: "ja" },
  { q: "監視", lang: "ja" },
  { q: "コンテナ", lang: "ja" },
  { q: "サービスメッシュ", lang: "ja" },
  { q: "ﾃﾞﾌﾟﾛｲ", lang: "ja" },
  { q: "デプロイする", lang: "ja" },
  { q: "k8s 障害", lang: "ja" },
  { q: "Helm チャート", lang: "ja" },
  { q: "服务", lang: "zh-Hans" },
  { q: "集群", lang: "zh-Hans" },
  { q: "監控", lang: "zh-Hant" },
  { q: "調度器", lang: "zh-Hant" },
  { q: "存储卷", lang: "zh-Hans" },
  { q: "컴포넌트", lang: "ko" },
  { q: "렌더링", lang: "ko" },
  { q: "상태", lang: "ko" },
  { q: "백업", lang: "ko" },
  { q: "etcd", lang: "en" },
  { q: "promet", lang: "en" },
  { q: "ingress controller", lang: "en" },
  { q: "namespace", lang: "en" },
  { q: "istio", lang: "en" },
];

/** BASE_QUERIES plus forms resolved at query time: a Korean particle, a Taiwan/Mainland variant. */
export const SCALE_QUERIES: readonly { q: string; lang: string }[] = [
  ...BASE_QUERIES,
  { q: "컴포넌트를", lang: "ko" },
  { q: "数据库", lang: "zh-Hans" },
];

/** Every file of a built search index folder (`…/_search`), by path relative to it, for `memorySource`. */
export function readIndexDir(dir: string): { path: string; content: Uint8Array }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { path: path.relative(dir, file), content: readFileSync(file) };
    });
}
