import { createHash } from "node:crypto";
import type { ContentModel, NoteSlug, TaxonomyCategory } from "@/lib/content/types";
import { collectTags, tagKey } from "@/lib/portal/tags";
import { toSearchDocs } from "./docs";
import { shardOf } from "./hash";
import { normalize } from "./normalize";
import { encodeShard, PostingWriter, type ShardEntryInput } from "./postings";
import {
  DOC_SLOTS,
  HASH_BLOCK,
  HASH_LENGTH,
  MANIFEST_VERSION,
  type Facets,
  type Manifest,
} from "./schema";
import { isCjk } from "./script";
import { emitIndexTokens, wordShardKey } from "./tokenize";
import type { SearchDoc } from "./types";

/** One file of the search index, with its path relative to the index root (`public/_search/`). */
export interface SearchArtifactFile {
  path: string;
  content: string | Uint8Array;
}

export interface SearchArtifacts {
  files: SearchArtifactFile[];
}

export interface BuildOptions {
  /** Target size of a posting shard in bytes (before compression). */
  shardBytes?: number;
  /** Posting lists larger than this get their own file, so they never weigh down a shard. */
  bigBytes?: number;
  /** Target size of a section-store chunk in bytes. */
  docChunkBytes?: number;
}

export interface BuildStats {
  docs: number;
  tokens: number;
  shards: number;
  bigFiles: number;
  docChunks: number;
}

export const DEFAULT_BUILD: Required<BuildOptions> = {
  shardBytes: 24_000,
  bigBytes: 12_000,
  docChunkBytes: 12_000,
};

/** Path of the manifest inside the index root; not hashed, so it is the one file to revalidate. */
export const MANIFEST_PATH = "manifest.json";

/**
 * True for index files named by their content (`p/0.AbC-_x12.bin`, `b/AbC-_x12.bin`,
 * `f.0123abcd.json`): they never change and can be cached for good. `manifest.json` is the one
 * file that is not, and must be revalidated.
 */
export function isHashedSearchFile(file: string): boolean {
  const name = file.slice(file.lastIndexOf("/") + 1);
  return name !== MANIFEST_PATH && /(^|\.)[A-Za-z0-9_-]{8}\.(bin|json)$/.test(name);
}

function contentHash(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex").slice(0, HASH_LENGTH);
}

/** Shard key of a token: CJK tokens shard by themselves, words by their first characters. */
export function tokenShardKey(token: string): string {
  return isCjk(token.codePointAt(0)!) ? token : wordShardKey(token);
}

/** The normalised offset where the heading part of a section ends. */
function normalizedHeadingEnd(start: Int32Array, headingEnd: number): number {
  let lo = 0;
  let hi = start.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[mid]! < headingEnd) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One token's postings, and its counts in the section being indexed. */
interface TokenPostings {
  writer: PostingWriter;
  /** The section the counts below belong to (-1 before the first). */
  doc: number;
  tf: number;
  heading: boolean;
  positions: number[] | null;
}

/**
 * Posting writers by token, in order of first occurrence. One map lookup per token occurrence:
 * each token keeps its counts for the current section and is flushed when the section ends.
 */
function indexDocs(docs: readonly SearchDoc[], ids: readonly number[]): Map<string, PostingWriter> {
  const tokens = new Map<string, TokenPostings>();
  const touched: TokenPostings[] = [];
  docs.forEach((doc, i) => {
    const id = ids[i]!;
    const norm = normalize(doc.text, "document");
    touched.length = 0;
    emitIndexTokens(
      norm.text,
      normalizedHeadingEnd(norm.start, doc.headingEnd),
      (token, positional, position, inHeading) => {
        let t = tokens.get(token);
        if (!t) {
          t = {
            writer: new PostingWriter(positional),
            doc: -1,
            tf: 0,
            heading: false,
            positions: positional ? [] : null,
          };
          tokens.set(token, t);
        }
        if (t.doc !== id) {
          t.doc = id;
          t.tf = 0;
          t.heading = false;
          if (t.positions) t.positions = [];
          touched.push(t);
        }
        t.tf++;
        if (inHeading) t.heading = true;
        t.positions?.push(position);
      },
    );
    for (const t of touched) t.writer.add(id, t.tf, t.heading, t.positions);
  });
  const writers = new Map<string, PostingWriter>();
  for (const [token, t] of tokens) writers.set(token, t.writer);
  return writers;
}

/** One hash over a block of files' contents (see HASH_BLOCK). */
function blockHashes(contents: readonly (string | Uint8Array)[]): string {
  let out = "";
  for (let b = 0; b < contents.length; b += HASH_BLOCK) {
    const h = createHash("sha256");
    for (const c of contents.slice(b, b + HASH_BLOCK)) {
      h.update(String(typeof c === "string" ? Buffer.byteLength(c, "utf8") : c.length));
      h.update(c);
    }
    out += h.digest("hex").slice(0, HASH_LENGTH);
  }
  return out;
}

function categoryLabels(areas: readonly TaxonomyCategory[]): Manifest["categories"] {
  const out: Manifest["categories"] = {};
  const visit = (c: TaxonomyCategory) => {
    const labels: Record<string, string> = {};
    for (const [lang, label] of Object.entries(c.labels))
      if (typeof label === "string") labels[lang] = label;
    out[c.id] = labels;
    c.children.forEach(visit);
  };
  areas.forEach(visit);
  return out;
}

/**
 * The tag filter's value for each tag as written: tags that differ only in case or width
 * (`Kubernetes`, `kubernetes`, `Ｋｕｂｅｒｎｅｔｅｓ`) are one tag, shown as the tag pages show it
 * (lib/portal/tags.ts: the spelling most notes use).
 */
export function facetTagLabels(
  docs: readonly Pick<SearchDoc, "note" | "lang" | "tags">[],
): (tag: string) => string {
  const notes = new Map<string, { slug: NoteSlug; lang: SearchDoc["lang"]; tags: string[] }>();
  for (const doc of docs) {
    if (!notes.has(doc.note))
      notes.set(doc.note, { slug: doc.note as NoteSlug, lang: doc.lang, tags: doc.tags });
  }
  const labels = new Map(collectTags([...notes.values()]).map((t) => [t.key, t.label]));
  return (tag) => labels.get(tagKey(tag)) ?? tag;
}

function buildFacets(
  docs: readonly SearchDoc[],
  ids: readonly number[],
): { lists: Manifest["facetLists"]; facets: Facets } {
  const lists: Manifest["facetLists"] = { langs: [], categories: [], tags: [] };
  const indexOf = <T>(list: T[], value: T) => {
    let i = list.indexOf(value);
    if (i < 0) i = list.push(value) - 1;
    return i;
  };
  const tagLabel = facetTagLabels(docs);
  const groups: Facets["groups"] = [];
  let lastKey = "";
  docs.forEach((doc, i) => {
    const lang = indexOf(lists.langs, doc.lang);
    const c = [...new Set(doc.taxonomy)]
      .map((x) => indexOf(lists.categories, x))
      .sort((x, y) => x - y);
    const t = [...new Set(doc.tags.filter((x) => tagKey(x)).map(tagLabel))]
      .map((x) => indexOf(lists.tags, x))
      .sort((x, y) => x - y);
    const key = `${lang}|${c.join(",")}|${t.join(",")}`;
    if (key === lastKey) return;
    lastKey = key;
    groups.push([ids[i]!, lang, c, t]);
  });
  return { lists, facets: { groups } };
}

/**
 * Section ids and store chunks: consecutive sections fill a chunk until it reaches the target size
 * or DOC_SLOTS sections; section id = chunk * DOC_SLOTS + slot.
 */
function assignChunks(
  docs: readonly SearchDoc[],
  targetBytes: number,
): { ids: number[]; chunks: SearchDoc[][] } {
  const ids: number[] = [];
  const chunks: SearchDoc[][] = [];
  let chunk: SearchDoc[] = [];
  let bytes = 0;
  for (const doc of docs) {
    if (chunk.length === DOC_SLOTS || (chunk.length > 0 && bytes >= targetBytes)) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
    ids.push(chunks.length * DOC_SLOTS + chunk.length);
    chunk.push(doc);
    bytes += Buffer.byteLength(JSON.stringify(doc), "utf8");
  }
  if (chunk.length) chunks.push(chunk);
  return { ids, chunks };
}

/**
 * Builds the search index files from sections. Layout (paths relative to the index root):
 * - `manifest.json`: names every other file (the only unhashed file);
 * - `p/<i>.<hash>.bin`: posting shards, chosen by a hash of the token (words: of their first three
 *   characters, so a prefix query needs one shard);
 * - `b/<hash>.bin`: posting lists too big for a shard; the shard entry names the file;
 * - `d/<i>.<hash>.json`: the section store (what results display), DOC_SLOTS sections at most;
 * - `f.<hash>.json`: language, categories and tags of every section, loaded only when filtering.
 * Shards and chunks share one hash per HASH_BLOCK files, so the manifest stays small.
 */
export function buildFromDocs(
  docs: readonly SearchDoc[],
  categories: Manifest["categories"],
  options: BuildOptions = {},
): SearchArtifacts & { stats: BuildStats } {
  const opts = { ...DEFAULT_BUILD, ...options };
  const files: SearchArtifactFile[] = [];
  const { ids, chunks } = assignChunks(docs, opts.docChunkBytes);
  const writers = indexDocs(docs, ids);

  const entries: ShardEntryInput[] = [];
  const big = new Map<string, Uint8Array>();
  let inlineBytes = 0;
  for (const [token, w] of writers) {
    const bytes = w.out.toBytes();
    const entry: ShardEntryInput = { token, positional: w.positional, df: w.df, bytes };
    if (bytes.length > opts.bigBytes) {
      entry.external = `b/${contentHash(bytes)}.bin`;
      big.set(entry.external, bytes);
    } else inlineBytes += bytes.length + token.length * 3 + 4;
    entries.push(entry);
  }
  const shardCount = Math.max(1, Math.ceil(inlineBytes / opts.shardBytes));
  const byShard: ShardEntryInput[][] = Array.from({ length: shardCount }, () => []);
  for (const e of entries) byShard[shardOf(tokenShardKey(e.token), shardCount)]!.push(e);
  const shardContents = byShard.map((list) => {
    list.sort((a, b) => (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));
    return encodeShard(list);
  });
  const shardHashes = blockHashes(shardContents);
  shardContents.forEach((content, i) => {
    const block = Math.floor(i / HASH_BLOCK);
    files.push({
      path: `p/${i}.${shardHashes.slice(block * HASH_LENGTH, (block + 1) * HASH_LENGTH)}.bin`,
      content,
    });
  });
  for (const [path, content] of big) files.push({ path, content });

  const chunkContents = chunks.map((list, i) =>
    JSON.stringify({ first: i * DOC_SLOTS, docs: list }),
  );
  const docHashes = blockHashes(chunkContents);
  chunkContents.forEach((content, i) => {
    const block = Math.floor(i / HASH_BLOCK);
    files.push({
      path: `d/${i}.${docHashes.slice(block * HASH_LENGTH, (block + 1) * HASH_LENGTH)}.json`,
      content,
    });
  });

  const { lists, facets } = buildFacets(docs, ids);
  const facetsContent = JSON.stringify(facets);
  const facetsPath = `f.${contentHash(facetsContent)}.json`;
  files.push({ path: facetsPath, content: facetsContent });

  const manifest: Manifest = {
    version: MANIFEST_VERSION,
    docCount: docs.length,
    shards: { count: shardCount, hashes: shardHashes },
    docs: { chunks: chunks.length, hashes: docHashes },
    facets: facetsPath,
    facetLists: lists,
    categories,
  };
  files.push({ path: MANIFEST_PATH, content: JSON.stringify(manifest) });
  return {
    files,
    stats: {
      docs: docs.length,
      tokens: writers.size,
      shards: shardCount,
      bigFiles: big.size,
      docChunks: chunks.length,
    },
  };
}

/** The search index of a content model (see {@link buildFromDocs}); written under `public/_search/`. */
export function buildSearchArtifacts(
  model: ContentModel,
  options: BuildOptions = {},
): SearchArtifacts {
  const { files } = buildFromDocs(
    toSearchDocs(model),
    categoryLabels(model.taxonomy.areas),
    options,
  );
  return { files };
}
