/**
 * Server mode at scale: `SHIORI_SERVER=1 next build` (which pre-renders no note or chapter page),
 * then Next's production server (scripts/serve.ts --no-build, in a child process) and the time to
 * render a chapter page on its first request and to serve it again from Next's cache. The server
 * runs with --watch on a copy of the corpus: one note's title is rewritten on disk and the note page
 * is polled until it shows the new title (the edit → page time, with no next build).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { prebuild } from "../prebuild";
import { nextBuild, type BuildPaths } from "./build";
import { REPO_ROOT } from "./corpus";
import type { ServerResult, WatchEditResult } from "./results";

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

interface ServeProcess {
  url: string;
  child: ChildProcess;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
}

/** Starts `tsx scripts/serve.ts --no-build --watch --port 0` and resolves once it prints its URL. */
function startServeProcess(paths: BuildPaths): Promise<ServeProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        path.join(REPO_ROOT, "scripts", "serve.ts"),
        "--no-build",
        "--watch",
        "--port",
        "0",
      ],
      {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          SHIORI_CONTENT_DIR: paths.contentDir,
          SHIORI_GENERATED_DIR: paths.generatedDir,
          SHIORI_SERVER_DIST_DIR: path.relative(REPO_ROOT, paths.siteDir),
          // The --watch rebuilds use the cache the server build's prebuild filled.
          SHIORI_CACHE_DIR: paths.cacheDir,
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
        resolve({ url: m[1]!, child, output: () => output });
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
  notes: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      file: z.string(),
      chapters: z.array(z.object({ slug: z.string() })),
    }),
  ),
});

const REBUILT_LINE = /content rebuilt in (\d+) ms \((\d+) parsed, (\d+) from cache\)/g;
const WATCH_TIMEOUT_MS = 60_000;

/**
 * Rewrites the title of `note` in the watched copy and polls its page until the HTML has the new
 * title; then reads the prebuild figures of that rebuild from the server's output.
 */
async function measureWatchEdit(
  server: ServeProcess,
  contentDir: string,
  note: z.infer<typeof contentSchema>["notes"][number],
): Promise<WatchEditResult> {
  // content.json names files relative to the content folder's parent ("1000/notes/…").
  const file = path.join(path.dirname(contentDir), note.file);
  const source = await fs.readFile(file, "utf8");
  const newTitle = `${note.title} edited ${Date.now().toString(36)}`;
  if (!/^title: .*$/m.test(source))
    throw new Error(`server --watch benchmark: ${note.file} has no title: line to rewrite`);
  const pageUrl = `${server.url}/notes/${note.slug}`;
  if ((await timedGet(pageUrl)).status !== 200)
    throw new Error(`server --watch benchmark: ${pageUrl} is not served`);
  const rebuildsBefore = [...server.output().matchAll(REBUILT_LINE)].length;

  const t0 = performance.now();
  await fs.writeFile(file, source.replace(/^title: .*$/m, `title: ${JSON.stringify(newTitle)}`));
  let editToPageMs: number | null = null;
  while (performance.now() - t0 < WATCH_TIMEOUT_MS) {
    const html = await (await fetch(pageUrl)).text();
    if (html.includes(newTitle)) {
      editToPageMs = performance.now() - t0;
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  if (editToPageMs === null)
    throw new Error(
      `server --watch benchmark: ${pageUrl} did not show the edited title within ${WATCH_TIMEOUT_MS / 1000} s:\n${server.output().slice(-500)}`,
    );
  // The server prints its line once the search index is in place too, just after the page changes.
  let rebuilt: RegExpMatchArray | undefined;
  while (!rebuilt && performance.now() - t0 < WATCH_TIMEOUT_MS) {
    rebuilt = [...server.output().matchAll(REBUILT_LINE)][rebuildsBefore];
    if (!rebuilt) await new Promise((r) => setTimeout(r, 50));
  }
  if (!rebuilt)
    throw new Error(`server --watch benchmark: the server printed no "content rebuilt" line`);
  return {
    edited: note.file,
    editToPageMs,
    prebuildMs: Number(rebuilt[1]),
    parsed: Number(rebuilt[2]),
    cached: Number(rebuilt[3]),
  };
}

/**
 * Builds for server mode (warm pipeline cache expected in paths.cacheDir) and times requests. The
 * build and the server use a copy of the corpus (same folder name, so the cache still matches),
 * which the --watch measurement edits.
 */
export async function measureServer(corpus: BuildPaths): Promise<ServerResult> {
  const contentDir = path.join(
    path.dirname(corpus.generatedDir),
    "server-content",
    path.basename(corpus.contentDir),
  );
  await fs.rm(contentDir, { recursive: true, force: true });
  await fs.cp(corpus.contentDir, contentDir, { recursive: true });
  const paths: BuildPaths = { ...corpus, contentDir };
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
  const server = await startServeProcess(paths);
  const { url, child } = server;
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
    let watchEdit: ServerResult["watchEdit"];
    try {
      watchEdit = await measureWatchEdit(
        server,
        contentDir,
        model.notes[Math.floor(model.notes.length / 3)]!,
      );
    } catch (error) {
      watchEdit = {
        skipped: `failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
      };
    }
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
      watchEdit,
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
