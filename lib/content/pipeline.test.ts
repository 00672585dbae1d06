/**
 * Fixture tests for the pipeline stages: each folder in test/fixtures/pipeline holds an input note
 * and the expected projection of what the pipeline makes of it (expected.json). Regenerate after a
 * deliberate change with UPDATE_FIXTURES=1 and review the diff.
 */
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  cpSync,
  mkdirSync,
  existsSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "./pipeline";
import type { ContentModel } from "./types";

const FIXTURES = path.resolve("test/fixtures/pipeline");

function project(model: ContentModel) {
  const note = model.notes[0];
  return {
    note: note && {
      slug: note.slug,
      title: note.title,
      date: note.date,
      dateText: note.dateText,
      tags: note.tags,
      lang: note.lang,
      taxonomy: note.taxonomy,
      overviewHeadings: note.overviewHeadings.map((h) => `${h.depth} ${h.anchor}`),
      chapters: note.chapters.map((c) => ({
        slug: c.slug,
        title: c.title,
        lang: c.lang,
        merged: c.merged.map((m) => m.title),
        headings: c.headings.map((h) => `${h.depth} ${h.anchor}`),
        prev: c.prev?.slug ?? null,
        next: c.next?.slug ?? null,
      })),
      chapterList: note.chapterList.map(
        (e) => `${e.title} → ${e.chapter}${e.merged ? " (merged)" : ""}`,
      ),
      anchors: note.anchors,
      checklist: note.checklist.map((i) => ({
        id: i.id,
        text: i.text,
        checked: i.checked,
        chapter: i.chapter,
        line: i.line,
      })),
      links: note.links.map((l) => ({
        url: l.url,
        text: l.text,
        chapter: l.chapter,
        line: l.line,
      })),
    },
    diagnostics: model.diagnostics.map((d) => `${d.line ?? "-"} ${d.severity} ${d.code}`),
  };
}

async function runFixture(name: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "shiori-fixture-"));
  const content = path.join(dir, "content");
  mkdirSync(path.join(content, "notes"), { recursive: true });
  cpSync(path.join(FIXTURES, name, "input.md"), path.join(content, "notes", `${name}.md`));
  cpSync(path.resolve("content/taxonomy.yaml"), path.join(content, "taxonomy.yaml"));
  return runPipeline({ contentDir: content });
}

describe("pipeline fixtures", () => {
  const cases = readdirSync(FIXTURES).filter((f) => existsSync(path.join(FIXTURES, f, "input.md")));
  it.each(cases)("%s", async (name) => {
    const actual = project(await runFixture(name));
    const expectedFile = path.join(FIXTURES, name, "expected.json");
    if (process.env.UPDATE_FIXTURES === "1") {
      writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    }
    // A missing golden file fails: writing it here would make the test pass on anything.
    if (!existsSync(expectedFile))
      throw new Error(
        `${path.relative(process.cwd(), expectedFile)} is missing. Check the output, then write it with UPDATE_FIXTURES=1 npx vitest run lib/content/pipeline.test.ts`,
      );
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, "utf8")));
  });
});

describe("worker threads", () => {
  it("build the same model as one thread, in file order", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "shiori-threads-"));
    const content = path.join(dir, "content");
    mkdirSync(path.join(content, "notes"), { recursive: true });
    // The repository's copy of the seeds (the tests own their data, never the user's content/).
    const seeds = path.resolve("test/fixtures/seeds");
    cpSync(path.join(seeds, "taxonomy.yaml"), path.join(content, "taxonomy.yaml"));
    for (const name of readdirSync(seeds).filter((f) => f.endsWith(".md")))
      cpSync(path.join(seeds, name), path.join(content, "notes", name));
    const cases = readdirSync(FIXTURES).filter((f) =>
      existsSync(path.join(FIXTURES, f, "input.md")),
    );
    for (const name of cases)
      cpSync(path.join(FIXTURES, name, "input.md"), path.join(content, "notes", `${name}.md`));
    const one = await runPipeline({ contentDir: content, threads: 1 });
    const cacheDir = path.join(dir, "cache");
    const two = await runPipeline({ contentDir: content, threads: 2, cacheDir });
    expect(one.stats.threads).toBe(1);
    expect(two.stats).toEqual({
      files: cases.length + 5,
      parsed: cases.length + 5,
      cached: 0,
      threads: 2,
    });
    expect(two.notes.map((n) => n.file)).toEqual(one.notes.map((n) => n.file));
    expect(two.notes).toEqual(one.notes);
    expect(two.diagnostics).toEqual(one.diagnostics);
    // The workers filled the cache: a second run builds nothing and gives the same model.
    const warm = await runPipeline({ contentDir: content, threads: 2, cacheDir });
    expect(warm.stats).toEqual({
      files: cases.length + 5,
      parsed: 0,
      cached: cases.length + 5,
      threads: 1,
    });
    expect(warm.notes).toEqual(one.notes);
  });
});
