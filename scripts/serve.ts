/**
 * `npm run serve`: server mode. Builds the content model (prebuild into `generated/`), builds Next
 * for its production server (`SHIORI_SERVER=1 next build` into `.next-server/`), then runs Next's
 * production server on http://127.0.0.1:3000 (PORT, HOST to change). No page is pre-rendered: each
 * is rendered from the content model when it is asked for, at the same URLs as the static export,
 * with a Content-Security-Policy header whose nonce is fresh for every response (proxy.ts). Build
 * time therefore does not grow with the number of notes.
 *
 * The search index is served from `<generated>/_search/` at `/_search/` by this process (in front
 * of Next's request handler), with the same immutable caching as the static server, so nothing is
 * copied into `public/`.
 *
 *   tsx scripts/serve.ts [--no-build] [--port 3000] [--host 127.0.0.1]
 *   SHIORI_CONTENT_DIR (content), SHIORI_GENERATED_DIR (generated), SHIORI_SERVER_DIST_DIR (.next-server)
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sirv from "sirv";
import { TaxonomyError } from "@/lib/content/taxonomy";
import { isHashedSearchFile } from "./bench/search-adapter";
import { prebuild } from "./prebuild";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface ServeOptions {
  contentDir: string;
  generatedDir: string;
  /** Next's build folder for the server build, relative to the repository (Next wants it relative). */
  distDir: string;
  port: number;
  host: string;
  /** Parsed-note cache of prebuild (default: .shiori-cache/notes). */
  cacheDir?: string;
  quiet?: boolean;
}

export function defaultServeOptions(env: NodeJS.ProcessEnv = process.env): ServeOptions {
  return {
    contentDir: path.resolve(env.SHIORI_CONTENT_DIR ?? "content"),
    generatedDir: path.resolve(env.SHIORI_GENERATED_DIR ?? "generated"),
    distDir: env.SHIORI_SERVER_DIST_DIR ?? ".next-server",
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? "127.0.0.1",
  };
}

function serverEnv(options: ServeOptions): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    SHIORI_SERVER: "1",
    SHIORI_CONTENT_DIR: options.contentDir,
    SHIORI_GENERATED_DIR: options.generatedDir,
    SHIORI_DIST_DIR: options.distDir,
  };
}

/** prebuild + `SHIORI_SERVER=1 next build`. Resolves to the wall time of each. */
export async function buildServer(
  options: ServeOptions,
): Promise<{ prebuildMs: number; nextBuildMs: number }> {
  const t0 = performance.now();
  await prebuild({
    contentDir: options.contentDir,
    generatedDir: options.generatedDir,
    cacheDir: options.cacheDir,
    quiet: options.quiet,
  });
  const prebuildMs = performance.now() - t0;
  const t1 = performance.now();
  const nextBin = path.join(REPO_ROOT, "node_modules", "next", "dist", "bin", "next");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, "build"], {
      cwd: REPO_ROOT,
      env: serverEnv(options),
      stdio: options.quiet ? ["ignore", "ignore", "inherit"] : "inherit",
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`SHIORI_SERVER=1 next build exited with ${code}`)),
    );
  });
  return { prebuildMs, nextBuildMs: performance.now() - t1 };
}

export interface RunningServer {
  url: string;
  server: http.Server;
  close(): Promise<void>;
}

/**
 * Starts Next's production server for the server build in this process, with `/_search/` served
 * from the generated folder. Port 0 picks a free port (see `url`).
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const buildId = path.join(REPO_ROOT, options.distDir, "BUILD_ID");
  if (!existsSync(buildId)) {
    throw new Error(
      `${options.distDir}/ has no server build. Run "npm run serve" without --no-build first.`,
    );
  }
  if (!existsSync(path.join(options.generatedDir, "content.json"))) {
    throw new Error(
      `${path.relative(process.cwd(), options.generatedDir)}/content.json is missing. Run "npm run serve" without --no-build first.`,
    );
  }
  // Next reads next.config.ts and the pages read lib/content from these, in this process.
  Object.assign(process.env, serverEnv(options));
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: REPO_ROOT, hostname: options.host, port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const searchDir = path.join(options.generatedDir, "_search");
  const search = existsSync(searchDir)
    ? sirv(searchDir, {
        dev: false,
        etag: true,
        setHeaders(res, pathname) {
          // Index files named by content hash never change: cache them for a year.
          if (isHashedSearchFile(pathname))
            res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
          else res.setHeader("Cache-Control", "no-cache");
        },
      })
    : null;
  if (!search && !options.quiet)
    console.warn(`shiori: ${searchDir} does not exist, so search has no index to load.`);
  const server = http.createServer((req, res) => {
    const url = req.url ?? "/";
    if (url === "/_search" || url.startsWith("/_search/")) {
      const notFound = () => {
        res.statusCode = 404;
        res.setHeader("Content-Type", "text/plain; charset=utf-8");
        res.end(`Not found: ${url} is not in the search index (${searchDir}).`);
      };
      req.url = url.slice("/_search".length) || "/";
      if (search) search(req, res, notFound);
      else notFound();
      return;
    }
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end("Internal server error");
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host === "0.0.0.0" || options.host === "::" ? "localhost" : options.host;
  return {
    url: `http://${host}:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        void app.close();
      }),
  };
}

function parseArgs(
  argv: readonly string[],
  base: ServeOptions,
): { options: ServeOptions; build: boolean } {
  const options = { ...base };
  let build = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--no-build") build = false;
    else if (a === "--port") options.port = Number(argv[++i]);
    else if (a === "--host") options.host = argv[++i] ?? options.host;
    else throw new Error(`unknown option ${a}. Options: --no-build, --port N, --host H`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535)
    throw new Error("--port takes a port number (0 picks a free one).");
  return { options, build };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  (async () => {
    const { options, build } = parseArgs(process.argv.slice(2), defaultServeOptions());
    if (build) {
      const t = await buildServer(options);
      console.log(
        `shiori: server build ready (prebuild ${(t.prebuildMs / 1000).toFixed(1)} s, next build ${(t.nextBuildMs / 1000).toFixed(1)} s)`,
      );
    }
    const running = await startServer(options);
    console.log(
      `Shiori server mode: ${running.url}/ (pages rendered on demand from ${path.relative(process.cwd(), options.generatedDir)}/content.json)`,
    );
    const stop = () => {
      void running.close().then(() => process.exit(0));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  })().catch((error: unknown) => {
    console.error(
      `shiori: ${error instanceof TaxonomyError || error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  });
}
