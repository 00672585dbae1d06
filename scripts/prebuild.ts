/**
 * The one build step before `next build`: runs the content pipeline over the content folder, prints
 * its diagnostics and writes the build artifacts into the generated folder: `content.json` (the
 * content model pages read), the search index under `_search/`, the files notes show under
 * `_media/`, the Mermaid diagrams notes draw under `_diagrams/` (drawn here, once, in headless
 * Chromium; pages put the stored SVG in place) and the offline service worker `sw.js`.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { MEDIA_DIR } from "@/lib/content/assets";
import { encodeContentFile } from "@/lib/content/content-file";
import { formatDiagnostic, sortDiagnostics } from "@/lib/content/diagnostics";
import { chromiumDrawer, collectDiagrams, renderDiagrams } from "@/lib/content/markdown/mermaid";
import { runPipeline } from "@/lib/content/pipeline";
import { readNoteUpdates } from "@/lib/content/updated";
import type { Asset, ContentModel } from "@/lib/content/types";
import { prerenderPages } from "@/lib/portal/prerender";
import { writeAtomic } from "@/lib/write-atomic";
import { buildSearchArtifacts, isHashedSearchFile, MANIFEST_PATH } from "@/lib/search/build";
import { CHROMIUM_ARGS, findChromium } from "./chromium";
import { writeServiceWorker } from "./service-worker";

export interface PrebuildOptions {
  contentDir: string;
  generatedDir: string;
  cacheDir?: string;
  quiet?: boolean;
}

/** Whether `file` already holds `size` bytes (a file named by its content then holds that content). */
async function hasSize(file: string, size: number): Promise<boolean> {
  try {
    return (await fs.stat(file)).size === size;
  } catch {
    return false;
  }
}

/**
 * Copies the local files notes show or link to into `<generated>/_media/<hash>/<name>` (copied into
 * the site by build-site, served by serve and dev); a file already there is kept (its name is its
 * content), files no note uses any more are removed.
 */
async function publishMedia(
  contentDir: string,
  generatedDir: string,
  assets: Record<string, Asset>,
): Promise<void> {
  const mediaDir = path.join(generatedDir, MEDIA_DIR);
  const wanted = new Set<string>();
  for (const asset of Object.values(assets)) {
    const target = path.join(generatedDir, ...asset.url.split("/").filter(Boolean));
    wanted.add(path.normalize(target));
    if (await hasSize(target, asset.bytes)) continue;
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.copyFile(path.join(contentDir, ...asset.file.split("/")), `${target}.tmp`);
    await fs.rename(`${target}.tmp`, target);
  }
  let entries: import("node:fs").Dirent[] = [];
  try {
    entries = await fs.readdir(mediaDir, { recursive: true, withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && !wanted.has(path.normalize(file))) await fs.rm(file, { force: true });
  }
}

/**
 * Draws the notes' Mermaid diagrams that are not drawn yet (a Chromium is looked for only then),
 * and returns the diagnostics of those shown as code.
 */
async function drawDiagrams(model: ContentModel, generatedDir: string) {
  const diagrams = collectDiagrams(model.notes);
  let executable: string | null = null;
  let noDrawReason: string | undefined;
  if (diagrams.length) {
    try {
      executable = findChromium({ install: false });
    } catch (error) {
      noDrawReason = `no Chromium was found to draw it (${(error as Error).message.split(".")[0]})`;
    }
  }
  // The browser starts only when a diagram is not in the cache.
  const draw = executable ? await chromiumDrawer(executable, CHROMIUM_ARGS) : null;
  return renderDiagrams({ generatedDir, diagrams, draw, noDrawReason });
}

export async function prebuild(options: PrebuildOptions) {
  const started = performance.now();
  const cacheDir = options.cacheDir ?? path.resolve(".shiori-cache", "notes");
  const model = await runPipeline({ contentDir: options.contentDir, cacheDir });
  await fs.mkdir(options.generatedDir, { recursive: true });
  const diagrams = await drawDiagrams(model, options.generatedDir);
  model.diagnostics = sortDiagnostics([...model.diagnostics, ...diagrams.diagnostics]);
  // Not part of the parsed-note cache: a commit changes a note's date without changing its bytes.
  const { updated, gitReason } = await readNoteUpdates(options.contentDir, model.notes);
  model.updated = updated;
  // Every page body rendered here once (diagrams are drawn by now), so `next build` renders none.
  const pagesStarted = performance.now();
  const pages = await prerenderPages(model, {
    generatedDir: options.generatedDir,
    cacheDir: `${cacheDir}-pages`,
  });
  model.pageHtml = pages.pageHtml;
  const pagesMs = performance.now() - pagesStarted;
  const { stats, ...content } = model;
  // Written under a temporary name and renamed, so a running server (dev, server mode) that reads
  // content.json while a rebuild writes it sees the old model or the new one, never half a file.
  const contentJson = path.join(options.generatedDir, "content.json");
  await writeAtomic(contentJson, encodeContentFile(content));

  // The search index: hashed shards plus an unhashed manifest, copied into the site by build-site.
  const indexStarted = performance.now();
  const search = buildSearchArtifacts(content);
  const searchDir = path.join(options.generatedDir, "_search");
  // Replaced in place so a running server never sees a missing index: the hashed files first
  // (one already there under its content-hash name is kept, so an edit rewrites only the shards it
  // changed), then the manifest that names them, then the files the new manifest no longer names.
  const written = new Set<string>();
  const ordered = [...search.files].sort(
    (a, b) => Number(a.path === MANIFEST_PATH) - Number(b.path === MANIFEST_PATH),
  );
  for (const file of ordered) {
    const target = path.join(searchDir, file.path);
    written.add(path.normalize(target));
    const bytes =
      typeof file.content === "string" ? Buffer.byteLength(file.content) : file.content.byteLength;
    if (isHashedSearchFile(file.path) && (await hasSize(target, bytes))) continue;
    await fs.mkdir(path.dirname(target), { recursive: true });
    await writeAtomic(target, file.content);
  }
  for (const entry of await fs.readdir(searchDir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && !written.has(path.normalize(file))) await fs.rm(file, { force: true });
  }
  const indexMs = performance.now() - indexStarted;
  await publishMedia(options.contentDir, options.generatedDir, content.assets);
  // The offline service worker (`/sw.js`), copied into the site by build-site, served by serve.
  await writeServiceWorker(options.generatedDir);

  const problems = model.diagnostics.filter((d) => d.severity !== "info");
  if (!options.quiet) {
    for (const d of problems.slice(0, 50)) console.warn(formatDiagnostic(d));
    if (problems.length > 50)
      console.warn(`… and ${problems.length - 50} more (npm run shiori -- check)`);
    console.log(
      `shiori: ${model.notes.length} notes from ${stats.files} files (${stats.parsed} parsed${stats.threads > 1 ? ` on ${stats.threads} threads` : ""}, ${stats.cached} from cache), ${problems.length} warnings; search index ${search.files.length} files; page bodies ${pages.rendered} rendered${pages.threads > 1 ? ` on ${pages.threads} threads` : ""}, ${pages.cached} from cache; ${diagrams.drawn + diagrams.cached ? `diagrams ${diagrams.drawn} drawn, ${diagrams.cached} from cache; ` : ""}in ${Math.round(performance.now() - started)} ms`,
    );
    if (gitReason)
      console.log(
        `shiori: "last updated" dates come from frontmatter dates and file times (no git history: ${gitReason})`,
      );
  }
  return {
    model,
    stats,
    ms: performance.now() - started,
    indexMs,
    pagesMs,
    pages,
    searchFiles: search.files.length,
  };
}
