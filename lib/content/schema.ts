import { z } from "zod";
import { LANGS } from "./types";

/**
 * Frontmatter as the pipeline accepts it after tolerant coercion (see frontmatter.ts). Every field
 * is optional; unknown fields (Hugo's `cover`, `weight` …) are ignored.
 */
export const frontmatterSchema = z.object({
  /** The note's title; wins over headings and the file name. */
  title: z.string().trim().min(1).optional(),
  /** Publication or study date, `YYYY-MM-DD` (a time part is allowed and ignored). */
  date: z.string().optional(),
  /** Free tags; a comma-separated string is accepted and split (with a diagnostic). */
  tags: z.array(z.string()).optional(),
  /** Hugo/Jekyll-style categories; shown as metadata, not the taxonomy. */
  categories: z.array(z.string()).optional(),
  /** One-line summary shown on lists. */
  summary: z.string().optional(),
  /** `true` keeps the note out of the site. */
  draft: z.boolean().optional(),
  /** Language of the note's text; wins over detection. */
  lang: z.enum(LANGS).optional(),
  /** Taxonomy category ids (`capacity/design`); wins over keyword classification. */
  taxonomy: z.array(z.string()).optional(),
  /** `false` keeps a long note on one page; `true` splits it into chapters. */
  chapters: z.boolean().optional(),
  /**
   * Place among the notes of its folder, smallest first; read from `weight` (Hugo),
   * `sidebar_position` (Docusaurus), `nav_order` (Jekyll just-the-docs) or `order`.
   */
  order: z.number().optional(),
  /** Notes with the same key are translations of each other (Hugo's `translationKey`). */
  translationKey: z.string().trim().min(1).optional(),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;

const labelsSchema = z
  .object({
    en: z.string().min(1),
    ja: z.string().min(1),
    "zh-Hant": z.string().min(1).optional(),
    "zh-Hans": z.string().min(1).optional(),
    ko: z.string().min(1).optional(),
  })
  .strict();

const subcategorySchema = z
  .object({
    /** `area/sub`, lowercase ASCII. */
    id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, "must look like area/sub (lowercase ASCII)"),
    labels: labelsSchema,
    /** Other heading texts that name this category in a note's own table of contents. */
    aliases: z.array(z.string()).default([]),
    /** Names of the concept (any language): strong evidence that a page is about it. */
    keywords: z.array(z.string()).default([]),
    /** Vocabulary that comes with the concept: weak evidence. */
    related: z.array(z.string()).default([]),
  })
  .strict();

const areaSchema = z
  .object({
    /** Lowercase ASCII id used in URLs: `/categories/<id>`. */
    id: z.string().regex(/^[a-z0-9-]+$/, "must be lowercase ASCII letters, digits and -"),
    labels: labelsSchema,
    aliases: z.array(z.string()).default([]),
    keywords: z.array(z.string()).default([]),
    related: z.array(z.string()).default([]),
    children: z.array(subcategorySchema).default([]),
  })
  .strict();

/** `content/taxonomy.yaml`. */
export const taxonomyFileSchema = z
  .object({
    areas: z.array(areaSchema).min(1),
    /** Topics outside the taxonomy (security, networking basics, set-up …): pages mostly about them stay unclassified. */
    outside: z.array(z.string()).default([]),
    /** What the notes are about at all (Kubernetes, clusters, servers …): a page naming none of it is never filed. */
    domain: z.array(z.string()).default([]),
  })
  .strict();

export type TaxonomyFile = z.infer<typeof taxonomyFileSchema>;
