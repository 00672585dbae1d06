/**
 * CI smoke test of the benchmark harness on a 20-note corpus: the corpus is built, the pipeline
 * runs on it, and the harness writes a well-formed results object. It checks structure and counts,
 * never timings. Skipped (with a message) when ../shared/corpora is not on the machine.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, promises as fs, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_CORPORA_DIR, makeCorpus, missingCorpora } from "./corpus";
import { formatBudgets, formatResults } from "./report";
import { benchResultsSchema } from "./results";
import { loadBudgets, runBench } from "./run";

const missing = missingCorpora();
if (missing.length > 0) {
  console.warn(
    `bench smoke test skipped: ${missing.join(", ")} not found in ${DEFAULT_CORPORA_DIR} (set SHIORI_CORPORA_DIR to run it).`,
  );
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else out.push(p);
  }
  return out.sort();
}

async function digest(dir: string): Promise<string> {
  const h = createHash("sha256");
  for (const f of await filesUnder(dir))
    h.update(path.relative(dir, f)).update(await fs.readFile(f));
  return h.digest("hex");
}

describe.skipIf(missing.length > 0)("bench harness smoke (20 notes)", () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "shiori-bench-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("writes 20 notes with frontmatter, numbered chapters, task items and three CJK languages, the same every time", async () => {
    const a = path.join(tmp, "a");
    const b = path.join(tmp, "b");
    const made = await makeCorpus({ notes: 20, outDir: a, seed: 7 });
    await makeCorpus({ notes: 20, outDir: b, seed: 7 });
    const notes = (await filesUnder(path.join(a, "notes"))).filter((f) => f.endsWith(".md"));
    expect(made.files).toBe(20);
    expect(notes).toHaveLength(20);
    expect(made.bytes).toBe(
      (await Promise.all(notes.map((f) => fs.stat(f)))).reduce((n, s) => n + s.size, 0),
    );
    expect(await digest(a)).toBe(await digest(b));
    expect(readFileSync(path.join(a, "taxonomy.yaml"), "utf8")).toContain("areas:");

    const texts = await Promise.all(notes.map((f) => fs.readFile(f, "utf8")));
    for (const t of texts)
      expect(t).toMatch(/^---\ntitle: ".+"\ndate: \d{4}-\d{2}-\d{2}\ntags: \[.+\]\n---\n/);
    expect(texts.filter((t) => /^# 1(章)? /m.test(t)).length).toBeGreaterThan(0);
    expect(texts.filter((t) => /^- \[[ x]\] : /m.test(t)).length).toBeGreaterThan(0);
    const all = texts.join("\n");
    expect(all).toMatch(/[\u3040-\u30ff]/); // kana: Japanese
    expect(all).toMatch(/[\uac00-\ud7af]/); // Hangul: Korean
    expect(
      texts.some((t) => /[\u4e00-\u9fff]/.test(t) && !/[\u3040-\u30ff\uac00-\ud7af]/.test(t)),
    ).toBe(true); // Chinese-only note
  });

  it("runs the pipeline on the corpus and writes results that match the schema", async () => {
    const out = path.join(tmp, "results.json");
    const lines: string[] = [];
    const results = await runBench({
      sizes: [20],
      parts: new Set(["pipeline", "query"]),
      workDir: path.join(tmp, "work"),
      corpusDir: path.join(tmp, "corpus"),
      out,
      searchResultsFile: path.join(tmp, "no-search-results.json"),
      log: (l) => lines.push(l),
    });
    const written = benchResultsSchema.parse(JSON.parse(readFileSync(out, "utf8")));
    expect(written).toEqual(results);
    expect(written.sizes).toHaveLength(1);
    const size = written.sizes[0]!;
    expect(size.notes).toBe(20);
    expect(size.corpus.files).toBe(20);
    if ("skipped" in size.pipeline)
      throw new Error(`pipeline did not run: ${size.pipeline.skipped}`);
    expect(size.pipeline.notes).toBe(20);
    expect(size.pipeline.warmParsed).toBe(0);
    expect(size.pipeline.chapters).toBeGreaterThan(0);
    expect(size.pipeline.tasks).toBeGreaterThan(0);
    expect(size.build).toEqual({ skipped: "not requested (--parts without build)" });
    expect(size.query).toEqual({
      skipped:
        "search: not measured yet (no bench/search-results.json; npm run bench:search writes it)",
    });
    // Every budget is reported; none applies to a 20-note corpus.
    expect(written.budgets.map((b) => b.id)).toEqual(
      loadBudgets(path.resolve("bench/budgets.json")).map((b) => b.id),
    );
    expect(new Set(written.budgets.map((b) => b.status))).toEqual(new Set(["not measured"]));
    expect(lines.join("\n")).toContain(formatResults(written));
    expect(lines.join("\n")).toContain(formatBudgets(written.budgets));
    expect(formatResults(written).split("\n")[0]).toMatch(/\| 20 notes +\|$/);
  });
});
