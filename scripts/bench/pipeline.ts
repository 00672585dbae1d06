/**
 * Measures the content pipeline (load → diagnostics) and the search index build on one corpus, in a
 * child process of its own so its peak memory is not mixed with the harness's:
 *   cold run (empty cache) → buildSearchArtifacts(model) → warm run (cache filled by the cold run).
 * Run directly: `tsx scripts/bench/pipeline.ts <contentDir> <cacheDir>` prints the JSON.
 */
import { spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { runPipeline } from "@/lib/content/pipeline";
import { REPO_ROOT } from "./corpus";
import {
  pipelineResultSchema,
  searchIndexResultSchema,
  skippedSchema,
  type PipelineResult,
  type SearchIndexResult,
  type Skipped,
} from "./results";
import { artifactFiles, loadSearchBuilder, NOT_MEASURED, sizeArtifacts } from "./search-adapter";
import { parseArgv } from "../cli";
import { isMain } from "../is-main";

export interface PipelineMeasurement {
  pipeline: PipelineResult;
  searchIndex: SearchIndexResult | Skipped;
}

const measurementSchema = z.object({
  pipeline: pipelineResultSchema,
  searchIndex: z.union([searchIndexResultSchema, skippedSchema]),
});

const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

/** The measurement itself, in this process (peak memory is this process's). */
export async function measurePipelineHere(
  contentDir: string,
  cacheDir: string,
): Promise<PipelineMeasurement> {
  await fs.rm(cacheDir, { recursive: true, force: true });
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const model = await runPipeline({ contentDir, cacheDir });
  const coldMs = performance.now() - t0;
  const coldCpuMs = cpuMs(cpu);

  let searchIndex: SearchIndexResult | Skipped = { skipped: NOT_MEASURED };
  const build = await loadSearchBuilder();
  if (build) {
    const t1 = performance.now();
    const artifacts = await build(model);
    const ms = performance.now() - t1;
    const files = artifactFiles(artifacts);
    searchIndex =
      files.length > 0
        ? { ms, ...sizeArtifacts(files) }
        : {
            skipped:
              "search: buildSearchArtifacts returned no files the harness recognises (see scripts/bench/search-adapter.ts)",
          };
  }

  const t2 = performance.now();
  const warm = await runPipeline({ contentDir, cacheDir });
  const warmMs = performance.now() - t2;
  return {
    pipeline: {
      coldMs,
      coldCpuMs,
      warmMs,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
      threads: model.stats.threads,
      notes: model.notes.length,
      chapters: model.notes.reduce((n, note) => n + note.chapters.length, 0),
      tasks: model.notes.reduce((n, note) => n + note.checklist.length, 0),
      diagnostics: model.diagnostics.length,
      warmParsed: warm.stats.parsed,
    },
    searchIndex,
  };
}

/** Runs measurePipelineHere in a fresh Node process and returns what it printed. */
export function measurePipeline(
  contentDir: string,
  cacheDir: string,
): Promise<PipelineMeasurement> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        fileURLToPath(import.meta.url),
        path.resolve(contentDir),
        path.resolve(cacheDir),
      ],
      { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    child.on("error", reject);
    child.on("exit", (code) => {
      const last = out.trim().split("\n").pop() ?? "";
      if (code !== 0)
        return reject(
          new Error(`the pipeline benchmark process exited with ${code} on ${contentDir}`),
        );
      try {
        resolve(measurementSchema.parse(JSON.parse(last)));
      } catch (error) {
        reject(
          new Error(
            `the pipeline benchmark printed something that is not a measurement: ${(error as Error).message}\n${last.slice(0, 300)}`,
          ),
        );
      }
    });
  });
}

if (isMain(import.meta.url)) {
  const { positionals } = parseArgv({
    command: "bench/pipeline.ts",
    usage: `Usage: tsx scripts/bench/pipeline.ts <contentDir> <cacheDir>
Measures the pipeline and the search index build on one corpus and prints the JSON.`,
    positionals: [
      { name: "contentDir", required: true },
      { name: "cacheDir", required: true },
    ],
  });
  const [contentDir, cacheDir] = positionals;
  measurePipelineHere(contentDir, cacheDir).then(
    (m) => console.log(JSON.stringify(m)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
