/**
 * The benchmark's window on the search engineer's code, loaded at run time so the harness still
 * runs (and says "search: not measured yet") before lib/search/build.ts exists.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import type { ContentModel } from "@/lib/content/types";
import { REPO_ROOT } from "./corpus";
import { isHashedSearchFile } from "@/lib/search/build";

export const SEARCH_BUILD_MODULE = path.join(REPO_ROOT, "lib", "search", "build.ts");
export const NOT_MEASURED =
  "search: not measured yet (lib/search/build.ts has no buildSearchArtifacts)";

export interface ArtifactFile {
  path: string;
  bytes: Uint8Array;
}

type BuildFn = (model: ContentModel) => unknown;

/** buildSearchArtifacts from lib/search/build.ts, or null when it is not there yet. */
export async function loadSearchBuilder(): Promise<BuildFn | null> {
  if (!existsSync(SEARCH_BUILD_MODULE)) return null;
  const mod: unknown = await import(pathToFileURL(SEARCH_BUILD_MODULE).href);
  const fn =
    typeof mod === "object" && mod !== null
      ? (mod as Record<string, unknown>).buildSearchArtifacts
      : undefined;
  return typeof fn === "function" ? (fn as BuildFn) : null;
}

const toBytes = (v: unknown): Uint8Array | null =>
  typeof v === "string" ? Buffer.from(v, "utf8") : v instanceof Uint8Array ? v : null;

/**
 * The files in whatever buildSearchArtifacts returned: an array of `{ path|name|file, content|data|bytes }`,
 * an object with such a `files` array, or a map/record from path to text or bytes.
 */
export function artifactFiles(artifacts: unknown): ArtifactFile[] {
  const fromEntry = (e: unknown): ArtifactFile | null => {
    if (typeof e !== "object" || e === null) return null;
    const r = e as Record<string, unknown>;
    const p = r.path ?? r.name ?? r.file ?? r.fileName;
    const b = toBytes(r.content ?? r.data ?? r.bytes ?? r.body ?? r.text);
    return typeof p === "string" && b ? { path: p, bytes: b } : null;
  };
  if (Array.isArray(artifacts))
    return artifacts.map(fromEntry).filter((f): f is ArtifactFile => f !== null);
  if (artifacts instanceof Map) {
    return [...artifacts].flatMap(([k, v]) => {
      const b = toBytes(v);
      return typeof k === "string" && b ? [{ path: k, bytes: b }] : [];
    });
  }
  if (typeof artifacts === "object" && artifacts !== null) {
    const r = artifacts as Record<string, unknown>;
    if (Array.isArray(r.files)) return artifactFiles(r.files);
    return Object.entries(r).flatMap(([k, v]) => {
      const b = toBytes(v);
      return b ? [{ path: k, bytes: b }] : [];
    });
  }
  return [];
}

/**
 * Sizes of a set of index files. Shards are the posting shards (`p/…`, see lib/search/build.ts);
 * when an index has no `p/` folder, every file named by a content hash counts.
 */
export function sizeArtifacts(files: readonly ArtifactFile[]): {
  rawBytes: number;
  gzipBytes: number;
  shards: number;
  files: number;
} {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const f of files) {
    rawBytes += f.bytes.byteLength;
    gzipBytes += gzipSync(f.bytes, { level: 9 }).byteLength;
  }
  const postings = files.filter((f) => f.path.startsWith("p/")).length;
  const hashed = files.filter((f) => isHashedSearchFile(f.path)).length;
  return { rawBytes, gzipBytes, shards: postings > 0 ? postings : hashed, files: files.length };
}

export { isHashedSearchFile };
