import { notePageUrl } from "../urls";
import type { Chapter } from "../types";
import { defineStage } from "./draft";
import { createLineLookup, nodesIn, within } from "./lookups";
import { filePageOfNote } from "./page-filing";
import { sectionsOf } from "./sections";

/**
 * Each chapter page: its sections, headings, language, filing, source lines and Markdown, and the
 * pages before and after it.
 */
export const chapterPagesStage = defineStage({
  name: "chapter-pages",
  needs: [
    "fm",
    "lineOffset",
    "body",
    "tree",
    "headings",
    "headingAt",
    "title",
    "chapterPages",
    "headingOffsets",
    "tocFiled",
    "fmTaxonomy",
    "langOf",
  ],
  adds: ["chapters"],
  run(draft, { input, taxonomy }) {
    const { lineOffset, body, tree, headings, headingAt, headingOffsets, langOf } = draft;
    const lineAt = createLineLookup(body);
    const facts = {
      taxonomy,
      input,
      fmTaxonomy: draft.fmTaxonomy,
      tocFiled: draft.tocFiled,
      tags: draft.fm.data.tags ?? [],
    };
    const chapters: Chapter[] = draft.chapterPages.map((page, i) => {
      const sections = sectionsOf(nodesIn(tree, page.range), headingAt, lineOffset, page.title);
      const text = sections.map((s) => s.text).join("\n");
      const pageHeadings = headings.filter((h) =>
        within(page.range, headingOffsets.get(h.anchor) ?? -1),
      );
      const filing = filePageOfNote(facts, {
        title: page.title,
        headings: pageHeadings.filter((h) => h.anchor !== page.anchor).map((h) => h.text),
        text,
        sections,
        context: draft.title,
      });
      const endLine = lineAt(page.range.end) + lineOffset;
      return {
        slug: page.slug,
        title: page.title,
        anchor: page.anchor,
        index: i,
        lang: langOf(text),
        taxonomy: filing.categories,
        evidence: filing.evidence,
        url: notePageUrl(input.slug, page.slug),
        lines: [lineAt(page.range.start) + lineOffset, endLine],
        markdown: body.slice(page.range.start, page.range.end),
        offset: input.text.length - body.length + page.range.start,
        headings: pageHeadings,
        sections,
        merged: page.merged,
        prev: null,
        next: null,
      };
    });
    chapters.forEach((c, i) => {
      const p = chapters[i - 1];
      const n = chapters[i + 1];
      c.prev = p ? { slug: p.slug, title: p.title } : null;
      c.next = n ? { slug: n.slug, title: n.title } : null;
    });
    return { chapters };
  },
});
