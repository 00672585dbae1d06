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
 * With `--watch` (or SHIORI_WATCH=1) the content folder is watched while the server runs: an
 * edited, added or removed note re-runs prebuild (incremental: only changed notes are parsed) into
 * the generated folder, and the next request renders from the new model and searches the new
 * index. No `next build` is needed, since no page is pre-rendered.
 *
 *   npm run serve -- [--no-build] [--watch] [--port 3000] [--host 127.0.0.1]
 *   SHIORI_CONTENT_DIR (content), SHIORI_GENERATED_DIR (generated), SHIORI_SERVER_DIST_DIR (.next-server),
 *   SHIORI_CACHE_DIR (.shiori-cache/notes: prebuild's parsed-note cache), SHIORI_WATCH=1 (as --watch)
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sirv from "sirv";
import { MEDIA_DIR } from "@/lib/content/assets";
import { SERVICE_WORKER_PATH } from "@/lib/offline/policy";
import { modelXmlFile } from "@/lib/portal/feed";
import { modelJsonFile } from "@/lib/portal/model-json";
import { siteConfig } from "@/lib/portal/site-config";
import { readContentModel } from "@/lib/content";
import { isHashedSearchFile } from "@/lib/search/build";
import { TaxonomyError } from "@/lib/content/taxonomy";
import { prebuild } from "./prebuild";
import { rebuiltLine, watchContent, type ContentWatcher } from "./watch-content";
import { CliUsageError, parseArgv, type Converter } from "./cli";
import { isMain } from "./is-main";

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
  /** Watch contentDir and rebuild the content model and search index on changes (--watch). */
  watch?: boolean;
}

export function defaultServeOptions(env: NodeJS.ProcessEnv = process.env): ServeOptions {
  return {
    contentDir: path.resolve(env.SHIORI_CONTENT_DIR ?? "content"),
    generatedDir: path.resolve(env.SHIORI_GENERATED_DIR ?? "generated"),
    distDir: env.SHIORI_SERVER_DIST_DIR ?? ".next-server",
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? "127.0.0.1",
    cacheDir: env.SHIORI_CACHE_DIR ? path.resolve(env.SHIORI_CACHE_DIR) : undefined,
    watch: env.SHIORI_WATCH === "1",
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
  /** The content watcher (with `watch`), null otherwise. */
  watcher: ContentWatcher | null;
  close(): Promise<void>;
}

/**
 * `/_search/` from the search index folder. sirv lists the folder once when it is created (with
 * `dev: false`), so after a rebuild writes new hashed files a new handler is made.
 */
function searchHandler(searchDir: string) {
  if (!existsSync(searchDir)) return null;
  return sirv(searchDir, {
    dev: false,
    etag: true,
    setHeaders(res, pathname) {
      // Index files named by content hash never change: cache them for a year. The manifest that
      // names them is revalidated on every load, so a rebuilt index is picked up.
      if (isHashedSearchFile(pathname))
        res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
      else res.setHeader("Cache-Control", "no-cache");
    },
  });
}

/**
 * A file the site builds from the content model (MODEL_JSON_FILES: the checklist data;
 * MODEL_XML_FILES: the feed and the sitemap), from the current model; null for other paths. The
 * static export writes them once (`force-static` route handlers), and in server mode Next would
 * likewise serve the build's copy for ever while the pages, rendered per request, show the current
 * notes; so this process answers them from the model the pages render from, with the same code.
 */
function modelResponse(
  url: string,
  contentJson: string,
): { contentType: string; cacheControl: string; body: string } | null {
  const { pathname, searchParams } = new URL(url, "http://localhost");
  const json = modelJsonFile(pathname);
  if (json) {
    const { body, hash } = json(readContentModel(contentJson));
    return {
      contentType: "application/json",
      // The URL the pages use names the data's hash: cache it for good. Anything else: revalidate.
      cacheControl:
        searchParams.get("v") === hash ? "public, max-age=31536000, immutable" : "no-cache",
      body: JSON.stringify(body),
    };
  }
  const xml = modelXmlFile(pathname);
  if (xml) {
    const { body, contentType } = xml(readContentModel(contentJson), siteConfig().siteUrl);
    return { contentType, cacheControl: "no-cache", body };
  }
  return null;
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
  const contentJson = path.join(options.generatedDir, "content.json");
  let search = searchHandler(searchDir);
  const mediaDir = path.join(options.generatedDir, MEDIA_DIR);
  let media: ReturnType<typeof sirv> | null = null;
  if (!search && !options.quiet)
    console.warn(`shiori: ${searchDir} does not exist, so search has no index to load.`);
  const server = http.createServer((req, res) => {
    const url = req.url ?? "/";
    if (req.method === "GET" || req.method === "HEAD") {
      let file: ReturnType<typeof modelResponse> = null;
      try {
        file = modelResponse(url, contentJson);
      } catch (error: unknown) {
        console.error(error);
        res.statusCode = 500;
        res.end("Internal server error");
        return;
      }
      if (file) {
        res.setHeader("Content-Type", file.contentType);
        res.setHeader("Cache-Control", file.cacheControl);
        res.end(req.method === "HEAD" ? undefined : file.body);
        return;
      }
    }
    if (url.split("?")[0] === SERVICE_WORKER_PATH) {
      const file = path.join(options.generatedDir, SERVICE_WORKER_PATH.slice(1));
      if (existsSync(file)) {
        res.setHeader("Content-Type", "text/javascript; charset=utf-8");
        res.setHeader("Cache-Control", "no-cache");
        res.end(req.method === "HEAD" ? undefined : readFileSync(file));
        return;
      }
    }
    if (url.startsWith(`/${MEDIA_DIR}/`)) {
      // Named by their content: cached for good. Made again per request, so a rebuild's new files are found.
      media ??= existsSync(mediaDir)
        ? sirv(mediaDir, {
            dev: true,
            etag: true,
            setHeaders: (r) => r.setHeader("Cache-Control", "public, max-age=31536000, immutable"),
          })
        : null;
      req.url = url.slice(MEDIA_DIR.length + 1);
      const missing = () => {
        res.statusCode = 404;
        res.end("Not found");
      };
      if (media) media(req, res, missing);
      else missing();
      return;
    }
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

  // Pages read content.json again when it changes (lib/content/index.ts); the search handler is
  // made again so it sees the new index files.
  const watcher = options.watch
    ? watchContent(options.contentDir, async () => {
        const { ms, stats } = await prebuild({
          contentDir: options.contentDir,
          generatedDir: options.generatedDir,
          cacheDir: options.cacheDir,
          quiet: true,
        });
        search = searchHandler(searchDir);
        media = null;
        console.log(rebuiltLine(ms, stats));
      })
    : null;
  return {
    url: `http://${host}:${port}`,
    server,
    watcher,
    close: () =>
      new Promise<void>((resolve) => {
        watcher?.close();
        server.close(() => resolve());
        server.closeAllConnections();
        void app.close();
      }),
  };
}

const USAGE = `Usage: npm run serve -- [--no-build] [--watch] [--port 3000] [--host 127.0.0.1]
  --no-build   serve the last server build (skip prebuild and next build)
  --watch      rebuild the content model and search index when the content changes
  --port N     the port (default PORT or 3000; 0 picks a free one)
  --host H     the address to listen on (default HOST or 127.0.0.1)
Environment: SHIORI_CONTENT_DIR (content), SHIORI_GENERATED_DIR (generated),
SHIORI_SERVER_DIST_DIR (.next-server), SHIORI_CACHE_DIR (.shiori-cache/notes), SHIORI_WATCH=1 (as --watch)`;

/** A port number; 0 picks a free one. */
const port: Converter<number> = (raw, name) => {
  if (!/^\d+$/.test(raw.trim()) || Number(raw) > 65535)
    throw new CliUsageError(`${name} takes a port number (0 picks a free one), not "${raw}"`);
  return Number(raw);
};

function parseServeArgs(base: ServeOptions): { options: ServeOptions; build: boolean } {
  const { values } = parseArgv({
    command: "serve",
    usage: USAGE,
    options: {
      "no-build": { type: "boolean" },
      watch: { type: "boolean" },
      port: { type: "string", parse: port },
      host: { type: "string" },
    },
  });
  const options = { ...base };
  if (values.watch) options.watch = true;
  if (values.port !== undefined) options.port = values.port;
  if (values.host !== undefined) options.host = values.host;
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535)
    throw new Error(`PORT takes a port number (0 picks a free one), not "${process.env.PORT}".`);
  return { options, build: !values["no-build"] };
}

if (isMain(import.meta.url)) {
  (async () => {
    const { options, build } = parseServeArgs(defaultServeOptions());
    if (build) {
      const t = await buildServer(options);
      console.log(
        `shiori: server build ready (prebuild ${(t.prebuildMs / 1000).toFixed(1)} s, next build ${(t.nextBuildMs / 1000).toFixed(1)} s)`,
      );
    }
    const running = await startServer(options);
    console.log(
      `Shiori server mode: ${running.url}/ (pages rendered on demand from ${path.relative(process.cwd(), options.generatedDir)}/content.json${options.watch ? ", rebuilt when the content changes" : ""})`,
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
