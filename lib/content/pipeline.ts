import { readReadinessProfiles } from "@/lib/readiness/read";
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { sortDiagnostics } from "./diagnostics";
import { AssetCatalog } from "./assets";
import { buildFolders, readCategoryFiles } from "./folders";
import { loadSources, type OtherFile } from "./load";
import { LinkIndex, publishFileRefs, resolveRefs } from "./refs";
import { assignNoteSlugs, settleChapterClashes } from "./slugs";
import { linkTranslations } from "./translations";
import { shortHash } from "./ids";
import { defaultThreads, runInWorkers, type WorkerJob } from "./parallel";
import { processFile, type CacheEntry } from "./process";
import { loadTaxonomy, TaxonomyError } from "./taxonomy";
import type { Asset, ContentModel, Diagnostic, Folder, Note } from "./types";

/** Bump when the shape of a cached note changes. */
export const PIPELINE_VERSION = "4";

const fingerprints = new Map<string, Promise<string>>();
/**
 * A hash of the code under `paths` (relative to the working folder: each file, or each code file
 * of a folder, `.ts`, `.json`, model data, not tests, in name order), after `seed`; computed once
 * per process. A missing path counts as such, so adding it later changes the hash.
 */
export function codeFingerprint(seed: string, paths: readonly string[]): Promise<string> {
  const key = JSON.stringify([seed, paths]);
  let found = fingerprints.get(key);
  if (!found) {
    found = (async () => {
      const hash = createHash("sha256").update(seed);
      const root = process.cwd();
      for (const rel of paths) {
        const full = path.join(root, rel);
        let names: string[] | null;
        try {
          names = (await fs.stat(full)).isDirectory() ? (await fs.readdir(full)).sort() : null;
        } catch {
          hash.update(rel).update("\0missing");
          continue;
        }
        if (names === null) hash.update(rel).update(await fs.readFile(full));
        else
          for (const name of names) {
            if (name.includes(".test.") || !/\.(ts|json|gz|bin)$/.test(name)) continue;
            hash.update(name).update(await fs.readFile(path.join(full, name)));
          }
      }
      return hash.digest("hex").slice(0, 16);
    })();
    fingerprints.set(key, found);
  }
  return found;
}

/**
 * A hash of the code that turns bytes into notes (lib/content with the filing model, lib/encoding
 * and its model, the search normaliser filing folds text with, the lock file), so the cache never serves a note built by older code.
 */
export function pipelineFingerprint(): Promise<string> {
  return codeFingerprint(PIPELINE_VERSION, [
    "lib/content",
    "lib/content/markdown",
    "lib/content/stages",
    "lib/encoding",
    "lib/encoding/model",
    // Filing folds text with the search normaliser.
    "lib/search/normalize.ts",
    "lib/search/fold.ts",
    "lib/search/script.ts",
    "package-lock.json",
  ]);
}

export interface PipelineOptions {
  /** The content folder (holds notes and taxonomy.yaml). */
  contentDir: string;
  /** Where parsed notes are cached by content hash; no cache when absent. */
  cacheDir?: string;
  /** Called after each file, for progress bars. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Threads that build notes not in the cache: 1 builds them in this thread; by default one per
   * core when there are many to build. Output is the same either way.
   */
  threads?: number;
}

export interface PipelineStats {
  files: number;
  parsed: number;
  cached: number;
  /** Threads the notes were built on (1 when everything came from the cache or was built here). */
  threads: number;
}

export { MAX_SLUG_LENGTH, slugFromPath } from "./paths";

/** Cache files read at once. */
const CACHE_READS = 32;

async function readCache(file: string): Promise<CacheEntry | null> {
  try {
    return JSON.parse(await fs.readFile(file, "utf8")) as CacheEntry;
  } catch {
    return null;
  }
}

/** taxonomy.yaml may not be a link out of the content folder: its parse errors quote its text. */
async function refuseOutsideConfig(contentDir: string): Promise<void> {
  const root = await fs.realpath(contentDir);
  for (const name of ["taxonomy.yaml", "taxonomy.yml"]) {
    let real: string;
    try {
      real = await fs.realpath(path.join(contentDir, name));
    } catch {
      continue;
    }
    if (!real.startsWith(root + path.sep)) {
      throw new TaxonomyError(
        path.relative(path.dirname(path.resolve(contentDir)), path.join(contentDir, name)),
        null,
        "is a symbolic link to a file outside the content folder, and Shiori never reads outside it. Copy the file into the content folder.",
      );
    }
  }
}

/**
 * The content pipeline: load → text fidelity → frontmatter → title → chapters → anchors →
 * checklist → links → language → taxonomy → diagnostics. One bad note never stops the others.
 * Throws only when the content cannot be read at all (missing folder, broken taxonomy.yaml).
 */
export async function runPipeline(
  options: PipelineOptions,
): Promise<ContentModel & { stats: PipelineStats }> {
  await refuseOutsideConfig(options.contentDir);
  const loaded = await loadTaxonomy(options.contentDir);
  const taxonomy = loaded.taxonomy;
  const { files, others, issues } = await loadSources(options.contentDir);
  const diagnostics: Diagnostic[] = issues.map((i) => ({
    file: i.displayPath,
    line: null,
    severity: i.severity,
    code: i.code,
    message: i.message,
  }));
  const taxonomyHash = shortHash(JSON.stringify(taxonomy), 12);
  const codeHash = options.cacheDir ? await pipelineFingerprint() : "";

  // URLs from paths (lib/content/paths.ts); a true clash is an error settled by a fixed rule.
  const displayOf = new Map(files.map((f) => [f.relPath, f.displayPath]));
  const assignment = assignNoteSlugs(
    files.map((f) => f.relPath),
    (rel) => displayOf.get(rel) ?? rel,
  );
  const slugs = assignment.slugs;
  const places = assignment.places;
  diagnostics.push(...assignment.diagnostics);

  const stats: PipelineStats = { files: files.length, parsed: 0, cached: 0, threads: 1 };
  if (options.cacheDir) await fs.mkdir(options.cacheDir, { recursive: true });
  // Cache look-ups in file order; what is missing is built below (here or on worker threads).
  const entries: (CacheEntry | null)[] = new Array<CacheEntry | null>(files.length).fill(null);
  const toBuild: WorkerJob[] = [];
  let done = 0;
  const keyed = files.map((source, i) => {
    const hash = createHash("sha256").update(source.bytes).digest("hex");
    const key = shortHash(
      `${codeHash}\0${taxonomyHash}\0${source.displayPath}\0${slugs[i]!}\0${hash}`,
      24,
    );
    return {
      hash,
      cacheFile: options.cacheDir ? path.join(options.cacheDir, `${key}.json`) : null,
    };
  });
  const cached: (CacheEntry | null)[] = [];
  for (let i = 0; i < keyed.length; i += CACHE_READS) {
    const batch = keyed.slice(i, i + CACHE_READS);
    cached.push(
      ...(await Promise.all(batch.map((k) => (k.cacheFile ? readCache(k.cacheFile) : null)))),
    );
  }
  for (const [i, source] of files.entries()) {
    const { hash, cacheFile } = keyed[i]!;
    const slug = slugs[i]!;
    const entry = cached[i] ?? null;
    if (entry) {
      entries[i] = entry;
      stats.cached++;
      options.onProgress?.(++done, files.length);
    } else
      toBuild.push({
        index: i,
        displayPath: source.displayPath,
        place: places[i]!,
        bytes: source.bytes,
        slug,
        hash,
        cacheFile,
      });
  }
  stats.parsed = toBuild.length;
  const threads = options.threads ?? defaultThreads(toBuild.length);
  let left: WorkerJob[] = toBuild;
  if (threads > 1 && toBuild.length > 1) {
    left = await runInWorkers(toBuild, taxonomy, threads, (index, entry) => {
      entries[index] = entry;
      options.onProgress?.(++done, files.length);
    });
    if (left.length < toBuild.length) stats.threads = threads;
  }
  for (const job of left) {
    const entry = processFile(job, taxonomy);
    if (job.cacheFile) await fs.writeFile(job.cacheFile, JSON.stringify(entry));
    entries[job.index] = entry;
    options.onProgress?.(++done, files.length);
  }
  const notes: Note[] = [];
  for (const entry of entries) {
    if (!entry) continue;
    if (entry.note) notes.push(entry.note);
    diagnostics.push(...entry.diagnostics);
  }
  const site = await linkNotes(notes, others);
  diagnostics.push(...site.diagnostics);
  // Readiness profiles are checked against the items as linked (chapter URLs are settled above).
  const readiness = await readReadinessProfiles(
    others,
    notes.flatMap((n) => n.checklist),
  );
  diagnostics.push(...readiness.diagnostics);
  return {
    notes,
    taxonomy,
    taxonomySource: { file: loaded.file, builtIn: loaded.builtIn },
    diagnostics: sortDiagnostics(diagnostics),
    folders: site.folders,
    assets: site.assets,
    readiness: readiness.profiles,
    stats,
  };
}

/**
 * The stages that need every note: folders, chapter URLs that meet another note's, translations,
 * links between notes (and backlinks), and the local files notes show. Notes are changed in place.
 */
export async function linkNotes(
  notes: Note[],
  others: readonly OtherFile[],
): Promise<{ folders: Folder[]; assets: Record<string, Asset>; diagnostics: Diagnostic[] }> {
  const categories = await readCategoryFiles(others);
  const diagnostics: Diagnostic[] = [...categories.diagnostics];
  const folders = buildFolders(notes, categories.byFolder);
  const taken = new Set<string>([
    ...notes.map((n) => n.slug as string),
    ...folders.map((f) => f.slug),
  ]);
  diagnostics.push(...settleChapterClashes(notes, taken));
  diagnostics.push(...linkTranslations(notes));
  const resolved = resolveRefs(notes, new LinkIndex(notes, others, folders));
  diagnostics.push(...resolved.diagnostics);
  const catalog = new AssetCatalog();
  await catalog.load([...new Map(resolved.fileRefs.map((r) => [r.file.relPath, r.file])).values()]);
  diagnostics.push(...publishFileRefs(resolved.fileRefs, (file) => catalog.urlOf(file)));
  return { folders, assets: catalog.byUrl(), diagnostics };
}
