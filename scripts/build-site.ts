/**
 * Builds the whole site: content pipeline + search index (prebuild), `next build` (static export),
 * then copies the search index into the export. Settings come from the environment so several
 * builds can run side by side:
 *   SHIORI_CONTENT_DIR   the notes (default: content)
 *   SHIORI_GENERATED_DIR where the content model and index go (default: generated)
 *   SHIORI_DIST_DIR      where the site goes (default: out; .next holds Next's own files)
 *
 *   npm run build   (no arguments)
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { MEDIA_DIR } from "@/lib/content/assets";
import { TaxonomyError } from "@/lib/content/taxonomy";
import { SERVICE_WORKER_PATH } from "@/lib/offline/policy";
import { applyCsp } from "./csp";
import { formatPrecompressStats, precompressSite } from "./precompress";
import { prebuild } from "./prebuild";
import { writeOfflineManifest } from "./service-worker";
import { parseArgv } from "./cli";
import { isMain } from "./is-main";

export interface BuildOptions {
  contentDir?: string;
  generatedDir?: string;
  /** Output folder of the static export; default `out`. */
  distDir?: string;
  quiet?: boolean;
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  quiet: boolean,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env,
      stdio: quiet ? ["ignore", "pipe", "inherit"] : "inherit",
    });
    child.stdout?.resume();
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`)),
    );
  });
}

export async function buildSite(options: BuildOptions = {}): Promise<{ siteDir: string }> {
  const contentDir = path.resolve(
    options.contentDir ?? process.env.SHIORI_CONTENT_DIR ?? "content",
  );
  const generatedDir = path.resolve(
    options.generatedDir ?? process.env.SHIORI_GENERATED_DIR ?? "generated",
  );
  const distDir = options.distDir ?? process.env.SHIORI_DIST_DIR;
  await prebuild({ contentDir, generatedDir, quiet: options.quiet });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    SHIORI_CONTENT_DIR: contentDir,
    SHIORI_GENERATED_DIR: generatedDir,
  };
  if (distDir) env.SHIORI_DIST_DIR = distDir;
  else delete env.SHIORI_DIST_DIR;
  const nextBin = path.resolve("node_modules", "next", "dist", "bin", "next");
  await run(process.execPath, [nextBin, "build"], env, options.quiet ?? false);
  const siteDir = path.resolve(distDir ?? "out");
  for (const dir of ["_search", MEDIA_DIR]) {
    const from = path.join(generatedDir, dir);
    rmSync(path.join(siteDir, dir), { recursive: true, force: true });
    if (existsSync(from)) cpSync(from, path.join(siteDir, dir), { recursive: true });
  }
  const serviceWorker = path.join(generatedDir, SERVICE_WORKER_PATH.slice(1));
  if (existsSync(serviceWorker))
    cpSync(serviceWorker, path.join(siteDir, SERVICE_WORKER_PATH.slice(1)));
  // Static export: each page gets a Content-Security-Policy allowing only its own scripts.
  if (existsSync(path.join(siteDir, "index.html"))) {
    await applyCsp(siteDir);
    // What "Save for offline" fetches: every page and the files they load (lib/offline).
    await writeOfflineManifest(siteDir);
    // Last, once every file is final: the .br/.gz copies servers send (scripts/serve-static.ts).
    const compressed = await precompressSite(siteDir);
    if (!options.quiet) console.log(formatPrecompressStats(compressed));
  }
  return { siteDir };
}

if (isMain(import.meta.url)) {
  parseArgv({
    command: "build",
    usage: `Usage: npm run build   (no arguments)
Builds the whole site: content model and search index, next build (static export), then the
search index, Content-Security-Policy and precompressed copies into the export.
  SHIORI_CONTENT_DIR   the notes (default: content)
  SHIORI_GENERATED_DIR where the content model and index go (default: generated)
  SHIORI_DIST_DIR      where the site goes (default: out)`,
  });
  buildSite().then(
    ({ siteDir }) => console.log(`shiori: site built in ${path.relative(process.cwd(), siteDir)}/`),
    (error: unknown) => {
      console.error(error instanceof TaxonomyError ? `shiori: ${error.message}` : error);
      process.exitCode = 1;
    },
  );
}
