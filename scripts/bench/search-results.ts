/**
 * Query figures for the table come from the search engineer's benchmark (scripts/bench-search.ts,
 * `npm run bench:search`), which writes bench/search-results.json. This module runs it (when asked)
 * and picks the Chromium latency and first-query bytes for a corpus size out of that file.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./corpus";
import type { QueryResult, Skipped } from "./results";

export const SEARCH_BENCH_SCRIPT = path.join(REPO_ROOT, "scripts", "bench-search.ts");
export const SEARCH_RESULTS_FILE = path.join(REPO_ROOT, "bench", "search-results.json");

/** Runs `tsx scripts/bench-search.ts <args>` with its output shown; resolves to its exit code. */
export function runSearchBench(args: readonly string[]): Promise<number> {
  if (!existsSync(SEARCH_BENCH_SCRIPT)) return Promise.resolve(-1);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", SEARCH_BENCH_SCRIPT, ...args], {
      cwd: REPO_ROOT,
      stdio: "inherit",
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const isObj = (v: Json | undefined): v is Obj =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const num = (o: Obj, re: RegExp): number | null => {
  for (const [k, v] of Object.entries(o)) if (re.test(k) && typeof v === "number") return v;
  return null;
};

const SIZE_KEY = /^(notes|size|corpus(Size)?)$/i;

/**
 * Every object in the tree with the keys leading to it and the corpus size it belongs to: its own
 * `notes`/`size` field, else the nearest ancestor's, else a key on the way that names a size.
 */
function* objects(
  v: Json,
  trail: string[] = [],
  size: number | null = null,
): Generator<{ o: Obj; trail: string[]; size: number | null }> {
  if (Array.isArray(v)) for (const x of v) yield* objects(x, trail, size);
  else if (isObj(v)) {
    const own = num(v, SIZE_KEY) ?? size;
    yield { o: v, trail, size: own };
    for (const [k, x] of Object.entries(v)) {
      const named = /^\D*(\d+)\D*$/.exec(k);
      yield* objects(x, [...trail, k], own ?? (named ? Number(named[1]) : null));
    }
  }
}

/**
 * The Chromium query figures for `notes` notes in a parsed search-results file: the object for that
 * corpus size holding p50/p95 numbers, preferring one under a "chromium"/"browser" key over Node
 * figures. Fits bench/search-results.json (`scales: [{ notes, node: {…}, chromium: { p50Ms,
 * p95Ms, firstQueryBytes, queries } }]`) and similar shapes.
 */
export function pickQueryFigures(data: Json, notes: number, source: string): QueryResult | Skipped {
  const candidates: { o: Obj; score: number }[] = [];
  for (const { o, trail, size } of objects(data)) {
    if (size !== notes) continue;
    const p50 = num(o, /p50/i);
    const p95 = num(o, /p95/i);
    if (p50 === null || p95 === null) continue;
    const where = trail.join(".").toLowerCase();
    const score = /chromium|browser/.test(where) ? 2 : /node/.test(where) ? 0 : 1;
    candidates.push({ o, score });
  }
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best)
    return { skipped: `search: ${path.basename(source)} has no p50/p95 for ${notes} notes` };
  return {
    source: path.relative(REPO_ROOT, source),
    p50Ms: num(best.o, /p50/i)!,
    p95Ms: num(best.o, /p95/i)!,
    firstQueryBytes: num(best.o, /first.*bytes|bytes.*first/i),
    queries: num(best.o, /^(queries|count|samples)$/i),
  };
}

/** Query figures for a corpus size from bench/search-results.json, or why there are none. */
export function readQueryFigures(
  notes: number,
  file: string = SEARCH_RESULTS_FILE,
): QueryResult | Skipped {
  if (!existsSync(file))
    return {
      skipped:
        "search: not measured yet (no bench/search-results.json; npm run bench:search writes it)",
    };
  let data: Json;
  try {
    data = JSON.parse(readFileSync(file, "utf8")) as Json;
  } catch (error) {
    return { skipped: `search: ${path.basename(file)} is not JSON (${(error as Error).message})` };
  }
  return pickQueryFigures(data, notes, file);
}
