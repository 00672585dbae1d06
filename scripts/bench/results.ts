/**
 * The shape of `bench/results.json` and `bench/budgets.json`, and how a result is checked against
 * the budgets. Timings are compared and reported here, never asserted in tests.
 */
import { z } from "zod";

/** A part of the benchmark that did not run, and why (printed in the table instead of a figure). */
export const skippedSchema = z.object({
  /** Why there is no figure: "not requested", "search: not measured yet", an error text … */
  skipped: z.string().min(1),
});
export type Skipped = z.infer<typeof skippedSchema>;

const ms = z.number().nonnegative();
const bytes = z.number().int().nonnegative();

export const pipelineResultSchema = z.object({
  /** Wall time of runPipeline (load → diagnostics) with an empty cache. */
  coldMs: ms,
  /** CPU time (user + system) of the same run; wall time minus this is waiting for a shared CPU. */
  coldCpuMs: ms,
  /** Wall time of runPipeline again with the cache the cold run filled (nothing re-parsed). */
  warmMs: ms,
  /** Peak resident memory of the process that ran both (MB), cold run + search index + warm run. */
  peakRssMB: z.number().nonnegative(),
  /** Worker threads the pipeline ran on (1 = the single-threaded runPipeline). */
  threads: z.number().int().positive(),
  notes: z.number().int().nonnegative(),
  chapters: z.number().int().nonnegative(),
  tasks: z.number().int().nonnegative(),
  diagnostics: z.number().int().nonnegative(),
  /** Files re-parsed by the warm run (should be 0). */
  warmParsed: z.number().int().nonnegative(),
});
export type PipelineResult = z.infer<typeof pipelineResultSchema>;

export const searchIndexResultSchema = z.object({
  /** Wall time of buildSearchArtifacts(model). */
  ms,
  rawBytes: bytes,
  gzipBytes: bytes,
  shards: z.number().int().nonnegative(),
  files: z.number().int().nonnegative(),
});
export type SearchIndexResult = z.infer<typeof searchIndexResultSchema>;

export const buildResultSchema = z.object({
  /** prebuild (pipeline + search index + content.json) with an empty cache. */
  prebuildMs: ms,
  /** CPU time of prebuild. */
  prebuildCpuMs: ms,
  /** `next build` (static export), from a clean dist folder. */
  nextBuildMs: ms,
  /** CPU time of next build and its workers (wall time above this means a shared or idle CPU). */
  nextBuildCpuMs: ms,
  /** Both: what `npm run build` costs from scratch. */
  totalMs: ms,
  /** HTML pages in the export. */
  htmlPages: z.number().int().nonnegative(),
  /** Size of the export on disk. */
  siteBytes: bytes,
});
export type BuildResult = z.infer<typeof buildResultSchema>;

export const pageKinds = ["dashboard", "note", "chapter", "checklist", "search"] as const;
export type PageKind = (typeof pageKinds)[number];

export const firstLoadPageSchema = z.object({
  /** The exported HTML file measured, relative to the site. */
  page: z.string(),
  /** JavaScript files the page loads (script src + modulepreload), deduplicated. */
  scripts: z.number().int().nonnegative(),
  rawBytes: bytes,
  /** Each file gzipped at level 9, summed. */
  gzipBytes: bytes,
  /** Each file brotli-compressed (quality 11), summed: what most CDNs serve. */
  brotliBytes: bytes,
  /** The HTML document itself (it carries the RSC payload too), raw and gzipped. */
  htmlBytes: bytes,
  htmlGzipBytes: bytes,
  /** URLs under /_search/ that the page loads or preloads (must be none). */
  searchFiles: z.array(z.string()),
});
export type FirstLoadPage = z.infer<typeof firstLoadPageSchema>;

export const firstLoadResultSchema = z.record(
  z.enum(pageKinds),
  z.union([firstLoadPageSchema, skippedSchema]),
);
export type FirstLoadResult = z.infer<typeof firstLoadResultSchema>;

export const rebuildResultSchema = z.object({
  /** The note edited. */
  edited: z.string(),
  /** prebuild after the edit, warm cache: what a writer waits for before content.json is fresh. */
  prebuildMs: ms,
  parsed: z.number().int().nonnegative(),
  cached: z.number().int().nonnegative(),
  /** `next build` after the edit (Next re-renders every page; it keeps no page cache). */
  nextBuildMs: ms,
  nextBuildCpuMs: ms,
  totalMs: ms,
});
export type RebuildResult = z.infer<typeof rebuildResultSchema>;

export const queryResultSchema = z.object({
  /** Where the figures come from (the search engineer's bench/search-results.json). */
  source: z.string(),
  p50Ms: ms,
  p95Ms: ms,
  /** Bytes the browser fetched to answer the first query (index shards + search code). */
  firstQueryBytes: bytes.nullable(),
  queries: z.number().int().nonnegative().nullable(),
});
export type QueryResult = z.infer<typeof queryResultSchema>;

export const watchEditResultSchema = z.object({
  /** The note whose title was rewritten (relative to the corpus folder). */
  edited: z.string(),
  /** From writing the file to the first response of the note page with the new title. */
  editToPageMs: ms,
  /** The prebuild the watcher ran for that edit, as the server printed it. */
  prebuildMs: ms,
  parsed: z.number().int().nonnegative(),
  cached: z.number().int().nonnegative(),
});
export type WatchEditResult = z.infer<typeof watchEditResultSchema>;

export const serverResultSchema = z.object({
  /** prebuild for the server build (warm cache from the pipeline part when it ran). */
  prebuildMs: ms,
  notes: z.number().int().nonnegative(),
  /** `SHIORI_SERVER=1 next build`: no note or chapter page is rendered at build time. */
  nextBuildMs: ms,
  nextBuildCpuMs: ms,
  /** Note and chapter pages in Next's prerender manifest (0 in server mode). */
  prerenderedNotePages: z.number().int().nonnegative(),
  /** A chapter page's first request: rendered on demand. */
  chapterFirstMs: ms,
  /** The same page again: from Next's cache. */
  chapterCachedMs: ms,
  chapterBytes: bytes,
  /** The dashboard (rendered at build time; it lists every note). */
  dashboardMs: ms,
  dashboardBytes: bytes,
  /**
   * `serve --watch`: one note's title rewritten on disk, until the page shows it (no next build).
   * Absent in results written before it was measured.
   */
  watchEdit: z.union([watchEditResultSchema, skippedSchema]).optional(),
});
export type ServerResult = z.infer<typeof serverResultSchema>;

const part = <T extends z.ZodTypeAny>(schema: T) => z.union([schema, skippedSchema]);

export const sizeResultSchema = z.object({
  notes: z.number().int().positive(),
  corpus: z.object({ files: z.number().int().nonnegative(), bytes, ms }),
  pipeline: part(pipelineResultSchema),
  searchIndex: part(searchIndexResultSchema),
  build: part(buildResultSchema),
  firstLoad: part(firstLoadResultSchema),
  rebuild: part(rebuildResultSchema),
  query: part(queryResultSchema),
  server: part(serverResultSchema),
});
export type SizeResult = z.infer<typeof sizeResultSchema>;

export const budgetSchema = z.object({
  /** Stable id, e.g. `pipeline-search-10k`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What people read in the table. */
  label: z.string(),
  /** Which figure is compared (see METRICS). */
  metric: z.string(),
  /** The corpus size the budget applies to. */
  notes: z.number().int().positive(),
  /** The figure must be at most this. */
  max: z.number().nonnegative(),
  unit: z.enum(["ms", "MB", "KB", "files"]),
});
export type Budget = z.infer<typeof budgetSchema>;
export const budgetsFileSchema = z.object({
  $comment: z.string().optional(),
  budgets: z.array(budgetSchema).min(1),
});

export const budgetCheckSchema = budgetSchema.extend({
  /** The measured figure, or null when that part did not run. */
  actual: z.number().nullable(),
  /** met / missed / not measured. */
  status: z.enum(["met", "missed", "not measured"]),
});
export type BudgetCheck = z.infer<typeof budgetCheckSchema>;

export const benchResultsSchema = z.object({
  version: z.literal(1),
  createdAt: z.string(),
  machine: z.object({
    cpus: z.number().int().positive(),
    cpuModel: z.string(),
    memoryGB: z.number().positive(),
    node: z.string(),
    /** 1-minute load average when the run started: above the CPU count, timings are inflated. */
    loadAverage: z.number().nonnegative(),
  }),
  command: z.string(),
  sizes: z.array(sizeResultSchema),
  budgets: z.array(budgetCheckSchema),
});
export type BenchResults = z.infer<typeof benchResultsSchema>;

const isSkipped = (x: unknown): x is Skipped =>
  typeof x === "object" && x !== null && "skipped" in x;

/** Figures a budget can name. Each returns null when the part it needs did not run. */
export const METRICS: Record<string, (r: SizeResult) => number | null> = {
  pipelinePlusSearchMs: (r) =>
    isSkipped(r.pipeline)
      ? null
      : r.pipeline.coldMs + (isSkipped(r.searchIndex) ? 0 : r.searchIndex.ms),
  peakRssMB: (r) => (isSkipped(r.pipeline) ? null : r.pipeline.peakRssMB),
  buildMs: (r) => (isSkipped(r.build) ? null : r.build.totalMs),
  rebuildPrebuildMs: (r) => (isSkipped(r.rebuild) ? null : r.rebuild.prebuildMs),
  rebuildTotalMs: (r) => (isSkipped(r.rebuild) ? null : r.rebuild.totalMs),
  serverWatchEditMs: (r) =>
    isSkipped(r.server) || !r.server.watchEdit || isSkipped(r.server.watchEdit)
      ? null
      : r.server.watchEdit.editToPageMs,
  firstLoadChapterKB: (r) => {
    if (isSkipped(r.firstLoad)) return null;
    const page = r.firstLoad.chapter;
    return !page || isSkipped(page) ? null : page.gzipBytes / 1024;
  },
  firstLoadSearchFiles: (r) => {
    if (isSkipped(r.firstLoad)) return null;
    const pages = Object.values(r.firstLoad).filter((p): p is FirstLoadPage => !isSkipped(p));
    return pages.length === 0 ? null : pages.reduce((n, p) => n + p.searchFiles.length, 0);
  },
  queryP95Ms: (r) => (isSkipped(r.query) ? null : r.query.p95Ms),
  firstQueryKB: (r) =>
    isSkipped(r.query) || r.query.firstQueryBytes === null ? null : r.query.firstQueryBytes / 1024,
};

/** Checks each budget against the size it applies to. A budget naming an unknown metric throws. */
export function checkBudgets(
  budgets: readonly Budget[],
  sizes: readonly SizeResult[],
): BudgetCheck[] {
  return budgets.map((b) => {
    const metric = METRICS[b.metric];
    if (!metric) {
      throw new Error(
        `bench/budgets.json: budget "${b.id}" names metric "${b.metric}", which does not exist. Use one of: ${Object.keys(METRICS).join(", ")}.`,
      );
    }
    const size = sizes.find((s) => s.notes === b.notes);
    const actual = size ? metric(size) : null;
    const status = actual === null ? "not measured" : actual <= b.max ? "met" : "missed";
    return { ...b, actual, status };
  });
}

export { isSkipped };
