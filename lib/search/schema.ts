import * as v from "valibot";
import { plainRecord } from "@/lib/plain-record";
import { LANGS } from "@/lib/content/types";
import type { Anchor, CategoryId, ChapterSlug, NoteSlug } from "@/lib/content/types";
import type { SectionKey } from "./types";

/**
 * The index files the browser fetches are untrusted input: every JSON file is validated with these
 * schemas before use (binary shards are bounds-checked by their decoder). valibot keeps the
 * lazily loaded search chunk small (about 2 KB gzipped for these schemas; zod/mini was 10 KB more).
 */

export const MANIFEST_VERSION = 1;
/** Length of the content hash in every index file name. */
export const HASH_LENGTH = 8;
/**
 * Files share one content hash per block of this many (by index), which keeps the manifest small
 * at 10k notes; a changed file renames only the files of its block.
 */
export const HASH_BLOCK = 32;
/** Section ids are `chunk * DOC_SLOTS + slot`, so finding a section's chunk needs no table. */
export const DOC_SLOTS = 16;

const labelsSchema = plainRecord(v.string(), v.string());
/** A count or an index: an integer ≥ 0. */
const natural = v.pipe(v.number(), v.integer(), v.minValue(0));

export const manifestSchema = v.object({
  /** Format version; a client refuses other versions. */
  version: v.literal(MANIFEST_VERSION),
  /** Number of sections. */
  docCount: natural,
  /** Posting shards: file `p/<i>.<hash>.bin`; one hash per HASH_BLOCK shards, concatenated. */
  shards: v.object({ count: v.pipe(v.number(), v.integer(), v.minValue(1)), hashes: v.string() }),
  /** Section-store chunks: file `d/<i>.<hash>.json`; one hash per HASH_BLOCK chunks, concatenated. */
  docs: v.object({ chunks: natural, hashes: v.string() }),
  /** Facets of every section for filters: file name relative to the index root. */
  facets: v.string(),
  /** The values filters offer (the facets file refers to them by index). */
  facetLists: v.object({
    langs: v.array(v.picklist(LANGS)),
    /** Taxonomy category ids (areas and subcategories) sections are filed under. */
    categories: v.array(v.string()),
    tags: v.array(v.string()),
  }),
  /** Labels of the taxonomy categories, by category id. */
  categories: plainRecord(v.string(), labelsSchema),
});
export type Manifest = v.InferOutput<typeof manifestSchema>;

/** The hash in the name of file `index` of a kind (see HASH_BLOCK). */
export function blockHash(hashes: string, index: number): string {
  const block = Math.floor(index / HASH_BLOCK);
  return hashes.slice(block * HASH_LENGTH, (block + 1) * HASH_LENGTH);
}

export const searchDocSchema = v.object({
  key: v.pipe(
    v.string(),
    v.transform((s) => s as SectionKey),
  ),
  note: v.pipe(
    v.string(),
    v.transform((s) => s as NoteSlug),
  ),
  noteTitle: v.string(),
  chapter: v.pipe(
    v.nullable(v.string()),
    v.transform((s) => s as ChapterSlug | null),
  ),
  chapterTitle: v.nullable(v.string()),
  heading: v.string(),
  anchor: v.pipe(
    v.nullable(v.string()),
    v.transform((s) => s as Anchor | null),
  ),
  url: v.string(),
  lang: v.picklist(LANGS),
  taxonomy: v.array(
    v.pipe(
      v.string(),
      v.transform((s) => s as CategoryId),
    ),
  ),
  tags: v.array(v.string()),
  text: v.string(),
  headingEnd: natural,
});

export const docChunkSchema = v.object({
  /** Id of the first section in this chunk. */
  first: natural,
  docs: v.array(searchDocSchema),
});
export type DocChunk = v.InferOutput<typeof docChunkSchema>;

export const facetsSchema = v.object({
  /**
   * Runs of sections that share facets, by first section id: [first id, lang index, category
   * indexes, tag indexes] (indexes into the manifest's facetLists).
   */
  groups: v.array(v.tuple([natural, natural, v.array(natural), v.array(natural)])),
});
export type Facets = v.InferOutput<typeof facetsSchema>;
