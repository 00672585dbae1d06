/**
 * `npm run bench:build`: the full static build (prebuild + `next build`) of a corpus, first-load
 * JavaScript per page kind from the export, and the rebuild after editing one note. Everything goes
 * under a work folder of its own (default .build/bench/) so it never touches `generated/`, `out/` or
 * `.next/`:
 *   <work>/gen-N            content model + search index (SHIORI_GENERATED_DIR)
 *   <work>/project-N/       a copy of the app's sources (node_modules linked) that Next builds
 *   <work>/project-N/out/   the export;  <work>/project-N/.next/  Next's own files
 *   <work>/cache-N          parsed notes by content hash
 *
 * Why a copy: with `output: "export"` and a custom distDir, Next 16 still keeps its build files
 * and its lock in `<project>/.next` (getBuildDistDir in next/dist/export/utils.js) and empties it
 * at the start of each build, so SHIORI_DIST_DIR alone does not let two static builds of one
 * checkout run side by side. Building a copy does.
 *
 *   npm run bench:build -- [--notes 100,1000] [--work .build/bench] [--no-rebuild]
 */
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { prebuild } from "../prebuild";
import { CorporaMissingError, makeCorpus, notePath, REPO_ROOT } from "./corpus";
import { measureFirstLoad } from "./firstload";
import type { BuildResult, RebuildResult } from "./results";
import { parseArgv, sizeList } from "../cli";
import { isMain } from "../is-main";

export interface BuildPaths {
  contentDir: string;
  generatedDir: string;
  /**
   * Where the site ends up. For a static build in a project copy: `<projectDir>/out`. Without a
   * project copy (server mode, whose distDir Next honours fully) it is Next's distDir, passed
   * relative to the repository as SHIORI_DIST_DIR.
   */
  siteDir: string;
  /** The copy of the app that `next build` runs in; null to run in the repository itself. */
  projectDir: string | null;
  cacheDir: string;
  log: string;
}

export function buildPaths(workDir: string, notes: number, contentDir: string): BuildPaths {
  const work = path.resolve(workDir);
  const projectDir = path.join(work, `project-${notes}`);
  return {
    contentDir: path.resolve(contentDir),
    generatedDir: path.join(work, `gen-${notes}`),
    siteDir: path.join(projectDir, "out"),
    projectDir,
    cacheDir: path.join(work, `cache-${notes}`),
    log: path.join(work, `next-build-${notes}.log`),
  };
}

/** Top-level entries of the repository that a Next build does not need (or must not share). */
const NOT_COPIED = new Set([
  ".git",
  ".build",
  ".next",
  ".shiori-cache",
  "bench",
  "content",
  "e2e",
  "generated",
  "node_modules",
  "out",
  "playwright-report",
  "test",
  "test-results",
]);

/**
 * A fresh copy of the app's sources in `projectDir`, with node_modules linked. The copy is a
 * snapshot: edits others make to the checkout during the benchmark do not change what is built.
 */
export async function prepareProject(projectDir: string): Promise<void> {
  await fs.rm(projectDir, { recursive: true, force: true });
  await fs.mkdir(projectDir, { recursive: true });
  for (const entry of await fs.readdir(REPO_ROOT, { withFileTypes: true })) {
    const name = entry.name;
    if (NOT_COPIED.has(name) || name.startsWith(".next-") || name.endsWith(".tsbuildinfo"))
      continue;
    await fs.cp(path.join(REPO_ROOT, name), path.join(projectDir, name), { recursive: true });
  }
  await fs.symlink(
    path.join(REPO_ROOT, "node_modules"),
    path.join(projectDir, "node_modules"),
    "dir",
  );
}

export interface NextBuildTiming {
  /** Wall time. */
  ms: number;
  /** CPU time (user + system) of next build and the workers it waited for. */
  cpuMs: number;
}

/** `2m3.5s` (bash `times`) → ms. */
const bashTime = (t: string) => {
  const m = /^(\d+)m([\d.]+)s$/.exec(t);
  return m ? (Number(m[1]) * 60 + Number(m[2])) * 1000 : 0;
};

/**
 * `next build` with the bench's folders. Its output goes to the log file with the elapsed seconds in
 * front of each line; it runs under bash so that `times` can report the CPU it used.
 */
export async function nextBuild(
  paths: BuildPaths,
  mode: "static" | "server" = "static",
): Promise<NextBuildTiming> {
  await fs.mkdir(path.dirname(paths.log), { recursive: true });
  const log = createWriteStream(paths.log);
  const started = performance.now();
  const stamp = () => `[${((performance.now() - started) / 1000).toFixed(1).padStart(6)}s] `;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    SHIORI_CONTENT_DIR: paths.contentDir,
    SHIORI_GENERATED_DIR: paths.generatedDir,
  };
  if (paths.projectDir) delete env.SHIORI_DIST_DIR;
  else env.SHIORI_DIST_DIR = path.relative(REPO_ROOT, paths.siteDir);
  if (mode === "server") env.SHIORI_SERVER = "1";
  else delete env.SHIORI_SERVER;
  const nextBin = path.join(REPO_ROOT, "node_modules", "next", "dist", "bin", "next");
  let cpuMs = 0;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      "bash",
      [
        "-c",
        '"$0" "$@"; rc=$?; printf "@@times " >&2; times >&2; exit $rc',
        process.execPath,
        nextBin,
        "build",
      ],
      {
        cwd: paths.projectDir ?? REPO_ROOT,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const lines = (stream: NodeJS.ReadableStream) => {
      let rest = "";
      let timesNext = false;
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => {
        const parts = (rest + chunk).split("\n");
        rest = parts.pop() ?? "";
        for (const line of parts) {
          // `times` prints the shell's own user/system time, then its children's (next build).
          const t = /^(\d+m[\d.]+s) (\d+m[\d.]+s)$/.exec(line.trim());
          if (line.startsWith("@@times ")) timesNext = true;
          else if (timesNext && t) {
            cpuMs = bashTime(t[1]!) + bashTime(t[2]!);
            timesNext = false;
          } else if (line.trim()) log.write(stamp() + line + "\n");
        }
      });
    };
    lines(child.stdout);
    lines(child.stderr);
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `next build exited with ${code}; see ${path.relative(process.cwd(), paths.log)}`,
            ),
          ),
    );
  });
  const ms = performance.now() - started;
  await new Promise<void>((resolve) => log.end(resolve));
  // As scripts/build-site.ts does: the search index goes next to the pages.
  const search = path.join(paths.generatedDir, "_search");
  if (mode === "static" && existsSync(search)) {
    await fs.rm(path.join(paths.siteDir, "_search"), { recursive: true, force: true });
    await fs.cp(search, path.join(paths.siteDir, "_search"), { recursive: true });
  }
  return { ms, cpuMs };
}

async function walk(dir: string): Promise<{ html: number; bytes: number }> {
  let html = 0;
  let bytes = 0;
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      const sub = await walk(p);
      html += sub.html;
      bytes += sub.bytes;
    } else if (e.isFile()) {
      bytes += (await fs.stat(p)).size;
      if (e.name.endsWith(".html")) html++;
    }
  }
  return { html, bytes };
}

/** A clean full build: empty cache, empty generated and dist folders. */
export async function measureBuild(paths: BuildPaths): Promise<BuildResult> {
  // `${cacheDir}-pages` holds the page bodies prebuild rendered (lib/portal/prerender.ts).
  for (const dir of [paths.generatedDir, paths.siteDir, paths.cacheDir, `${paths.cacheDir}-pages`])
    await fs.rm(dir, { recursive: true, force: true });
  if (paths.projectDir) await prepareProject(paths.projectDir);
  const t0 = performance.now();
  const cpu = process.cpuUsage();
  const pre = await prebuild({
    contentDir: paths.contentDir,
    generatedDir: paths.generatedDir,
    cacheDir: paths.cacheDir,
    quiet: true,
  });
  const prebuildMs = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  const next = await nextBuild(paths);
  const { html, bytes } = await walk(paths.siteDir);
  if (pre.model.notes.length > 0 && html === 0)
    throw new Error(`next build wrote no HTML pages into ${paths.siteDir}`);
  return {
    prebuildMs,
    prebuildCpuMs: (used.user + used.system) / 1000,
    nextBuildMs: next.ms,
    nextBuildCpuMs: next.cpuMs,
    totalMs: prebuildMs + next.ms,
    htmlPages: html,
    siteBytes: bytes,
  };
}

/**
 * Edits one note (appends a paragraph and a task item), rebuilds with the warm cache left by
 * measureBuild, then puts the note back as it was.
 */
export async function measureRebuild(paths: BuildPaths, notes: number): Promise<RebuildResult> {
  const rel = path.join("notes", notePath(Math.floor(notes / 2)));
  const file = path.join(paths.contentDir, rel);
  const original = await fs.readFile(file);
  await fs.writeFile(
    file,
    Buffer.concat([
      original,
      Buffer.from("\n\nEdited by the rebuild benchmark.\n\n- [ ] : re-check this note\n"),
    ]),
  );
  try {
    const t0 = performance.now();
    const pre = await prebuild({
      contentDir: paths.contentDir,
      generatedDir: paths.generatedDir,
      cacheDir: paths.cacheDir,
      quiet: true,
    });
    const prebuildMs = performance.now() - t0;
    const next = await nextBuild(paths);
    return {
      edited: rel,
      prebuildMs,
      parsed: pre.stats.parsed,
      cached: pre.stats.cached,
      nextBuildMs: next.ms,
      nextBuildCpuMs: next.cpuMs,
      totalMs: prebuildMs + next.ms,
    };
  } finally {
    await fs.writeFile(file, original);
  }
}

function parseBuildArgs() {
  const { values } = parseArgv({
    command: "bench:build",
    usage: `Usage: npm run bench:build -- [--notes 100,1000] [--work .build/bench] [--no-rebuild]
  --notes 100,1000     corpus sizes to build (numbers of notes)
  --work .build/bench  the work folder
  --no-rebuild         skip the rebuild after editing one note`,
    options: {
      notes: { type: "string", default: "100,1000", parse: sizeList },
      work: { type: "string", default: path.join(".build", "bench") },
      "no-rebuild": { type: "boolean" },
    },
  });
  return { notes: values.notes, work: values.work, rebuild: !values["no-rebuild"] };
}

async function main() {
  const opts = parseBuildArgs();
  for (const notes of opts.notes) {
    const contentDir = path.join("bench", "corpus", String(notes));
    await makeCorpus({ notes, outDir: contentDir });
    const paths = buildPaths(opts.work, notes, contentDir);
    const build = await measureBuild(paths);
    console.log(
      `bench:build ${notes} notes: prebuild ${(build.prebuildMs / 1000).toFixed(1)} s + next build ${(build.nextBuildMs / 1000).toFixed(1)} s = ${(build.totalMs / 1000).toFixed(1)} s, ${build.htmlPages} pages`,
    );
    const firstLoad = await measureFirstLoad(paths.siteDir);
    for (const [kind, page] of Object.entries(firstLoad)) {
      console.log(
        `  first-load JS ${kind}: ${"skipped" in page ? page.skipped : `${(page.gzipBytes / 1024).toFixed(1)} KB gzip (${page.scripts} files) ${page.page}`}`,
      );
    }
    if (opts.rebuild) {
      const r = await measureRebuild(paths, notes);
      console.log(
        `  rebuild after editing ${r.edited}: prebuild ${(r.prebuildMs / 1000).toFixed(2)} s (${r.parsed} parsed, ${r.cached} cached) + next build ${(r.nextBuildMs / 1000).toFixed(1)} s`,
      );
    }
  }
  console.log("bench:build: for the full table and bench/results.json run npm run bench");
}

if (isMain(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof CorporaMissingError ? `bench:build: ${error.message}` : error);
    process.exitCode = 1;
  });
}
