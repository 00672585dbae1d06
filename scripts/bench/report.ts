/** Prints bench results as plain-text tables (the same rows go into the issue note). */
import type { BenchResults, BudgetCheck, SizeResult, Skipped } from "./results";
import { isSkipped, pageKinds } from "./results";

const s = (msValue: number) =>
  msValue >= 10_000
    ? `${(msValue / 1000).toFixed(0)} s`
    : msValue >= 1000
      ? `${(msValue / 1000).toFixed(1)} s`
      : `${msValue.toFixed(msValue < 10 ? 2 : 0)} ms`;
const kb = (b: number) =>
  b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MB` : `${(b / 1024).toFixed(1)} KB`;
const why = (x: Skipped) => `— (${x.skipped})`;

type Row = [label: string, cell: (r: SizeResult) => string | null];

const ROWS: Row[] = [
  ["corpus (files, size)", (r) => `${r.corpus.files} notes, ${kb(r.corpus.bytes)}`],
  [
    "pipeline cold: wall (CPU)",
    (r) =>
      isSkipped(r.pipeline)
        ? why(r.pipeline)
        : `${s(r.pipeline.coldMs)} (${s(r.pipeline.coldCpuMs)})`,
  ],
  [
    "pipeline warm cache",
    (r) =>
      isSkipped(r.pipeline) ? null : `${s(r.pipeline.warmMs)} (${r.pipeline.warmParsed} re-parsed)`,
  ],
  [
    "pipeline peak memory (RSS)",
    (r) => (isSkipped(r.pipeline) ? null : `${r.pipeline.peakRssMB.toFixed(0)} MB`),
  ],
  [
    "notes / chapters / tasks",
    (r) =>
      isSkipped(r.pipeline)
        ? null
        : `${r.pipeline.notes} / ${r.pipeline.chapters} / ${r.pipeline.tasks}`,
  ],
  [
    "search index build",
    (r) => (isSkipped(r.searchIndex) ? why(r.searchIndex) : s(r.searchIndex.ms)),
  ],
  [
    "search index raw / gzip / shards",
    (r) =>
      isSkipped(r.searchIndex)
        ? null
        : `${kb(r.searchIndex.rawBytes)} / ${kb(r.searchIndex.gzipBytes)} / ${r.searchIndex.shards}`,
  ],
  ["static build total: wall", (r) => (isSkipped(r.build) ? why(r.build) : s(r.build.totalMs))],
  [
    "  prebuild: wall (CPU)",
    (r) => (isSkipped(r.build) ? null : `${s(r.build.prebuildMs)} (${s(r.build.prebuildCpuMs)})`),
  ],
  [
    "  next build: wall (CPU)",
    (r) => (isSkipped(r.build) ? null : `${s(r.build.nextBuildMs)} (${s(r.build.nextBuildCpuMs)})`),
  ],
  [
    "  HTML pages / site size",
    (r) => (isSkipped(r.build) ? null : `${r.build.htmlPages} / ${kb(r.build.siteBytes)}`),
  ],
  ...pageKinds.map((kind): Row => [
    `first-load JS ${kind} (gzip / br)`,
    (r) => {
      if (isSkipped(r.firstLoad)) return kind === "dashboard" ? why(r.firstLoad) : null;
      const p = r.firstLoad[kind];
      if (!p) return null;
      if (isSkipped(p)) return why(p);
      return `${kb(p.gzipBytes)} / ${kb(p.brotliBytes)}${p.searchFiles.length ? `, loads ${p.searchFiles.length} /_search/ files!` : ""}`;
    },
  ]),
  ...pageKinds.map((kind): Row => [
    `HTML ${kind} (raw / gzip)`,
    (r) => {
      if (isSkipped(r.firstLoad)) return null;
      const p = r.firstLoad[kind];
      return !p || isSkipped(p) ? null : `${kb(p.htmlBytes)} / ${kb(p.htmlGzipBytes)}`;
    },
  ]),
  [
    "rebuild, 1 note edited: prebuild",
    (r) =>
      isSkipped(r.rebuild)
        ? why(r.rebuild)
        : `${s(r.rebuild.prebuildMs)} (${r.rebuild.parsed} parsed, ${r.rebuild.cached} cached)`,
  ],
  [
    "rebuild: + next build (CPU)",
    (r) =>
      isSkipped(r.rebuild) ? null : `${s(r.rebuild.nextBuildMs)} (${s(r.rebuild.nextBuildCpuMs)})`,
  ],
  [
    "server mode: next build (CPU)",
    (r) =>
      isSkipped(r.server)
        ? why(r.server)
        : `${s(r.server.nextBuildMs)} (${s(r.server.nextBuildCpuMs)}), ${r.server.prerenderedNotePages} note pages pre-rendered`,
  ],
  [
    "server mode: chapter first / cached",
    (r) =>
      isSkipped(r.server) ? null : `${s(r.server.chapterFirstMs)} / ${s(r.server.chapterCachedMs)}`,
  ],
  [
    "server mode: dashboard",
    (r) =>
      isSkipped(r.server)
        ? null
        : `${s(r.server.dashboardMs)}, ${kb(r.server.dashboardBytes)} HTML`,
  ],
  [
    "server mode --watch: edit → page shows it",
    (r) => {
      if (isSkipped(r.server)) return null;
      const w = r.server.watchEdit;
      if (!w) return "— (not measured)";
      return isSkipped(w)
        ? why(w)
        : `${s(w.editToPageMs)} (prebuild ${s(w.prebuildMs)}, ${w.parsed} parsed, ${w.cached} cached)`;
    },
  ],
  [
    "query p50 / p95 (Chromium)",
    (r) => (isSkipped(r.query) ? why(r.query) : `${s(r.query.p50Ms)} / ${s(r.query.p95Ms)}`),
  ],
  [
    "first query fetched",
    (r) =>
      isSkipped(r.query)
        ? null
        : r.query.firstQueryBytes === null
          ? "—"
          : kb(r.query.firstQueryBytes),
  ],
];

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [
    line(header),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...rows.map(line),
  ].join("\n");
}

/** The results table: one row per figure, one column per corpus size (Markdown, also readable as text). */
export function formatResults(results: Pick<BenchResults, "sizes">): string {
  const sizes = results.sizes;
  const rows = ROWS.map(([label, cell]) => [label, ...sizes.map((r) => cell(r) ?? "")]).filter(
    (r) => r.slice(1).some((c) => c !== ""),
  );
  // A reason repeated in every column is said once.
  const compact = rows.map((r) => {
    const cells = r.slice(1);
    return cells.every((c) => c === cells[0]) && cells[0]!.startsWith("— (") && cells.length > 1
      ? [r[0]!, cells[0]!, ...cells.slice(1).map(() => "″")]
      : r;
  });
  return table(["", ...sizes.map((r) => `${r.notes.toLocaleString("en")} notes`)], compact);
}

const unitValue = (b: Pick<BudgetCheck, "unit">, v: number) =>
  b.unit === "ms"
    ? s(v)
    : b.unit === "MB"
      ? `${v.toFixed(0)} MB`
      : b.unit === "KB"
        ? `${v.toFixed(1)} KB`
        : String(v);

export function formatBudgets(checks: readonly BudgetCheck[]): string {
  return table(
    ["budget", "limit", "measured", "status"],
    checks.map((c) => [
      c.label,
      unitValue(c, c.max),
      c.actual === null ? "—" : unitValue(c, c.actual),
      c.status === "met" ? "met" : c.status === "missed" ? "MISSED" : "not measured",
    ]),
  );
}
