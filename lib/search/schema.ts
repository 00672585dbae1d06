import * as z from "zod/mini";
import { LANGS } from "@/lib/content/types";
import type { Anchor, CategoryId, ChapterSlug, NoteSlug } from "@/lib/content/types";
import type { SectionKey } from "./types";

/**
 * The index files the browser fetches are untrusted input: every JSON file is validated with these
 * schemas before use (binary shards are bounds-checked by their decoder). `zod/mini` keeps the
 * lazily loaded search chunk small (the classic build adds over 400 KB of minified code).
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

const labelsSchema = z.record(z.string(), z.string());

export const manifestSchema = z.object({
  /** Format version; a client refuses other versions. */
  version: z.literal(MANIFEST_VERSION),
  /** Number of sections. */
  docCount: z.int().check(z.nonnegative()),
  /** Posting shards: file `p/<i>.<hash>.bin`; one hash per HASH_BLOCK shards, concatenated. */
  shards: z.object({ count: z.int().check(z.positive()), hashes: z.string() }),
  /** Section-store chunks: file `d/<i>.<hash>.json`; one hash per HASH_BLOCK chunks, concatenated. */
  docs: z.object({ chunks: z.int().check(z.nonnegative()), hashes: z.string() }),
  /** Facets of every section for filters: file name relative to the index root. */
  facets: z.string(),
  /** The values filters offer (the facets file refers to them by index). */
  facetLists: z.object({
    langs: z.array(z.enum(LANGS)),
    /** Taxonomy category ids (areas and subcategories) sections are filed under. */
    categories: z.array(z.string()),
    tags: z.array(z.string()),
  }),
  /** Labels of the taxonomy categories, by category id. */
  categories: z.record(z.string(), labelsSchema),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** The hash in the name of file `index` of a kind (see HASH_BLOCK). */
export function blockHash(hashes: string, index: number): string {
  const block = Math.floor(index / HASH_BLOCK);
  return hashes.slice(block * HASH_LENGTH, (block + 1) * HASH_LENGTH);
}

export const searchDocSchema = z.object({
  key: z.pipe(
    z.string(),
    z.transform((s) => s as SectionKey),
  ),
  note: z.pipe(
    z.string(),
    z.transform((s) => s as NoteSlug),
  ),
  noteTitle: z.string(),
  chapter: z.pipe(
    z.nullable(z.string()),
    z.transform((s) => s as ChapterSlug | null),
  ),
  chapterTitle: z.nullable(z.string()),
  heading: z.string(),
  anchor: z.pipe(
    z.nullable(z.string()),
    z.transform((s) => s as Anchor | null),
  ),
  url: z.string(),
  lang: z.enum(LANGS),
  taxonomy: z.array(
    z.pipe(
      z.string(),
      z.transform((s) => s as CategoryId),
    ),
  ),
  tags: z.array(z.string()),
  text: z.string(),
  headingEnd: z.int().check(z.nonnegative()),
});

export const docChunkSchema = z.object({
  /** Id of the first section in this chunk. */
  first: z.int().check(z.nonnegative()),
  docs: z.array(searchDocSchema),
});
export type DocChunk = z.infer<typeof docChunkSchema>;

export const facetsSchema = z.object({
  /**
   * Runs of sections that share facets, by first section id: [first id, lang index, category
   * indexes, tag indexes] (indexes into the manifest's facetLists).
   */
  groups: z.array(
    z.tuple([
      z.int().check(z.nonnegative()),
      z.int().check(z.nonnegative()),
      z.array(z.int().check(z.nonnegative())),
      z.array(z.int().check(z.nonnegative())),
    ]),
  ),
});
export type Facets = z.infer<typeof facetsSchema>;
