/**
 * Precompression of the static export: writes `x.br` (brotli, quality 11) and `x.gz` (gzip,
 * level 9) next to every text file of the site (HTML, the RSC payloads `.txt` that client
 * navigation and prefetch fetch, JS, CSS, JSON, XML, SVG, the search index's `.bin` shards), so a
 * server can send the smaller one the browser accepts without compressing per request.
 * scripts/serve-static.ts serves them (sirv `brotli`/`gzip`); most static hosts and CDNs do the
 * same or compress on their own. A compressed copy that would not save at least 10 % is not
 * written (the server then sends the file itself).
 *
 *   npx tsx scripts/precompress.ts [site-dir]   (default out; build-site.ts calls precompressSite)
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { parseArgv } from "./cli";
import { isMain } from "./is-main";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** File types worth compressing (text, and the search index's binary shards). */
export const COMPRESSIBLE = /\.(html|txt|js|mjs|css|json|xml|svg|map|webmanifest|bin)$/i;

/** A compressed copy is kept only when it is at most this fraction of the original. */
const KEEP_RATIO = 0.9;

/** Files smaller than this are sent as they are (headers outweigh the saving). */
const MIN_BYTES = 512;

export interface Compressed {
  br: Uint8Array | null;
  gz: Uint8Array | null;
}

/** The brotli and gzip forms of `data`, each null when it would not save enough. */
export async function compressBytes(data: Uint8Array): Promise<Compressed> {
  if (data.byteLength < MIN_BYTES) return { br: null, gz: null };
  const [br, gz] = await Promise.all([
    brotli(data, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.byteLength,
      },
    }),
    gzip(data, { level: 9 }),
  ]);
  const worth = (c: Uint8Array) => (c.byteLength <= data.byteLength * KEEP_RATIO ? c : null);
  return { br: worth(br), gz: worth(gz) };
}

export interface PrecompressStats {
  files: number;
  bytes: number;
  brBytes: number;
  gzBytes: number;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && COMPRESSIBLE.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/**
 * Writes the `.br` and `.gz` copies of every compressible file under `siteDir`, replacing older
 * ones (and removing an old copy that is no longer worth keeping). Sizes count the form a browser
 * accepting brotli gets (the file itself where no copy is kept).
 */
export async function precompressSite(siteDir: string): Promise<PrecompressStats> {
  const stats: PrecompressStats = { files: 0, bytes: 0, brBytes: 0, gzBytes: 0 };
  const files = await listFiles(siteDir);
  // A few at a time: brotli at quality 11 is CPU-bound and the machine may be building too.
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const data = await fs.readFile(file);
      const { br, gz } = await compressBytes(data);
      for (const [ext, bytes] of [
        [".br", br],
        [".gz", gz],
      ] as const) {
        if (bytes) await fs.writeFile(file + ext, bytes);
        else await fs.rm(file + ext, { force: true });
      }
      stats.files++;
      stats.bytes += data.byteLength;
      stats.brBytes += br?.byteLength ?? data.byteLength;
      stats.gzBytes += gz?.byteLength ?? data.byteLength;
    }
  };
  await Promise.all([worker(), worker()]);
  return stats;
}

export function formatPrecompressStats(s: PrecompressStats): string {
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  return `shiori: precompressed ${s.files} files, ${mb(s.bytes)} → ${mb(s.brBytes)} brotli, ${mb(s.gzBytes)} gzip`;
}

if (isMain(import.meta.url)) {
  const { positionals } = parseArgv({
    command: "precompress",
    usage:
      "Usage: npx tsx scripts/precompress.ts [site-dir]   (default out; build-site.ts calls precompressSite)",
    positionals: [{ name: "site-dir", default: "out" }],
  });
  precompressSite(path.resolve(positionals[0])).then(
    (s) => console.log(formatPrecompressStats(s)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
