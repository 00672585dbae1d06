/**
 * Server mode at scale: `SHIORI_SERVER=1 next build` (which pre-renders no note or chapter page),
 * then Next's production server (scripts/serve.ts --no-build, in a child process) and the time to
 * render a chapter page on its first request and to serve it again from Next's cache.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { prebuild } from "../prebuild";
import { nextBuild, type BuildPaths } from "./build";
import { REPO_ROOT } from "./corpus";
import type { ServerResult } from "./results";

export function serverPaths(
  workDir: string,
  notes: number,
  contentDir: string,
  cacheDir: string,
): BuildPaths {
  const work = path.resolve(workDir);
  return {
    contentDir: path.resolve(contentDir),
    generatedDir: path.join(work, `server-gen-${notes}`),
    siteDir: path.join(work, `server-${notes}`),
    projectDir: null,
    cacheDir,
    log: path.join(work, `next-build-server-${notes}.log`),
  };
}

/** Starts `tsx scripts/serve.ts --no-build --port 0` and resolves once it prints its URL. */
function startServeProcess(paths: BuildPaths): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(REPO_ROOT, "scripts", "serve.ts"), "--no-build", "--port", "0"],
      {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          SHIORI_CONTENT_DIR: paths.contentDir,
          SHIORI_GENERATED_DIR: paths.generatedDir,
          SHIORI_SERVER_DIST_DIR: path.relative(REPO_ROOT, paths.siteDir),
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`scripts/serve.ts did not start within 120 s:\n${output.slice(-500)}`));
    }, 120_000);
    const onData = (d: Buffer) => {
      output += d.toString("utf8");
      const m = /Shiori server mode: (http:\/\/\S+?)\/ /.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, child });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(
        new Error(
          `scripts/serve.ts exited with ${code} before it was ready:\n${output.slice(-500)}`,
        ),
      );
    });
  });
}

async function timedGet(url: string): Promise<{ ms: number; status: number; bytes: number }> {
  const t = performance.now();
  const res = await fetch(url);
  const body = await res.arrayBuffer();
  return { ms: performance.now() - t, status: res.status, bytes: body.byteLength };
}

const contentSchema = z.object({
  notes: z.array(z.object({ slug: z.string(), chapters: z.array(z.object({ slug: z.string() })) })),
});

/** Builds for server mode (warm pipeline cache expected in paths.cacheDir) and times requests. */
export async function measureServer(paths: BuildPaths): Promise<ServerResult> {
  await fs.rm(paths.siteDir, { recursive: true, force: true });
  const t0 = performance.now();
  const pre = await prebuild({
    contentDir: paths.contentDir,
    generatedDir: paths.generatedDir,
    cacheDir: paths.cacheDir,
    quiet: true,
  });
  const prebuildMs = performance.now() - t0;
  const build = await nextBuild(paths, "server");
  const prerendered = await prerenderedNotePages(paths.siteDir);

  const model = contentSchema.parse(
    JSON.parse(await fs.readFile(path.join(paths.generatedDir, "content.json"), "utf8")),
  );
  const notes = model.notes.filter((n) => n.chapters.length > 0);
  if (notes.length < 2)
    throw new Error("server benchmark: the corpus needs at least two notes with chapters");
  const { url, child } = await startServeProcess(paths);
  try {
    // Warm Next itself up on one page, then measure another one, first and second request.
    await timedGet(`${url}/notes/${notes[0]!.slug}/${notes[0]!.chapters[0]!.slug}`);
    const target = notes[Math.floor(notes.length / 2)]!;
    const chapterUrl = `${url}/notes/${target.slug}/${target.chapters[0]!.slug}`;
    const first = await timedGet(chapterUrl);
    const again = await timedGet(chapterUrl);
    const dashboard = await timedGet(`${url}/`);
    if (first.status !== 200)
      throw new Error(`server mode answered ${first.status} for ${chapterUrl}`);
    return {
      prebuildMs,
      notes: pre.model.notes.length,
      nextBuildMs: build.ms,
      nextBuildCpuMs: build.cpuMs,
      prerenderedNotePages: prerendered,
      chapterFirstMs: first.ms,
      chapterCachedMs: again.ms,
      chapterBytes: first.bytes,
      dashboardMs: dashboard.ms,
      dashboardBytes: dashboard.bytes,
    };
  } finally {
    child.kill("SIGTERM");
  }
}

/** Note and chapter pages Next pre-rendered at build time (prerender-manifest.json). */
async function prerenderedNotePages(distDir: string): Promise<number> {
  const manifest = z
    .object({ routes: z.record(z.string(), z.unknown()) })
    .parse(JSON.parse(await fs.readFile(path.join(distDir, "prerender-manifest.json"), "utf8")));
  return Object.keys(manifest.routes).filter((r) => r.startsWith("/notes/")).length;
}
