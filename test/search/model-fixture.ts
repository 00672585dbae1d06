import type {
  Anchor,
  CategoryId,
  ChapterSlug,
  ContentModel,
  Lang,
  Note,
  NoteSlug,
  Section,
} from "@/lib/content/types";

/** A hand-made note for search tests: sections in the overview or in one chapter. */
export interface NoteSpec {
  slug: string;
  title: string;
  lang: Lang;
  tags?: string[];
  taxonomy?: string[];
  /** Sections on a chapter page (`/notes/<slug>/chapter-1`) instead of the overview. */
  chapter?: { slug: string; title: string; lang?: Lang; taxonomy?: string[] };
  sections: { heading: string; anchor: string | null; body: string }[];
}

function section(s: NoteSpec["sections"][number], line: number): Section {
  return {
    anchor: s.anchor as Anchor | null,
    heading: s.heading,
    text: s.heading ? `${s.heading}\n${s.body}` : s.body,
    line,
  };
}

/** A content model with only what search reads filled in. */
export function makeModel(specs: readonly NoteSpec[]): ContentModel {
  const notes: Note[] = specs.map((spec) => {
    const sections = spec.sections.map((s, i) => section(s, i + 1));
    const slug = spec.slug as NoteSlug;
    const taxonomy = (spec.taxonomy ?? []) as CategoryId[];
    const ch = spec.chapter;
    return {
      slug,
      file: `content/notes/${spec.slug}.md`,
      path: `notes/${spec.slug}.md`,
      folder: "",
      isIndex: false,
      order: null,
      translationKey: null,
      translations: [],
      refs: [],
      backlinks: [],
      title: spec.title,
      date: null,
      dateText: null,
      tags: spec.tags ?? [],
      categories: [],
      summary: null,
      lang: spec.lang,
      taxonomy,
      evidence: [],
      overview: "",
      overviewOffset: 0,
      overviewLine: 1,
      overviewHeadings: [],
      overviewSections: ch ? [] : sections,
      chapters: ch
        ? [
            {
              slug: ch.slug as ChapterSlug,
              title: ch.title,
              anchor: (sections[0]?.anchor ?? null) as Anchor | null,
              index: 0,
              lang: ch.lang ?? spec.lang,
              taxonomy: (ch.taxonomy ?? spec.taxonomy ?? []) as CategoryId[],
              evidence: [],
              url: `/notes/${spec.slug}/${ch.slug}`,
              lines: [1, sections.length] as [number, number],
              markdown: "",
              offset: 0,
              headings: [],
              sections,
              merged: [],
              prev: null,
              next: null,
            },
          ]
        : [],
      chapterList: [],
      checklist: [],
      links: [],
      anchors: {},
      repair: null,
      hash: spec.slug,
    };
  });
  return {
    notes,
    folders: [],
    assets: {},
    taxonomy: {
      areas: [
        {
          id: "fault-tolerance" as CategoryId,
          labels: { en: "Fault tolerance", ja: "耐障害性" },
          keywords: [],
          related: [],
          aliases: [],
          children: [
            {
              id: "fault-tolerance/testing" as CategoryId,
              labels: { en: "Testing", ja: "試験" },
              keywords: [],
              related: [],
              aliases: [],
              children: [],
            },
          ],
        },
        {
          id: "operability" as CategoryId,
          labels: { en: "Operability", ja: "運用性" },
          keywords: [],
          related: [],
          aliases: [],
          children: [],
        },
      ],
    },
    diagnostics: [],
  };
}
