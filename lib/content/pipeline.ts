import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import GithubSlugger from "github-slugger";
import { sortDiagnostics } from "./diagnostics";
import { loadSources } from "./load";
import { shortHash } from "./ids";
import { defaultThreads, runInWorkers, type WorkerJob } from "./parallel";
import { processFile, type CacheEntry } from "./process";
import { loadTaxonomy, TaxonomyError } from "./taxonomy";
import type { ContentModel, Diagnostic, Note, NoteSlug } from "./types";

/** Bump when the shape of a cached note changes. */
export const PIPELINE_VERSION = "2";

let fingerprint: Promise<string> | null = null;
/**
 * A hash of the code that turns bytes into notes (lib/content, lib/encoding and its model, the
 * lock file), so the cache never serves a note built by older code.
 */
export function pipelineFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const hash = createHash("sha256").update(PIPELINE_VERSION);
    const root = process.cwd();
    for (const dir of ["lib/content", "lib/encoding", "lib/encoding/model"]) {
      let names: string[] = [];
      try {
        names = (await fs.readdir(path.join(root, dir))).sort();
      } catch {
        continue;
      }
      for (const name of names) {
        if (name.includes(".test.") || !/\.(ts|gz|bin)$/.test(name)) continue;
        hash.update(name).update(await fs.readFile(path.join(root, dir, name)));
      }
    }
    try {
      hash.update(await fs.readFile(path.join(root, "package-lock.json")));
    } catch {
      // no lock file: the code hash alone
    }
    return hash.digest("hex").slice(0, 16);
  })();
  return fingerprint;
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

/** Longest ASCII part of a slug; with the hash suffix a slug stays under 100 characters. */
export const MAX_SLUG_LENGTH = 80;

/**
 * A note's URL slug from its file name: ASCII-safe via github-slugger, never empty. The segment
 * stays ASCII because Next's static export prerenders a page whose param has other letters with
 * the percent-encoded param, so the page renders as 404 (vercel/next.js#92192); it also keeps
 * `<slug>.html` far below the 255-byte file-name limit. A name with other letters keeps its ASCII
 * part and gets a hash of the whole name, so distinct names stay distinct and moves keep the URL.
 */
export function slugFromPath(displayPath: string): string {
  // NFC: macOS stores file names decomposed (か + ゛); the URL must not depend on that.
  const base = path.basename(displayPath).replace(/\.[^.]+$/, "").normalize("NFC");
  const unicode = new GithubSlugger().slug(base).replace(/^-+|-+$/g, "");
  const ascii = unicode
    .replace(/[^a-z0-9_-]/g, "")
    .replace(/-{2,}/g, "-")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, "");
  if (ascii && ascii === unicode) return ascii;
  return `${ascii || "note"}-${shortHash(base, 8).toLowerCase()}`;
}

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
  const taxonomy = await loadTaxonomy(options.contentDir);
  const { files, issues } = await loadSources(options.contentDir);
  const diagnostics: Diagnostic[] = issues.map((i) => ({
    file: i.displayPath,
    line: null,
    severity: i.severity,
    code: i.code,
    message: i.message,
  }));
  const taxonomyHash = shortHash(JSON.stringify(taxonomy), 12);
  const codeHash = options.cacheDir ? await pipelineFingerprint() : "";

  // Slugs: from file names, collisions get -2, -3 in path order (stable) and a warning.
  const slugOwners = new Map<string, string>();
  const slugs = files.map((f) => {
    const base = slugFromPath(f.displayPath);
    let slug = base;
    for (let k = 2; slugOwners.has(slug); k++) slug = `${base}-${k}`;
    if (slug !== base) {
      diagnostics.push({
        file: f.displayPath,
        line: null,
        severity: "warning",
        code: "note/slug-collision",
        message: `this note's URL name "${base}" is taken by ${slugOwners.get(base)}; it is published as /notes/${slug}. Rename one of the files so each has its own name.`,
      });
    }
    slugOwners.set(slug, f.displayPath);
    return slug as NoteSlug;
  });

  const stats: PipelineStats = { files: files.length, parsed: 0, cached: 0, threads: 1 };
  if (options.cacheDir) await fs.mkdir(options.cacheDir, { recursive: true });
  // Cache look-ups in file order; what is missing is built below (here or on worker threads).
  const entries: (CacheEntry | null)[] = new Array<CacheEntry | null>(files.length).fill(null);
  const toBuild: WorkerJob[] = [];
  let done = 0;
  const keyed = files.map((source, i) => {
    const hash = createHash("sha256").update(source.bytes).digest("hex");
    const key = shortHash(`${codeHash}\0${taxonomyHash}\0${source.displayPath}\0${slugs[i]!}\0${hash}`, 24);
    return { hash, cacheFile: options.cacheDir ? path.join(options.cacheDir, `${key}.json`) : null };
  });
  const cached: (CacheEntry | null)[] = [];
  for (let i = 0; i < keyed.length; i += CACHE_READS) {
    const batch = keyed.slice(i, i + CACHE_READS);
    cached.push(...(await Promise.all(batch.map((k) => (k.cacheFile ? readCache(k.cacheFile) : null)))));
  }
  for (const [i, source] of files.entries()) {
    const { hash, cacheFile } = keyed[i]!;
    const slug = slugs[i]!;
    const entry = cached[i] ?? null;
    if (entry) {
      entries[i] = entry;
      stats.cached++;
      options.onProgress?.(++done, files.length);
    } else toBuild.push({ index: i, displayPath: source.displayPath, bytes: source.bytes, slug, hash, cacheFile });
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
  return { notes, taxonomy, diagnostics: sortDiagnostics(diagnostics), stats };
}
