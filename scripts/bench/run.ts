/**
 * `npm run bench`: builds corpora of 100, 1,000 and 10,000 notes from ../shared/corpora, measures
 * each part, prints the results table and the budgets, and writes bench/results.json. Timings are
 * reported and compared with bench/budgets.json; nothing fails when a budget is missed.
 *
 *   npm run bench -- [--sizes 100,1000,10000] [--parts pipeline,build,rebuild,query,server]
 *                    [--build-sizes 100,1000] [--rebuild-size 1000] [--server-sizes 1000,10000]
 *                    [--search-bench] [--merge]
 *                    [--work .build/bench] [--corpus bench/corpus] [--out bench/results.json | --no-out]
 *
 * Parts: pipeline (pipeline + search index, in a child process for peak memory), build (prebuild +
 * next build + first-load JS, only for --build-sizes), rebuild (one edited note, --rebuild-size),
 * query (Chromium figures from bench/search-results.json; --search-bench runs npm run bench:search
 * first), server (SHIORI_SERVER=1 next build + on-demand chapter render + `serve --watch` edit →
 * page, --server-sizes).
 * --merge keeps the previous results.json figures of parts (and sizes) not run this time.
 */
import { existsSync, readFileSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildPaths, measureBuild, measureRebuild } from "./build";
import { CorporaMissingError, makeCorpus, REPO_ROOT } from "./corpus";
import { measureFirstLoad } from "./firstload";
import { measurePipeline } from "./pipeline";
import { formatBudgets, formatResults } from "./report";
import { measureServer, serverPaths } from "./server";
import {
  benchResultsSchema,
  budgetsFileSchema,
  checkBudgets,
  isSkipped,
  type BenchResults,
  type Budget,
  type ServerResult,
  type SizeResult,
  type Skipped,
} from "./results";
import { readQueryFigures, runSearchBench, SEARCH_RESULTS_FILE } from "./search-results";
import { exitCodeOf, listOf, parseCli, positiveInt, sizeList, type CliIo } from "../cli";
import { isMain } from "../is-main";

export const PARTS = ["pipeline", "build", "rebuild", "query", "server"] as const;
export type Part = (typeof PARTS)[number];

export interface RunOptions {
  sizes: number[];
  parts: ReadonlySet<Part>;
  /** Sizes the static build runs for (it is slow: 100 and 1,000 by default). */
  buildSizes: number[];
  /** The size whose build is rebuilt after editing one note. */
  rebuildSize: number;
  /** Sizes server mode is built and timed for. */
  serverSizes: number[];
  /** Run the search engineer's benchmark before reading its results. */
  searchBench: boolean;
  workDir: string;
  corpusDir: string;
  budgetsFile: string;
  searchResultsFile: string;
  /** Where results.json goes; null to not write one. */
  out: string | null;
  /**
   * Keep what the previous results file has for parts not requested this time (and for sizes not
   * run), so one part can be re-measured without re-running the rest.
   */
  merge: boolean;
  /** Progress lines go here (console.log by default). */
  log: (line: string) => void;
}

export const DEFAULT_OPTIONS: RunOptions = {
  sizes: [100, 1000, 10000],
  parts: new Set(PARTS),
  buildSizes: [100, 1000],
  rebuildSize: 1000,
  serverSizes: [1000, 10000],
  searchBench: false,
  workDir: path.join(REPO_ROOT, ".build", "bench"),
  corpusDir: path.join(REPO_ROOT, "bench", "corpus"),
  budgetsFile: path.join(REPO_ROOT, "bench", "budgets.json"),
  searchResultsFile: SEARCH_RESULTS_FILE,
  out: path.join(REPO_ROOT, "bench", "results.json"),
  merge: false,
  log: (line) => console.log(line),
};

const notRequested = (part: string): Skipped => ({
  skipped: `not requested (--parts without ${part})`,
});
const failed = (error: unknown): Skipped => ({
  skipped: `failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
});

export function loadBudgets(file: string): Budget[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(
      `${path.relative(process.cwd(), file)} cannot be read as JSON (${(error as Error).message}).`,
    );
  }
  const parsed = budgetsFileSchema.safeParse(data);
  if (!parsed.success) {
    throw new Error(
      `${path.relative(process.cwd(), file)} is not a budgets file: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  return parsed.data.budgets;
}

async function measureSize(notes: number, o: RunOptions): Promise<SizeResult> {
  const contentDir = path.join(o.corpusDir, String(notes));
  const t0 = performance.now();
  const corpus = await makeCorpus({ notes, outDir: contentDir });
  const result: SizeResult = {
    notes,
    corpus: { ...corpus, ms: performance.now() - t0 },
    pipeline: notRequested("pipeline"),
    searchIndex: notRequested("pipeline"),
    build: notRequested("build"),
    firstLoad: notRequested("build"),
    rebuild: notRequested("rebuild"),
    query: notRequested("query"),
    server: notRequested("server"),
  };
  o.log(
    `bench: ${notes} notes written to ${path.relative(REPO_ROOT, contentDir)}/ (${(corpus.bytes / 1e6).toFixed(1)} MB)`,
  );

  const pipelineCache = path.join(o.workDir, `pipeline-cache-${notes}`);
  if (o.parts.has("pipeline")) {
    try {
      const m = await measurePipeline(contentDir, pipelineCache);
      result.pipeline = m.pipeline;
      result.searchIndex = m.searchIndex;
      o.log(
        `bench: ${notes} notes: pipeline ${(m.pipeline.coldMs / 1000).toFixed(1)} s cold, ${(m.pipeline.warmMs / 1000).toFixed(1)} s warm, ${m.pipeline.peakRssMB.toFixed(0)} MB peak`,
      );
    } catch (error) {
      result.pipeline = result.searchIndex = failed(error);
    }
  }
  if (
    o.buildSizes.includes(notes) &&
    (o.parts.has("build") || (o.parts.has("rebuild") && notes === o.rebuildSize))
  ) {
    const paths = buildPaths(o.workDir, notes, contentDir);
    try {
      const build = await measureBuild(paths);
      o.log(
        `bench: ${notes} notes: static build ${(build.totalMs / 1000).toFixed(1)} s (next build ${(build.nextBuildMs / 1000).toFixed(1)} s)`,
      );
      if (o.parts.has("build")) {
        result.build = build;
        result.firstLoad = await measureFirstLoad(paths.siteDir);
      }
      if (o.parts.has("rebuild") && notes === o.rebuildSize) {
        result.rebuild = await measureRebuild(paths, notes);
        o.log(
          `bench: ${notes} notes: rebuild ${(result.rebuild.prebuildMs / 1000).toFixed(2)} s prebuild + ${(result.rebuild.nextBuildMs / 1000).toFixed(1)} s next build`,
        );
      } else if (o.parts.has("rebuild")) {
        result.rebuild = { skipped: `rebuild runs for ${o.rebuildSize} notes (--rebuild-size)` };
      }
    } catch (error) {
      const f = failed(error);
      if (o.parts.has("build")) result.build = result.firstLoad = f;
      if (o.parts.has("rebuild") && notes === o.rebuildSize) result.rebuild = f;
    }
  } else {
    if (o.parts.has("build"))
      result.build = result.firstLoad = {
        skipped: `static build runs for ${o.buildSizes.join(", ")} notes (--build-sizes)`,
      };
    if (o.parts.has("rebuild"))
      result.rebuild = { skipped: `rebuild runs for ${o.rebuildSize} notes (--rebuild-size)` };
  }
  if (o.parts.has("server")) {
    if (o.serverSizes.includes(notes)) {
      try {
        result.server = await measureServer(
          serverPaths(o.workDir, notes, contentDir, pipelineCache),
        );
        o.log(
          `bench: ${notes} notes: server build ${(result.server.nextBuildMs / 1000).toFixed(1)} s, chapter page ${result.server.chapterFirstMs.toFixed(0)} ms first, ${result.server.chapterCachedMs.toFixed(0)} ms cached, --watch edit → page ${watchFigure(result.server.watchEdit)}`,
        );
      } catch (error) {
        result.server = failed(error);
      }
    } else
      result.server = {
        skipped: `server mode runs for ${o.serverSizes.join(", ")} notes (--server-sizes)`,
      };
  }
  if (o.parts.has("query")) result.query = readQueryFigures(notes, o.searchResultsFile);
  return result;
}

function watchFigure(w: ServerResult["watchEdit"]): string {
  if (!w) return "not measured";
  if (isSkipped(w)) return w.skipped;
  return `${w.editToPageMs.toFixed(0)} ms (prebuild ${w.prebuildMs.toFixed(0)} ms, ${w.parsed} parsed)`;
}

const NOT_REQUESTED = /^not requested /;

function readPrevious(file: string): SizeResult[] {
  if (!existsSync(file)) return [];
  const parsed = benchResultsSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success)
    throw new Error(
      `--merge: ${path.relative(process.cwd(), file)} is not a results file of this version; run without --merge.`,
    );
  return parsed.data.sizes;
}

/** New figures win; a part this run did not request keeps its previous figure. */
export function mergeResults(
  previous: readonly SizeResult[],
  current: readonly SizeResult[],
): SizeResult[] {
  const keys = [
    "pipeline",
    "searchIndex",
    "build",
    "firstLoad",
    "rebuild",
    "query",
    "server",
  ] as const;
  const out = current.map((cur) => {
    const prev = previous.find((p) => p.notes === cur.notes);
    if (!prev) return cur;
    const merged: SizeResult = { ...cur };
    for (const k of keys) {
      const v = cur[k];
      if (isSkipped(v) && NOT_REQUESTED.test(v.skipped)) Object.assign(merged, { [k]: prev[k] });
    }
    return merged;
  });
  for (const p of previous) if (!out.some((c) => c.notes === p.notes)) out.push(p);
  return out.sort((a, b) => a.notes - b.notes);
}

/** Runs the benchmark, prints the tables, writes results.json (unless out is null). */
export async function runBench(options: Partial<RunOptions> = {}): Promise<BenchResults> {
  const o: RunOptions = { ...DEFAULT_OPTIONS, ...options };
  const budgets = loadBudgets(o.budgetsFile);
  const cpus = os.cpus();
  const machine = {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    loadAverage: Math.round(os.loadavg()[0]! * 100) / 100,
  };
  if (machine.loadAverage > machine.cpus) {
    o.log(
      `bench: the load average is ${machine.loadAverage} on ${machine.cpus} CPUs: other work shares this machine, so wall times will be inflated (CPU times are printed next to them).`,
    );
  }
  if (o.parts.has("query") && o.searchBench) {
    const code = await runSearchBench([]);
    if (code !== 0)
      o.log(
        code === -1
          ? "bench: scripts/bench-search.ts is not there yet; query rows stay empty."
          : `bench: npm run bench:search exited with ${code}.`,
      );
  }
  const measured: SizeResult[] = [];
  for (const n of o.sizes) measured.push(await measureSize(n, o));
  const sizes = o.merge && o.out ? mergeResults(readPrevious(o.out), measured) : measured;
  const results = benchResultsSchema.parse({
    version: 1,
    createdAt: new Date().toISOString(),
    machine,
    command: ["npm run bench --", ...process.argv.slice(2)].join(" ").trim(),
    sizes,
    budgets: checkBudgets(budgets, sizes),
  });
  if (o.out) {
    await fs.mkdir(path.dirname(o.out), { recursive: true });
    await fs.writeFile(o.out, JSON.stringify(results, null, 2) + "\n");
  }
  o.log("");
  o.log(formatResults(results));
  o.log("");
  o.log(formatBudgets(results.budgets));
  if (o.out) o.log(`\nbench: wrote ${path.relative(process.cwd(), o.out)}`);
  return results;
}

const USAGE = `Usage: npm run bench -- [--sizes 100,1000,10000] [--parts pipeline,build,rebuild,query,server]
                     [--build-sizes 100,1000] [--rebuild-size 1000] [--server-sizes 1000,10000]
                     [--search-bench] [--merge]
                     [--work .build/bench] [--corpus bench/corpus] [--out bench/results.json | --no-out]
Sizes are numbers of notes (100, 1k, 10_000). See the top of scripts/bench/run.ts or bench/README.md.`;

/** The options given on the command line (the rest keep DEFAULT_OPTIONS). */
export function parseRunArgs(argv: readonly string[], io?: CliIo): Partial<RunOptions> {
  const { values: v, fail } = parseCli(
    argv,
    {
      command: "bench",
      usage: USAGE,
      options: {
        sizes: { type: "string", parse: sizeList },
        parts: { type: "string", parse: listOf(PARTS, "part") },
        "build-sizes": { type: "string", parse: sizeList },
        "rebuild-size": { type: "string", parse: positiveInt },
        "server-sizes": { type: "string", parse: sizeList },
        "search-bench": { type: "boolean" },
        work: { type: "string" },
        corpus: { type: "string" },
        out: { type: "string" },
        "no-out": { type: "boolean" },
        merge: { type: "boolean" },
      },
    },
    io,
  );
  if (v.out !== undefined && v["no-out"]) fail("give --out FILE or --no-out, not both");
  const o: Partial<RunOptions> = {};
  if (v.sizes) o.sizes = v.sizes;
  if (v.parts) o.parts = new Set(v.parts);
  if (v["build-sizes"]) o.buildSizes = v["build-sizes"];
  if (v["rebuild-size"] !== undefined) o.rebuildSize = v["rebuild-size"];
  if (v["server-sizes"]) o.serverSizes = v["server-sizes"];
  if (v["search-bench"]) o.searchBench = true;
  if (v.work !== undefined) o.workDir = path.resolve(v.work);
  if (v.corpus !== undefined) o.corpusDir = path.resolve(v.corpus);
  if (v.out !== undefined) o.out = path.resolve(v.out);
  if (v["no-out"]) o.out = null;
  if (v.merge) o.merge = true;
  return o;
}

if (isMain(import.meta.url)) {
  let options: Partial<RunOptions>;
  try {
    options = parseRunArgs(process.argv.slice(2));
  } catch (error) {
    process.exit(exitCodeOf(error));
  }
  Promise.resolve()
    .then(() => runBench(options))
    .catch((error: unknown) => {
      console.error(
        `bench: ${error instanceof CorporaMissingError || error instanceof Error ? error.message : String(error)}`,
      );
      process.exitCode = 1;
    });
}
