/**
 * Serves the static export (`out/`) on http://localhost:3000 (PORT to change) with clean URLs
 * (`/notes/x` → `out/notes/x.html`), immutable caching for hashed assets and search shards, and the
 * site's 404 page for unknown paths. A file's precompressed copy (`.br`, `.gz`, written by
 * scripts/precompress.ts at build time) is sent when the browser accepts it, with
 * `Vary: Accept-Encoding` so caches keep the forms apart.
 *
 *   tsx scripts/serve-static.ts   (no arguments; `npm start` builds first)   SHIORI_OUT_DIR, PORT, HOST
 */
import { createReadStream, existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import sirv from "sirv";
import { OFFLINE_MANIFEST_PATH, SERVICE_WORKER_PATH } from "@/lib/offline/policy";
import { FEED_CONTENT_TYPE, FEED_PATH } from "@/lib/portal/feed";
import { isHashedSearchFile } from "@/lib/search/build";
import { parseArgv } from "./cli";
import { isMain } from "./is-main";

export interface StaticServerOptions {
  /** Send the precompressed `.br`/`.gz` copy a browser accepts (default true; false to measure without). */
  compressed?: boolean;
}

export function createStaticServer(root: string, options: StaticServerOptions = {}): http.Server {
  const compressed = options.compressed ?? true;
  const assets = sirv(root, {
    extensions: ["html"],
    dev: false,
    etag: true,
    brotli: compressed,
    gzip: compressed,
    setHeaders(res, pathname) {
      // The Atom feed (app/feed.xml): feed readers look at the type.
      if (pathname === FEED_PATH) res.setHeader("Content-Type", FEED_CONTENT_TYPE);
      // The service worker and its page list: browsers must see a new build's at once.
      if (pathname === SERVICE_WORKER_PATH || pathname === OFFLINE_MANIFEST_PATH)
        res.setHeader("Cache-Control", "no-cache");
      // Hashed assets and search shards never change; only the search manifest is revalidated.
      const hashedSearch = pathname.startsWith("/_search/") && isHashedSearchFile(pathname);
      // Files notes show are named by their content (`/_media/<hash>/<name>`).
      if (
        pathname.startsWith("/_next/static/") ||
        hashedSearch ||
        pathname.startsWith("/_media/")
      ) {
        res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
      }
    },
  });
  const notFound = path.join(root, "404.html");
  return http.createServer((req, res) => {
    assets(req, res, () => {
      res.statusCode = 404;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end("Not found");
    });
  });
}

if (isMain(import.meta.url)) {
  parseArgv({
    command: "serve-static",
    usage: `Usage: tsx scripts/serve-static.ts   (no arguments; \`npm start\` builds first)
Serves the static export on http://localhost:3000 with clean URLs and precompressed copies.
  SHIORI_OUT_DIR (out), PORT (3000), HOST (127.0.0.1)`,
  });
  const root = path.resolve(process.env.SHIORI_OUT_DIR ?? "out");
  if (!existsSync(path.join(root, "index.html"))) {
    console.error(`shiori: ${root} has no built site. Run "npm run build" first.`);
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? "127.0.0.1";
  createStaticServer(root).listen(port, host, () => {
    console.log(
      `Shiori is serving ${path.relative(process.cwd(), root) || "."} at http://localhost:${port}/`,
    );
  });
}
