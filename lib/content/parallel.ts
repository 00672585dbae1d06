import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import os from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { z } from "zod";
import type { CacheEntry, FileJob } from "./process";
import type { Taxonomy } from "./types";

/** One file for a worker: its place in file order and where its cache entry goes. */
export interface WorkerJob extends FileJob {
  index: number;
  cacheFile: string | null;
}

export type WorkerReply = { index: number; entry: CacheEntry }[];

export interface WorkerData {
  taxonomy: Taxonomy;
}

/** Below this many notes to build, starting threads (each loads the parser) costs more than it saves. */
export const MIN_PARALLEL_FILES = 64;
/** Young-generation size of each worker's heap (see where workers start). */
const YOUNG_GENERATION_MB = 96;
/** Files per message: small enough to balance the threads, big enough to keep messages few. */
const BATCH = 8;

/** Threads for `files` notes to build: one per core, and 1 for small jobs. */
export function defaultThreads(files: number): number {
  if (files < MIN_PARALLEL_FILES) return 1;
  return Math.max(1, Math.min(os.availableParallelism(), 8));
}

/**
 * The worker's code is TypeScript, run through tsx's loader. Node does not pass a parent's loader
 * hooks on to worker threads, so each worker registers tsx itself before importing worker.ts.
 */
function workerSource(entryUrl: URL): string {
  // The ESM build of tsx's API (its CommonJS build cannot be imported from a worker's eval code).
  const pkgFile = createRequire(import.meta.url).resolve("tsx/package.json");
  const pkg: unknown = JSON.parse(readFileSync(pkgFile, "utf8"));
  const rel = z
    .object({
      exports: z.object({ "./esm/api": z.object({ import: z.object({ default: z.string() }) }) }),
    })
    .parse(pkg).exports["./esm/api"].import.default;
  const api = pathToFileURL(path.join(path.dirname(pkgFile), rel)).href;
  const entry = entryUrl.href;
  return `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
}

/** The parent's Node flags without tsx's own (the worker registers tsx itself). */
function workerExecArgv(): string[] {
  const out: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (
      (a === "--import" || a === "--require" || a === "-r" || a === "--loader") &&
      argv[i + 1]?.includes("tsx")
    )
      i++;
    else if (!a.includes("tsx")) out.push(a);
  }
  return out;
}

/** What `runPool` needs to start the threads of one kind of job. */
export interface PoolOptions {
  /** The worker's module (run through tsx, see `workerSource`). */
  entry: URL;
  workerData: unknown;
  threads: number;
  /** Jobs per message: small enough to balance the threads, big enough to keep messages few. */
  batch: number;
  resourceLimits?: import("node:worker_threads").ResourceLimits;
}

/**
 * Runs jobs on worker threads, `batch` jobs per message, two messages in flight per thread (so a
 * thread never waits for the next). Each worker replies with `{ index, ...result }` rows; each row
 * goes to `onResult` as it arrives (in any order: the caller places it by index). Resolves with
 * the jobs no worker finished: all of them when threads cannot start (the caller does those
 * itself), none on success.
 */
export function runPool<Job extends { index: number }, Row extends { index: number }>(
  jobs: readonly Job[],
  options: PoolOptions,
  onResult: (row: Row) => void,
): Promise<Job[]> {
  return new Promise((resolve) => {
    const pending = new Map(jobs.map((j) => [j.index, j]));
    const workers: Worker[] = [];
    let next = 0;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      void Promise.all(workers.map((w) => w.terminate())).then(() =>
        resolve([...pending.values()]),
      );
    };
    if (jobs.length === 0) return finish();
    let source: string;
    try {
      source = workerSource(options.entry);
    } catch {
      return finish(); // no tsx to run the worker with: the caller does everything
    }
    const execArgv = workerExecArgv();
    for (let t = 0; t < Math.min(options.threads, Math.ceil(jobs.length / options.batch)); t++) {
      let worker: Worker;
      try {
        worker = new Worker(source, {
          eval: true,
          workerData: options.workerData,
          execArgv,
          resourceLimits: options.resourceLimits,
        });
      } catch {
        return finish(); // threads are not available here: the caller does what is left
      }
      workers.push(worker);
      const send = () => {
        if (next >= jobs.length) return;
        const batch = jobs.slice(next, next + options.batch);
        next += batch.length;
        worker.postMessage(batch);
      };
      worker.on("message", (reply: Row[]) => {
        for (const row of reply) if (pending.delete(row.index)) onResult(row);
        if (pending.size === 0) finish();
        else if (!finished) send();
      });
      // A thread that fails leaves its jobs (and everyone's unfinished ones) to the caller.
      worker.on("error", finish);
      worker.on("exit", () => {
        if (pending.size > 0) finish();
      });
      send();
      send();
    }
  });
}

/**
 * Builds notes on `threads` worker threads (`runPool` with lib/content/worker.ts). Resolves with
 * the jobs no worker finished; the caller builds those itself.
 */
export function runInWorkers(
  jobs: readonly WorkerJob[],
  taxonomy: Taxonomy,
  threads: number,
  onResult: (index: number, entry: CacheEntry) => void,
): Promise<WorkerJob[]> {
  const workerData: WorkerData = { taxonomy };
  return runPool<WorkerJob, WorkerReply[number]>(
    jobs,
    {
      entry: new URL("./worker.ts", import.meta.url),
      workerData,
      threads,
      batch: BATCH,
      // Parsing makes many short-lived objects: a young generation 2x Node's default (semi-spaces
      // of 32 MB) took about 15% less CPU per note here (fewer scavenges).
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    },
    ({ index, entry }) => onResult(index, entry),
  );
}
