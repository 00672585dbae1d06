import { promises as fs } from "node:fs";
import path from "node:path";
import { diagramStore } from "@/lib/content/markdown/mermaid";
import { defaultThreads, runPool } from "@/lib/content/parallel";
import { codeFingerprint, pipelineFingerprint } from "@/lib/content/pipeline";
import type { Asset, Chapter, ContentModel, Note } from "@/lib/content/types";
import { writeAtomic } from "@/lib/write-atomic";
import {
  isPageHtml,
  PAGE_HTML_DIR,
  pageHtmlHash,
  pageHtmlKey,
  renderPageHtml,
  type PageHtml,
} from "./page-html";

/**
 * The prebuild step that renders every note page's and chapter page's body once (lib/portal/page-html.ts),
 * on worker threads for a cold build, and keeps each under its content hash: a body whose note,
 * chapter, rendering code and files are unchanged is not rendered again in a rebuild. Writes
 * `<generated>/_pages/<hash>.json` and returns the `pageHtml` table for content.json.
 */

/** One page body for a worker: its note as the pipeline built it, and the chapter's slug. */
export interface PageJob {
  index: number;
  note: Note;
  chapter: string | null;
}
export type PageReply = { index: number; page: PageHtml }[];
export interface PageWorkerData {
  assets: Record<string, Asset>;
  generatedDir: string;
}

export interface PrerenderResult {
  /** `pageHtmlKey` → content hash (the file `_pages/<hash>.json`). */
  pageHtml: Record<string, string>;
  pages: number;
  rendered: number;
  cached: number;
  threads: number;
}

/** Pages per message to a worker. */
const BATCH = 16;

/**
 * The pipeline's code hash and the other code a page body depends on: this folder's HTML pass and
 * the UI strings the renderer puts in (the copy button's label in every language).
 */
async function renderFingerprint(): Promise<string> {
  return codeFingerprint(await pipelineFingerprint(), [
    "lib/portal/note-html.ts",
    "lib/portal/headings.ts",
    "lib/portal/page-html.ts",
    "lib/i18n/messages",
  ]);
}

/** Whether `file` holds a whole page body (not one cut short by a full disk or an interrupted copy). */
async function holdsBody(file: string): Promise<boolean> {
  try {
    return isPageHtml(JSON.parse(await fs.readFile(file, "utf8")));
  } catch {
    return false;
  }
}

export async function prerenderPages(
  model: ContentModel,
  options: { generatedDir: string; cacheDir?: string; threads?: number },
): Promise<PrerenderResult> {
  const outDir = path.join(options.generatedDir, PAGE_HTML_DIR);
  const cacheDir = options.cacheDir ?? null;
  await fs.mkdir(outDir, { recursive: true });
  if (cacheDir) await fs.mkdir(cacheDir, { recursive: true });
  const code = await renderFingerprint();
  const assetsJson = JSON.stringify(model.assets);
  const diagrams = diagramStore(options.generatedDir);

  const pages: { key: string; hash: string; note: Note; chapter: Chapter | null }[] = [];
  for (const note of model.notes)
    for (const chapter of [null, ...note.chapters])
      pages.push({
        key: pageHtmlKey(note, chapter),
        hash: pageHtmlHash(code, note, chapter, assetsJson),
        note,
        chapter,
      });

  // A body is reused when it is in the site's folder already, or in the cache (copied over).
  const toRender: PageJob[] = [];
  let cached = 0;
  for (let i = 0; i < pages.length; i++) {
    const { hash, note, chapter } = pages[i]!;
    const target = path.join(outDir, `${hash}.json`);
    if (await holdsBody(target)) {
      cached++;
      continue;
    }
    const fromCache = cacheDir ? path.join(cacheDir, `${hash}.json`) : null;
    if (fromCache && (await holdsBody(fromCache))) {
      await fs.copyFile(fromCache, target);
      cached++;
      continue;
    }
    toRender.push({ index: i, note, chapter: chapter?.slug ?? null });
  }

  const write = async (index: number, page: PageHtml) => {
    const { hash } = pages[index]!;
    const json = JSON.stringify(page);
    await writeAtomic(path.join(outDir, `${hash}.json`), json);
    if (cacheDir) await fs.writeFile(path.join(cacheDir, `${hash}.json`), json);
  };
  const writes: Promise<void>[] = [];
  const threads = options.threads ?? defaultThreads(toRender.length);
  let left: PageJob[] = toRender;
  let usedThreads = 1;
  if (threads > 1 && toRender.length > BATCH) {
    left = await runPool<PageJob, PageReply[number]>(
      toRender,
      {
        entry: new URL("./page-worker.ts", import.meta.url),
        workerData: {
          assets: model.assets,
          generatedDir: options.generatedDir,
        } satisfies PageWorkerData,
        threads,
        batch: BATCH,
      },
      ({ index, page }) => writes.push(write(index, page)),
    );
    if (left.length < toRender.length) usedThreads = threads;
  }
  for (const job of left) {
    const { note, chapter } = pages[job.index]!;
    writes.push(write(job.index, await renderPageHtml(note, chapter, model.assets, diagrams)));
  }
  await Promise.all(writes);

  // Bodies no page names any more are removed (the folder holds this build's only).
  const wanted = new Set(pages.map((p) => `${p.hash}.json`));
  for (const name of await fs.readdir(outDir))
    if (!wanted.has(name)) await fs.rm(path.join(outDir, name), { force: true });

  return {
    pageHtml: Object.fromEntries(pages.map((p) => [p.key, p.hash])),
    pages: pages.length,
    rendered: toRender.length,
    cached,
    threads: usedThreads,
  };
}
