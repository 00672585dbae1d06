/**
 * `npm run bench:search`: quality and speed of Shiori search, with Pagefind measured beside it.
 *
 * 1. Quality on the labelled set (test/search/queries.json): recall and precision of our engine
 *    (in Node and, as a check, in Chromium) and of Pagefind over the same sections.
 * 2. For 1,000 and 10,000 notes recombined from ../shared/corpora (skipped with a message when the
 *    corpora are absent): index build time, index bytes (raw and gzip), warm query latency p50/p95
 *    in Node and in Chromium, and what a first query fetches (files, raw and transferred bytes).
 *    Pagefind: index time, bytes, first-query bytes and latency in Chromium on the same sections.
 *
 * Chromium loads a small page that bundles lib/search/client.ts (esbuild) from a local server on
 * 127.0.0.1 that serves JSON/JS gzip-compressed and the binary posting shards as they are (as
 * many static hosts do with application/octet-stream). Results also go to bench/search-results.json.
 *
 *   npm run bench:search -- [--sizes 1000,10000] [--reps N] [--no-chromium] [--no-pagefind] [--fresh]
 *   --sizes 1000,10000   corpus sizes (notes) for the speed figures; 0 for none (quality only)
 *   --reps N             timed repetitions per query (default 5)
 *   --no-chromium        skip the Chromium figures
 *   --no-pagefind        skip Pagefind
 *   --fresh              rebuild the corpora
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build as esbuild } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { runPipeline } from "@/lib/content/pipeline";
import type { ContentModel } from "@/lib/content/types";
import { buildSearchArtifacts, type SearchArtifactFile } from "@/lib/search/build";
import { toSearchDocs } from "@/lib/search/docs";
import { SearchEngine } from "@/lib/search/engine";
import { memorySource } from "@/lib/search/memory";
import {
  evaluate,
  labelledSetSchema,
  scoresByKind,
  substringScan,
  type LabelledSet,
  type QualityReport,
} from "@/lib/search/quality";
import type { SearchDoc } from "@/lib/search/types";
import { CHROMIUM_ARGS, findChromium } from "./chromium";
import { parseArgv, positiveInt, sizeList, type Converter } from "./cli";
import { isMain } from "./is-main";
import { makeCorpus, missingCorpora, DEFAULT_CORPORA_DIR, REPO_ROOT } from "./bench/corpus";
import { SCALE_QUERIES } from "./bench/queries";

const OUT = path.join(REPO_ROOT, "bench", "out", "search");
const RESULTS = path.join(REPO_ROOT, "bench", "search-results.json");
const LABELLED = path.join(REPO_ROOT, "test", "search", "queries.json");

const FIRST_QUERY = { q: "障害", lang: "ja" };

const USAGE = `Usage: npm run bench:search -- [--sizes 1000,10000] [--reps N] [--no-chromium] [--no-pagefind] [--fresh]
  --sizes 1000,10000   corpus sizes (notes) for the speed figures; 0 for none (quality only)
  --reps N             timed repetitions per query (default 5)
  --no-chromium        skip the Chromium figures
  --no-pagefind        skip Pagefind
  --fresh              rebuild the corpora`;

/** `--sizes 0` (or empty): no scale figures, only the quality ones. */
const sizesOrNone: Converter<number[]> = (raw, name) =>
  raw.trim() === "" || raw.trim() === "0" ? [] : sizeList(raw, name);

function parseBenchArgs() {
  const { values } = parseArgv({
    command: "bench:search",
    usage: USAGE,
    options: {
      sizes: { type: "string", default: "1000,10000", parse: sizesOrNone },
      reps: { type: "string", default: "5", parse: positiveInt },
      "no-chromium": { type: "boolean" },
      "no-pagefind": { type: "boolean" },
      fresh: { type: "boolean" },
    },
  });
  return {
    sizes: values.sizes,
    reps: values.reps,
    chromium: !values["no-chromium"],
    pagefind: !values["no-pagefind"],
    fresh: values.fresh,
  };
}

const bytesOf = (c: string | Uint8Array) =>
  typeof c === "string" ? Buffer.from(c, "utf8") : Buffer.from(c);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1048576).toFixed(2)} MB`;
const ms = (n: number) => `${n.toFixed(2)} ms`;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

function sizeOfFiles(files: readonly SearchArtifactFile[]) {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const b = bytesOf(f.content);
    raw += b.length;
    gzip += gzipSync(b).length;
  }
  return { files: files.length, raw, gzip };
}

function writeFiles(dir: string, files: readonly SearchArtifactFile[]) {
  rmSync(dir, { recursive: true, force: true });
  for (const f of files) {
    const target = path.join(dir, f.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytesOf(f.content));
  }
}

async function modelOf(dirs: readonly string[], cacheKey: string): Promise<ContentModel> {
  const models = [];
  for (const d of dirs) {
    models.push(
      await runPipeline({
        contentDir: d,
        cacheDir: path.join(REPO_ROOT, ".shiori-cache", `bench-search-${cacheKey}`),
      }),
    );
  }
  return {
    notes: models.flatMap((m) => m.notes),
    taxonomy: models[0]!.taxonomy,
    diagnostics: [],
    folders: [],
    assets: {},
  };
}

// ---------------------------------------------------------------------------------------------
// Static server that counts what it sends.

interface Served {
  path: string;
  raw: number;
  sent: number;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".css": "text/css",
};

function startServer(root: string): Promise<{ server: Server; url: string; log: Served[] }> {
  const log: Served[] = [];
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = path.join(root, pathname === "/" ? "index.html" : pathname);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    const ext = path.extname(file);
    const type = TYPES[ext] ?? "application/octet-stream";
    const compress =
      /gzip/.test(String(req.headers["accept-encoding"] ?? "")) && ext in TYPES && ext !== ".wasm";
    const out = compress ? gzipSync(body) : body;
    log.push({ path: pathname, raw: body.length, sent: out.length });
    res.writeHead(200, {
      "content-type": type,
      "content-length": out.length,
      "cache-control": "no-store",
      ...(compress ? { "content-encoding": "gzip" } : {}),
    });
    res.end(out);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const addr = server.address();
      resolve({
        server,
        url: `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`,
        log,
      });
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Pagefind over the same sections: one small HTML page per section, in the section's language.

const PAGEFIND_LANG: Record<string, string> = {
  ja: "ja",
  "zh-Hant": "zh-tw",
  "zh-Hans": "zh-cn",
  ko: "ko",
  en: "en",
};
const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

function sectionUrl(i: number) {
  return `/s/${i}/`;
}

async function buildPagefind(docs: readonly SearchDoc[], dir: string) {
  const pagefind = await import("pagefind");
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    const lang = PAGEFIND_LANG[d.lang] ?? "en";
    const body = d.text
      .slice(d.headingEnd)
      .split("\n")
      .map((l) => `<p>${escapeHtml(l)}</p>`)
      .join("");
    const content = `<!doctype html><html lang="${lang}"><head><title>${escapeHtml(d.heading || d.noteTitle)}</title></head><body><main data-pagefind-body><h1>${escapeHtml(d.text.slice(0, d.headingEnd))}</h1>${body}</main></body></html>`;
    const r = await index.addHTMLFile({ url: sectionUrl(i), content });
    if (r.errors.length) throw new Error(`pagefind: ${r.errors.join("; ")}`);
  }
  rmSync(path.join(dir, "pagefind"), { recursive: true, force: true });
  const w = await index.writeFiles({ outputPath: path.join(dir, "pagefind") });
  if (w.errors.length) throw new Error(`pagefind: ${w.errors.join("; ")}`);
  const buildMs = performance.now() - started;
  const files = await index.getFiles();
  await index.deleteIndex();
  await pagefind.close();
  let raw = 0;
  let code = 0;
  for (const f of files.files) {
    raw += f.content.length;
    if (/\.(js|wasm|css)$|wasm\./.test(f.path)) code += f.content.length;
  }
  return { buildMs, files: files.files.length, bytes: raw, codeBytes: code };
}

// ---------------------------------------------------------------------------------------------
// Chromium

async function bundleBenchPage(dir: string) {
  await esbuild({
    entryPoints: [path.join(REPO_ROOT, "test", "search", "bench-page.ts")],
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2022",
    outfile: path.join(dir, "bench.js"),
    alias: { "@": REPO_ROOT },
    define: { "process.env.NEXT_PUBLIC_BASE_PATH": '""' },
    charset: "utf8",
    logLevel: "error",
  });
  writeFileSync(
    path.join(dir, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/bench.js"></script></head><body></body></html>`,
  );
}

async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => "shioriBench" in window);
  return page;
}

/** Bytes the server sent for requests matching `prefix` during `fn`. */
async function measureFetch<T>(log: Served[], prefix: string, fn: () => Promise<T>) {
  const from = log.length;
  const value = await fn();
  const requests = log.slice(from).filter((r) => r.path.startsWith(prefix));
  return {
    value,
    files: requests.length,
    raw: requests.reduce((s, r) => s + r.raw, 0),
    sent: requests.reduce((s, r) => s + r.sent, 0),
  };
}

// ---------------------------------------------------------------------------------------------

function nodeLatency(engine: SearchEngine, queries: readonly string[], reps: number) {
  return (async () => {
    for (const q of queries) await engine.search(q, { limit: 20 });
    const times: number[] = [];
    const perQuery: number[][] = queries.map(() => []);
    for (let r = 0; r < reps; r++) {
      for (const [i, q] of queries.entries()) {
        const t = performance.now();
        await engine.search(q, { limit: 20 });
        const d = performance.now() - t;
        times.push(d);
        perQuery[i]!.push(d);
      }
    }
    const medians = perQuery.map((xs) => pct(xs, 50));
    return {
      p50Ms: pct(times, 50),
      p95Ms: pct(times, 95),
      queries: times.length,
      perQueryMedianP95Ms: pct(medians, 95),
    };
  })();
}

function scoreUrls(
  set: LabelledSet,
  docs: readonly SearchDoc[],
  urls: string[][],
): Promise<QualityReport> {
  const byUrl = new Map(docs.map((d, i) => [sectionUrl(i), d.key as string]));
  let k = 0;
  return evaluate(set, async () =>
    (urls[k++] ?? []).map((u) => ({
      key: byUrl.get(u.replace(/index\.html$/, "")) ?? u,
      exact: true,
    })),
  );
}

async function main() {
  const args = parseBenchArgs();
  mkdirSync(OUT, { recursive: true });
  const load = os.loadavg()[0]!;
  if (load > os.cpus().length) {
    console.log(
      `Note: load average ${load.toFixed(1)} on ${os.cpus().length} CPUs; other processes will inflate the latency figures.`,
    );
  }
  const results: Record<string, unknown> = {
    generatedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "",
      node: process.version,
      loadAverageAtStart: os.loadavg(),
    },
    settings: {
      reps: args.reps,
      scaleQueries: SCALE_QUERIES.map((x) => x.q),
      firstQuery: FIRST_QUERY.q,
      server: "JSON and JS gzip-compressed, .bin shards uncompressed",
    },
  };
  let browser: Browser | null = null;
  const closeBrowser = async () => {
    await browser?.close();
    browser = null;
  };
  const needBrowser = async () =>
    (browser ??= await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS }));

  try {
    // 1. Quality on the labelled set ------------------------------------------------------------
    const set = labelledSetSchema.parse(JSON.parse(readFileSync(LABELLED, "utf8")));
    const model = await modelOf(
      set.corpus.map((d) => path.join(REPO_ROOT, d)),
      "labelled",
    );
    const docs = toSearchDocs(model);
    const { files } = buildSearchArtifacts(model);
    const engine = new SearchEngine(memorySource(files));
    const ours = await evaluate(set, async (q) =>
      (await engine.search(q, { limit: 500 })).results.map((h) => ({
        key: h.doc.key,
        exact: h.exact,
      })),
    );
    console.log(
      `\nLabelled set: ${ours.queries} queries (${path.relative(REPO_ROOT, LABELLED)}), ${docs.length} sections`,
    );
    console.log(
      `  Shiori    recall ${ours.recall.toFixed(3)}  precision ${ours.precision.toFixed(3)} (exact results only: ${ours.precisionExact.toFixed(3)})`,
    );
    for (const s of ours.perQuery.filter((x) => x.recall < 1 || x.precision < 1)) {
      console.log(
        `    ${s.q}: recall ${s.recall.toFixed(2)} precision ${s.precision.toFixed(2)}${s.missing.length ? ` missing ${s.missing.join(", ")}` : ""}${s.extra.length ? ` extra ${s.extra.join(", ")}` : ""}`,
      );
    }
    // Per kind of query: all results, exact results only, and a plain substring scan beside them.
    const oursExact = await evaluate(set, async (q) =>
      (await engine.search(q, { limit: 500 })).results
        .filter((h) => h.exact)
        .map((h) => ({ key: h.doc.key, exact: true })),
    );
    const scan = await evaluate(set, async (q) => substringScan(docs, q));
    const byKind = {
      shiori: scoresByKind(set, ours),
      shioriExactOnly: scoresByKind(set, oursExact),
      substring: scoresByKind(set, scan),
    };
    const kinds: Record<string, ReturnType<typeof scoresByKind>> = { ...byKind };
    console.log(
      "\n  kind              queries  Shiori R/P      exact only R/P  substring scan R/P",
    );
    byKind.shiori.forEach((k, i) => {
      const e = byKind.shioriExactOnly[i]!;
      const b = byKind.substring[i]!;
      console.log(
        `  ${k.kind.padEnd(17)} ${String(k.queries).padStart(7)}  ${k.recall.toFixed(3)}/${k.precision.toFixed(3)}     ${e.recall.toFixed(3)}/${e.precision.toFixed(3)}     ${b.recall.toFixed(3)}/${b.precision.toFixed(3)}`,
      );
    });
    const quality: Record<string, unknown> = {
      queries: ours.queries,
      sections: docs.length,
      shiori: {
        recall: ours.recall,
        precision: ours.precision,
        precisionExactOnly: ours.precisionExact,
      },
      kinds,
    };
    if (args.chromium) {
      const dir = path.join(OUT, "labelled");
      writeFiles(path.join(dir, "_search"), files);
      await bundleBenchPage(dir);
      if (args.pagefind) await buildPagefind(docs, dir);
      const srv = await startServer(dir);
      try {
        const page = await openPage(await needBrowser(), srv.url);
        const inBrowser = await page.evaluate(
          (qs) => window.shioriBench.keys(qs),
          set.queries.map((q) => q.q),
        );
        let k = 0;
        const browserReport = await evaluate(set, async () => inBrowser[k++] ?? []);
        quality.shioriChromium = {
          recall: browserReport.recall,
          precision: browserReport.precision,
        };
        console.log(
          `  Shiori in Chromium: recall ${browserReport.recall.toFixed(3)}  precision ${browserReport.precision.toFixed(3)} (same code, fetched index)`,
        );
        if (args.pagefind) {
          const urls = await page.evaluate(
            (qs) => window.shioriBench.pagefindUrls(qs),
            set.queries.map((q) => ({ q: q.q, lang: PAGEFIND_LANG[q.lang] ?? "en" })),
          );
          const pf = await scoreUrls(set, docs, urls);
          const pfKinds = scoresByKind(set, pf);
          kinds.pagefind = pfKinds;
          console.log(
            `  Pagefind per kind: ${pfKinds.map((k) => `${k.kind} ${k.recall.toFixed(3)}/${k.precision.toFixed(3)}`).join(", ")}`,
          );
          quality.pagefind = {
            recall: pf.recall,
            precision: pf.precision,
            note: "one HTML page per section in its language; each query searched in its own language's index",
          };
          console.log(
            `  Pagefind  recall ${pf.recall.toFixed(3)}  precision ${pf.precision.toFixed(3)}`,
          );
          const zero = pf.perQuery.filter((x) => x.recall === 0).map((x) => x.q);
          if (zero.length)
            console.log(`    Pagefind finds nothing relevant for: ${zero.join(" ")}`);
        }
      } finally {
        srv.server.close();
      }
    }
    results.quality = quality;

    // 2. Scale ----------------------------------------------------------------------------------
    const scales: Record<string, unknown>[] = [];
    const missing = missingCorpora();
    if (missing.length) {
      const msg = `skipped: corpora ${missing.join(", ")} not found in ${DEFAULT_CORPORA_DIR} (set SHIORI_CORPORA_DIR)`;
      console.log(`\nScale benchmarks ${msg}`);
      results.scales = { skipped: msg };
    } else {
      for (const notes of args.sizes) {
        console.log(`\n${notes} notes`);
        const corpusDir = path.join(REPO_ROOT, "bench", "corpus", `search-${notes}`);
        if (args.fresh || !existsSync(path.join(corpusDir, "notes"))) {
          const c = await makeCorpus({ notes, outDir: corpusDir });
          console.log(`  corpus: ${c.files} notes, ${mb(c.bytes)}`);
        }
        let t = performance.now();
        const m = await modelOf([corpusDir], String(notes));
        const pipelineMs = performance.now() - t;
        const sdocs = toSearchDocs(m);
        t = performance.now();
        const built = buildSearchArtifacts(m);
        const buildMs = performance.now() - t;
        const size = sizeOfFiles(built.files);
        const manifestBytes = bytesOf(
          built.files.find((f) => f.path === "manifest.json")!.content,
        ).length;
        console.log(
          `  sections ${sdocs.length}; pipeline ${(pipelineMs / 1000).toFixed(1)} s (cached notes: see .shiori-cache)`,
        );
        console.log(
          `  index build ${ms(buildMs)}; ${size.files} files, ${mb(size.raw)} raw, ${mb(size.gzip)} gzip; manifest ${kb(manifestBytes)}`,
        );
        const nodeEngine = new SearchEngine(memorySource(built.files));
        const node = await nodeLatency(
          nodeEngine,
          SCALE_QUERIES.map((x) => x.q),
          args.reps,
        );
        console.log(
          `  Node     warm p50 ${ms(node.p50Ms)}  p95 ${ms(node.p95Ms)}  (${node.queries} queries; p95 of per-query medians ${ms(node.perQueryMedianP95Ms)})`,
        );
        const scale: Record<string, unknown> = {
          notes,
          sections: sdocs.length,
          pipelineMs,
          indexBuildMs: buildMs,
          indexFiles: size.files,
          indexBytes: size.raw,
          indexGzipBytes: size.gzip,
          manifestBytes,
          node,
        };
        if (args.chromium) {
          const dir = path.join(OUT, String(notes));
          writeFiles(path.join(dir, "_search"), built.files);
          await bundleBenchPage(dir);
          let pf: Awaited<ReturnType<typeof buildPagefind>> | null = null;
          if (args.pagefind) {
            pf = await buildPagefind(sdocs, dir);
            console.log(
              `  Pagefind index ${(pf.buildMs / 1000).toFixed(1)} s; ${pf.files} files, ${mb(pf.bytes)} (its files are gzip already)`,
            );
          }
          const srv = await startServer(dir);
          try {
            const b = await needBrowser();
            const first = await measureFetch(srv.log, "/_search/", async () => {
              const page = await openPage(b, srv.url);
              const r = await page.evaluate((q) => window.shioriBench.first(q), FIRST_QUERY.q);
              await page.close();
              return r;
            });
            const firstEachPage = await openPage(b, srv.url);
            const firstEach = await firstEachPage.evaluate(
              (qs) => window.shioriBench.firstEach(qs),
              SCALE_QUERIES.map((x) => x.q),
            );
            await firstEachPage.close();
            const page = await openPage(b, srv.url);
            const lat = await page.evaluate(([qs, reps]) => window.shioriBench.latency(qs, reps), [
              SCALE_QUERIES.map((x) => x.q),
              args.reps,
            ] as const);
            await page.close();
            const bundle = bytesOf(readFileSync(path.join(dir, "bench.js")));
            scale.chromium = {
              p50Ms: lat.p50,
              p95Ms: lat.p95,
              queries: lat.samples,
              perQueryMedianP95Ms: lat.medianP95,
              coldP50Ms: lat.coldP50,
              coldP95Ms: lat.coldP95,
              firstUseP50Ms: firstEach.p50,
              firstUseP95Ms: firstEach.p95,
              firstQueryBytes: first.sent,
              firstQueryRawBytes: first.raw,
              firstQueryFiles: first.files,
              firstQueryMs: first.value.ms,
              clientCodeBytes: bundle.length,
              clientCodeGzipBytes: gzipSync(bundle).length,
            };
            console.log(
              `  Chromium warm (repeated queries) p50 ${ms(lat.p50)}  p95 ${ms(lat.p95)}  (${lat.samples} queries; p95 of per-query medians ${ms(lat.medianP95)}); first run of each on one engine: p50 ${ms(lat.coldP50)} p95 ${ms(lat.coldP95)}`,
            );
            console.log(
              `  Chromium first use (fresh engine per query: manifest, shards and chunks fetched) p50 ${ms(firstEach.p50)}  p95 ${ms(firstEach.p95)}`,
            );
            console.log(
              `  first query "${FIRST_QUERY.q}": ${first.files} files, ${kb(first.sent)} transferred (${kb(first.raw)} uncompressed), ${ms(first.value.ms)}; search code ${kb(gzipSync(bundle).length)} gzip`,
            );
            if (pf) {
              const pfFirst = await measureFetch(srv.log, "/pagefind/", async () => {
                const p = await openPage(b, srv.url);
                const r = await p.evaluate(([q, l]) => window.shioriBench.pagefindFirst(q, l), [
                  FIRST_QUERY.q,
                  PAGEFIND_LANG[FIRST_QUERY.lang]!,
                ] as const);
                await p.close();
                return r;
              });
              const p2 = await openPage(b, srv.url);
              const pfLat = await p2.evaluate(
                ([qs, reps]) => window.shioriBench.pagefindLatency(qs, reps),
                [
                  SCALE_QUERIES.map((x) => ({ q: x.q, lang: PAGEFIND_LANG[x.lang] ?? "en" })),
                  args.reps,
                ] as const,
              );
              await p2.close();
              scale.pagefind = {
                indexBuildMs: pf.buildMs,
                indexFiles: pf.files,
                indexBytes: pf.bytes,
                codeBytes: pf.codeBytes,
                queryMedianMs: pfLat.p50,
                queryP95Ms: pfLat.p95,
                firstQueryTransferred: pfFirst.sent,
                firstQueryFileCount: pfFirst.files,
                firstQueryElapsedMs: pfFirst.value.ms,
              };
              console.log(
                `  Pagefind warm p50 ${ms(pfLat.p50)}  p95 ${ms(pfLat.p95)}; first query ${pfFirst.files} files, ${kb(pfFirst.sent)} (incl. its JS and wasm), ${ms(pfFirst.value.ms)}`,
              );
            }
          } finally {
            srv.server.close();
          }
        }
        scales.push(scale);
      }
      results.scales = scales;
    }
  } finally {
    await closeBrowser();
  }
  results.loadAverageAtEnd = os.loadavg();
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(REPO_ROOT, RESULTS)}`);
}

if (isMain(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
