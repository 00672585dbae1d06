import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import GithubSlugger from "github-slugger";
import { fixTextFidelity } from "@/lib/encoding";
import { Reporter, sortDiagnostics } from "./diagnostics";
import { loadSources, normaliseNewlines, type SourceFile } from "./load";
import { buildNote } from "./note";
import { shortHash } from "./ids";
import { loadTaxonomy, TaxonomyError } from "./taxonomy";
import type { ContentModel, Diagnostic, Note, NoteSlug, Taxonomy } from "./types";

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
}

export interface PipelineStats {
  files: number;
  parsed: number;
  cached: number;
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

interface CacheEntry {
  note: Note | null;
  diagnostics: Diagnostic[];
}

async function readCache(file: string): Promise<CacheEntry | null> {
  try {
    return JSON.parse(await fs.readFile(file, "utf8")) as CacheEntry;
  } catch {
    return null;
  }
}

function processFile(source: SourceFile, slug: NoteSlug, taxonomy: Taxonomy, hash: string): CacheEntry {
  const reporter = new Reporter(source.displayPath);
  const fidelity = fixTextFidelity(source.bytes, { file: source.displayPath });
  for (const d of fidelity.diagnostics) reporter.report(d.severity, d.code, d.line, d.message);
  if (fidelity.undecodable) return { note: null, diagnostics: reporter.items };
  const text = normaliseNewlines(fidelity.text, reporter);
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    const line = (text.slice(0, nul).match(/\n/g) ?? []).length + 1;
    reporter.warn("text/nul", line, "the file contains NUL characters; they were removed. Save the file as plain UTF-8 text.");
  }
  let note: Note | null = null;
  try {
    note = buildNote(
      { slug, displayPath: source.displayPath, text: text.replace(/\u0000/g, ""), repair: fidelity.repair, hash },
      taxonomy,
      reporter,
    );
  } catch (error) {
    reporter.error(
      "note/failed",
      null,
      `Shiori could not build this note (${(error as Error).message}); it is left out and the rest of the site is built. Please report this with the file attached.`,
    );
  }
  return { note, diagnostics: reporter.items };
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

  const stats: PipelineStats = { files: files.length, parsed: 0, cached: 0 };
  if (options.cacheDir) await fs.mkdir(options.cacheDir, { recursive: true });
  const notes: Note[] = [];
  for (const [i, source] of files.entries()) {
    const hash = createHash("sha256").update(source.bytes).digest("hex");
    const slug = slugs[i]!;
    const key = shortHash(`${codeHash}\0${taxonomyHash}\0${source.displayPath}\0${slug}\0${hash}`, 24);
    const cacheFile = options.cacheDir ? path.join(options.cacheDir, `${key}.json`) : null;
    let entry = cacheFile ? await readCache(cacheFile) : null;
    if (entry) stats.cached++;
    else {
      entry = processFile(source, slug, taxonomy, hash);
      stats.parsed++;
      if (cacheFile) await fs.writeFile(cacheFile, JSON.stringify(entry));
    }
    if (entry.note) notes.push(entry.note);
    diagnostics.push(...entry.diagnostics);
    options.onProgress?.(i + 1, files.length);
  }
  return { notes, taxonomy, diagnostics: sortDiagnostics(diagnostics), stats };
}
