import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "@/lib/content/pipeline";
import type { ContentModel } from "@/lib/content/types";
import { PAGE_HTML_DIR, pageHtml, pageHtmlKey, readPageHtml, renderPageHtml } from "./page-html";
import { prerenderPages } from "./prerender";

/**
 * Page bodies are rendered once by prebuild and read by the pages: the same HTML the page would
 * render itself, nothing rendered again for an unchanged note, only the edited note's pages after
 * an edit, and a page whose file is gone still gets its body.
 */
let dir: string;
let content: string;
let generated: string;
let cache: string;
let model: ContentModel;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "shiori-prerender-"));
  content = path.join(dir, "content");
  generated = path.join(dir, "generated");
  cache = path.join(dir, "cache");
  cpSync(path.resolve("test/fixtures/seeds"), content, { recursive: true });
  model = await runPipeline({ contentDir: content, threads: 1 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pagesOf = (m: ContentModel) =>
  m.notes.flatMap((n) => [null, ...n.chapters].map((c) => ({ note: n, chapter: c })));

describe("prerenderPages", () => {
  it("renders every note and chapter page once, as the page would render it", async () => {
    const result = await prerenderPages(model, {
      generatedDir: generated,
      cacheDir: cache,
      threads: 1,
    });
    const pages = pagesOf(model);
    expect(pages.length).toBeGreaterThan(20);
    expect(result).toMatchObject({ pages: pages.length, rendered: pages.length, cached: 0 });
    expect(readdirSync(path.join(generated, PAGE_HTML_DIR))).toHaveLength(pages.length);
    const withTable = { ...model, pageHtml: result.pageHtml };
    for (const { note, chapter } of pages) {
      const stored = readPageHtml(withTable, generated, note, chapter);
      expect(stored, pageHtmlKey(note, chapter)).not.toBeNull();
      expect(stored).toEqual(await renderPageHtml(note, chapter, model.assets));
    }
  });

  it("renders nothing again for unchanged notes, in this folder or from the cache", async () => {
    const again = await prerenderPages(model, {
      generatedDir: generated,
      cacheDir: cache,
      threads: 1,
    });
    expect(again.rendered).toBe(0);
    const fresh = path.join(dir, "generated-2");
    const fromCache = await prerenderPages(model, {
      generatedDir: fresh,
      cacheDir: cache,
      threads: 1,
    });
    expect(fromCache.rendered).toBe(0);
    expect(fromCache.pageHtml).toEqual(again.pageHtml);
  });

  it("after an edit renders only the edited note's pages, and drops the files no page names", async () => {
    const before = await prerenderPages(model, {
      generatedDir: generated,
      cacheDir: cache,
      threads: 1,
    });
    const file = path.join(content, "weekly-08.md");
    writeFileSync(file, `${readFileSync(file, "utf8")}\n\nAn added paragraph.\n`);
    const edited = await runPipeline({ contentDir: content, threads: 1 });
    const note = edited.notes.find((n) => n.file.endsWith("weekly-08.md"))!;
    const after = await prerenderPages(edited, {
      generatedDir: generated,
      cacheDir: cache,
      threads: 1,
    });
    expect(after.rendered).toBe(1 + note.chapters.length);
    const changed = Object.keys(after.pageHtml).filter(
      (k) => after.pageHtml[k] !== before.pageHtml[k],
    );
    expect(changed.every((k) => k.startsWith(`${note.slug}\0`))).toBe(true);
    expect(readdirSync(path.join(generated, PAGE_HTML_DIR)).sort()).toEqual(
      [...new Set(Object.values(after.pageHtml))].map((h) => `${h}.json`).sort(),
    );
    const body = readPageHtml({ ...edited, pageHtml: after.pageHtml }, generated, note, null);
    expect(body?.html).toContain("An added paragraph.");
  });

  it("renders on worker threads the same bodies as on the main thread", async () => {
    const one = await prerenderPages(model, { generatedDir: path.join(dir, "g-one"), threads: 1 });
    const two = await prerenderPages(model, { generatedDir: path.join(dir, "g-two"), threads: 2 });
    expect(two.threads).toBe(2);
    expect(two.pageHtml).toEqual(one.pageHtml);
    for (const hash of Object.values(one.pageHtml))
      expect(readFileSync(path.join(dir, "g-two", PAGE_HTML_DIR, `${hash}.json`), "utf8")).toBe(
        readFileSync(path.join(dir, "g-one", PAGE_HTML_DIR, `${hash}.json`), "utf8"),
      );
  });

  it("a page whose body file is missing, cut short or not a body, or a model without the table, renders it itself", async () => {
    const { note, chapter } = pagesOf(model).find((p) => p.chapter)!;
    const expected = await renderPageHtml(note, chapter, model.assets);
    expect(await pageHtml(model, generated, note, chapter)).toEqual(expected);
    const gone = {
      ...model,
      pageHtml: { [pageHtmlKey(note, chapter)]: "0123456789abcdef01234567" },
    };
    expect(readPageHtml(gone, generated, note, chapter)).toBeNull();
    expect(await pageHtml(gone, generated, note, chapter)).toEqual(expected);
    const hostile = { ...model, pageHtml: { [pageHtmlKey(note, chapter)]: "../../etc/passwd" } };
    expect(readPageHtml(hostile, generated, note, chapter)).toBeNull();
    // A body file cut short (a disk filled up, a copy interrupted) or of another shape.
    const result = await prerenderPages(model, { generatedDir: generated, threads: 1 });
    const hash = result.pageHtml[pageHtmlKey(note, chapter)]!;
    const file = path.join(generated, PAGE_HTML_DIR, `${hash}.json`);
    const withTable = { ...model, pageHtml: result.pageHtml };
    writeFileSync(file, readFileSync(file, "utf8").slice(0, 40));
    expect(await pageHtml(withTable, generated, note, chapter)).toEqual(expected);
    writeFileSync(file, JSON.stringify({ html: 42 }));
    expect(await pageHtml(withTable, generated, note, chapter)).toEqual(expected);
    // The next build renders that body again instead of keeping the broken file.
    const again = await prerenderPages(model, { generatedDir: generated, threads: 1 });
    expect(again.rendered).toBe(1);
    expect(readPageHtml(withTable, generated, note, chapter)).toEqual(expected);
  });
});
