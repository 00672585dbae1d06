import path from "node:path";
import type { Heading as MdHeading } from "mdast";
import { collectHeadings, createAnchorResolver } from "./anchors";
import { chapterSlugs, splitChapters, type Range } from "./chapters";
import { collectTasks } from "./checklist";
import { shortHash, normaliseItemText } from "./ids";
import { hasTaskMeta, parseTaskMeta } from "./task-meta";
import type { Reporter } from "./diagnostics";
import { readFrontmatter } from "./frontmatter";
import { detectLanguage } from "./language";
import { collectLinks, collectRefs } from "./links";
import type { NotePath } from "./paths";
import {
  blockText,
  eachNode,
  findUnsafeMarkup,
  guardMarkdown,
  inlineText,
  MAX_NESTING,
  parseMarkdown,
  quoteForMessage,
  startLine,
  startOffset,
} from "./markdown";
import { directiveTitlesAsLabels } from "./markdown/callouts";
import { findMathProblems } from "./markdown/math";
import { notePageUrl, taskAnchor } from "./urls";
import { filePage } from "./classify";
import { categoryForHeading, classify, leafCategories, allCategories } from "./taxonomy";
import type {
  Anchor,
  CategoryId,
  Chapter,
  ChapterSlug,
  FilingEvidence,
  Heading,
  Lang,
  Note,
  NoteSlug,
  Section,
  Taxonomy,
  TextRepair,
} from "./types";
import type { Root, RootContent } from "mdast";

export interface NoteInput {
  slug: NoteSlug;
  displayPath: string;
  /** Where the file sits in the content folder (its folder, language folder, index or not). */
  place: NotePath;
  /** Decoded, repaired text with LF line endings and no BOM. */
  text: string;
  repair: TextRepair | null;
  hash: string;
}

/** Title: frontmatter → the single top-level heading → the first heading → the file name. */
export function pickTitle(
  fmTitle: string | undefined,
  headings: Heading[],
  displayPath: string,
): string {
  if (fmTitle?.trim()) return fmTitle.trim();
  const withText = headings.filter((h) => h.text);
  const top = withText.filter((h) => h.depth === 1);
  if (top.length === 1) return top[0]!.text;
  if (withText[0]) return withText[0].text;
  return path.basename(displayPath).replace(/\.[^.]+$/, "");
}

function sectionsOf(
  nodes: readonly RootContent[],
  headingAt: (n: MdHeading) => Heading | undefined,
  lineOffset: number,
  fallbackHeading: string,
): Section[] {
  const sections: Section[] = [];
  let current: {
    anchor: Anchor | null;
    heading: string;
    nodes: RootContent[];
    line: number;
  } | null = null;
  const flush = () => {
    if (!current) return;
    const text = blockText(current.nodes);
    if (text || current.anchor) {
      sections.push({ anchor: current.anchor, heading: current.heading, text, line: current.line });
    }
  };
  for (const node of nodes) {
    if (node.type === "heading") {
      flush();
      const h = headingAt(node);
      current = {
        anchor: h?.anchor ?? null,
        heading: h?.text ?? inlineText(node),
        nodes: [node],
        line: startLine(node) + lineOffset,
      };
    } else {
      current ??= {
        anchor: null,
        heading: fallbackHeading,
        nodes: [],
        line: startLine(node) + lineOffset,
      };
      current.nodes.push(node);
    }
  }
  flush();
  return sections;
}

const within = (r: Range, offset: number) => offset >= r.start && offset < r.end;

/**
 * A long note's own categories from its chapters': each chapter's primary category counts 1 and
 * its others ½, so the note's primary is where most of it is filed. The evidence names the chapters.
 */
function fileFromChapters(
  chapters: readonly Chapter[],
  overview: readonly CategoryId[],
): { categories: CategoryId[]; evidence: FilingEvidence[] } {
  const weight = new Map<CategoryId, number>();
  const from = new Map<CategoryId, string[]>();
  const add = (id: CategoryId, w: number, title: string | null) => {
    weight.set(id, (weight.get(id) ?? 0) + w);
    if (title) from.set(id, [...(from.get(id) ?? []), title]);
  };
  for (const c of chapters) c.taxonomy.forEach((id, i) => add(id, i === 0 ? 1 : 0.5, c.title));
  for (const id of overview) add(id, 0.5, null);
  const categories = [...weight].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  return {
    categories,
    evidence: categories.map((category) => ({
      category,
      score: weight.get(category)!,
      terms: (from.get(category) ?? []).map((title) => ({
        term: title,
        field: "chapter" as const,
        count: 1,
      })),
    })),
  };
}

/**
 * Builds one note from its decoded text: frontmatter → title → chapters → anchors → checklist →
 * links → language → taxonomy. Returns null for drafts.
 */
export function buildNote(input: NoteInput, taxonomy: Taxonomy, reporter: Reporter): Note | null {
  const fm = readFrontmatter(input.text, reporter);
  if (fm.data.draft === true) {
    reporter.info(
      "note/draft",
      null,
      "draft: true, so this note is left out of the site. Remove draft: true to publish it.",
    );
    return null;
  }
  const lineOffset = fm.bodyLineOffset;
  // Text that would take micromark minutes (or overflow the stack) is kept as one plain-text block.
  const guarded = guardMarkdown(fm.body);
  if (guarded.problem?.kind === "too-deep") {
    reporter.warn(
      "markdown/too-deep",
      guarded.problem.line + lineOffset,
      `lists or quotes are nested ${guarded.problem.depth} levels deep here, more than the ${MAX_NESTING} Shiori reads; the whole note is shown as plain text. Flatten the nesting (an outline rarely needs more than 6 levels).`,
    );
  } else if (guarded.problem?.kind === "too-complex") {
    reporter.warn(
      "markdown/too-complex",
      guarded.problem.line + lineOffset,
      "from here the Markdown is too costly to read (a paragraph with thousands of * _ [ ] ` ~ < characters, or a table with thousands of rows); the whole note is shown as plain text. Split it with blank lines, or put it in a code block.",
    );
  }
  // `:::tip Title` as `:::tip[Title]`, so the pipeline and the page read the same callout.
  const body = directiveTitlesAsLabels(guarded.text);
  // 1-based line of a body offset, by binary search over the newlines (no slicing per chapter).
  const newlines: number[] = [];
  for (let i = body.indexOf("\n"); i >= 0; i = body.indexOf("\n", i + 1)) newlines.push(i);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  const tree: Root = parseMarkdown(body);
  for (const unsafe of findUnsafeMarkup(tree))
    reporter.warn(unsafe.code, unsafe.line + lineOffset, unsafe.message);
  for (const problem of findMathProblems(tree)) {
    reporter.warn(
      "math/invalid",
      problem.line + lineOffset,
      `the formula ${quoteForMessage(problem.source)} cannot be typeset (${problem.message}); the page shows it as written. Fix the TeX, or write \\$ for a dollar sign that is not math.`,
    );
  }
  const headings = collectHeadings(tree, lineOffset);
  const byLine = new Map(headings.map((h) => [h.line, h]));
  const headingAt = (node: MdHeading) => byLine.get(startLine(node) + lineOffset);
  const title = pickTitle(fm.data.title, headings, input.displayPath);
  if (!body.trim()) {
    reporter.warn(
      "note/empty",
      null,
      "the note has no text; it is listed with its title only. Write something or delete the file.",
    );
  }

  // Chapters
  const split = splitChapters(tree, body.length, headingAt, fm.data.chapters);
  const slugs = chapterSlugs(
    split.chapters.map((c) => c.title),
    split.numbered,
  ) as ChapterSlug[];
  const chapterOfOffset = (offset: number): number =>
    split.chapters.findIndex((c) => within(c.range, offset));
  const nodesIn = (r: Range) => tree.children.filter((n) => within(r, startOffset(n)));

  // Anchors → pages
  const anchors: Record<string, ChapterSlug | null> = {};
  const tree2Headings: { anchor: Anchor; offset: number }[] = [];
  eachNode(tree, "heading", (node) => {
    const h = headingAt(node);
    if (h) tree2Headings.push({ anchor: h.anchor, offset: startOffset(node) });
  });
  // Where each anchor's heading starts (the first heading with it, as a search in order would find).
  const headingOffsets = new Map<Anchor, number>();
  for (const { anchor, offset } of tree2Headings)
    if (!headingOffsets.has(anchor)) headingOffsets.set(anchor, offset);
  for (const { anchor, offset } of tree2Headings) {
    const i = chapterOfOffset(offset);
    anchors[anchor] = i >= 0 ? slugs[i]! : null;
  }
  const resolve = createAnchorResolver(Object.keys(anchors));
  // The last heading at or before a line (headings are in document order, so their lines ascend).
  const headingBefore = (line: number): Anchor | null => {
    let lo = 0;
    let hi = headings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (headings[mid]!.line <= line) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? headings[lo - 1]!.anchor : null;
  };

  const links = collectLinks(tree, lineOffset);
  for (const f of links.fragments) {
    if (!f.fragment.slice(1)) continue;
    if (!resolve(f.fragment)) {
      reporter.warn(
        "anchor/unresolved",
        f.line,
        `the link ${f.fragment} points to no heading in this note. Change it to one of the note's headings (ids are made like GitHub's: lowercase, spaces to -, punctuation removed).`,
      );
    }
  }

  // Taxonomy filed by the note's own TOC (seed 000): links under a heading that names a category.
  const tocFiled = new Map<string, CategoryId[]>();
  {
    let current: { depth: number; id: CategoryId } | null = null;
    for (const node of tree.children) {
      if (node.type === "heading") {
        const id = categoryForHeading(taxonomy, inlineText(node));
        if (id) current = { depth: node.depth, id };
        else if (current && node.depth <= current.depth) current = null;
        continue;
      }
      if (!current || node.type !== "list") continue;
      const cat = current.id;
      eachNode(node, "link", (link) => {
        if (!link.url.startsWith("#")) return;
        const target = resolve(link.url);
        if (target) tocFiled.set(target, [...new Set([...(tocFiled.get(target) ?? []), cat])]);
      });
    }
  }
  const known = new Set(allCategories(taxonomy).map((c) => c.id as string));
  const leafIds = new Set(leafCategories(taxonomy).map((c) => c.id as string));
  let fmTaxonomy: CategoryId[] | null = null;
  if (fm.data.taxonomy) {
    fmTaxonomy = [];
    for (const id of fm.data.taxonomy) {
      if (known.has(id)) fmTaxonomy.push(id as CategoryId);
      else
        reporter.warn(
          "taxonomy/unknown",
          null,
          `taxonomy "${id}" is not a category in taxonomy.yaml; it is ignored. Use one of: ${[...leafIds].join(", ")}.`,
        );
    }
  }
  const classifyText = (text: string, min: number) => classify(taxonomy, text, min);
  const tags = fm.data.tags ?? [];
  /**
   * A page's filing: frontmatter `taxonomy:` wins. Else, when the note's own table of contents
   * files the page's sections (seed 000, an Obsidian map of content), what it files them under: the
   * author's filing, like `taxonomy:`; an index page's text names every area it links to, so a guess
   * from it adds areas the author did not file the page under. Else the page's own text
   * (lib/content/classify.ts).
   */
  const fileSections = (
    title: string,
    pageHeadings: string[],
    text: string,
    sections: Section[],
    context?: string,
  ): { categories: CategoryId[]; evidence: FilingEvidence[] } => {
    if (fmTaxonomy)
      return {
        categories: fmTaxonomy,
        evidence: fmTaxonomy.map((category) => ({
          category,
          score: 0,
          terms: [{ term: "taxonomy:", field: "frontmatter", count: 1 }],
        })),
      };
    const toc = [...new Set(sectionAnchorsFiled(sections))];
    if (toc.length)
      return {
        categories: toc,
        evidence: toc.map((category) => ({
          category,
          score: 0,
          terms: [{ term: title, field: "toc" as const, count: 1 }],
        })),
      };
    return filePage(taxonomy, {
      title,
      context,
      folders: input.place.folder,
      headings: pageHeadings,
      tags,
      body: text,
    });
  };

  // Language: frontmatter, else the path's language folder or `.ko` tag, else detected.
  const fmLang = fm.data.lang ?? input.place.lang ?? undefined;
  const detected = detectLanguage(body);
  const noteLang: Lang = fmLang ?? detected.lang;
  /**
   * A chapter or item keeps the note's language unless its own text clearly says otherwise:
   * short kanji-only text in a Japanese note is still Japanese (後, 業 are "Traditional" too).
   */
  const langOf = (text: string): Lang => {
    if (fmLang) return fmLang;
    const d = detectLanguage(text);
    if (!d.confident) return noteLang;
    const hanOnly = d.lang.startsWith("zh") && d.counts.kana === 0;
    if (hanOnly && noteLang === "ja" && d.counts.han < 200) return noteLang;
    if (
      d.lang !== noteLang &&
      d.counts.han + d.counts.hangul + d.counts.kana < 20 &&
      d.counts.latin < 100
    )
      return noteLang;
    return d.lang;
  };

  // Chapters
  const sectionAnchorsFiled = (sections: Section[]) =>
    sections.flatMap((s) => (s.anchor ? (tocFiled.get(s.anchor) ?? []) : []));
  const chapters: Chapter[] = split.chapters.map((draft, i) => {
    const nodes = nodesIn(draft.range);
    const sections = sectionsOf(nodes, headingAt, lineOffset, draft.title);
    const text = sections.map((s) => s.text).join("\n");
    const chHeadings = headings.filter((h) =>
      within(draft.range, headingOffsets.get(h.anchor) ?? -1),
    );
    const filing = fileSections(
      draft.title,
      chHeadings.filter((h) => h.anchor !== draft.anchor).map((h) => h.text),
      text,
      sections,
      title,
    );
    const taxonomyIds = filing.categories;
    const endLine = lineAt(draft.range.end) + lineOffset;
    return {
      slug: slugs[i]!,
      title: draft.title,
      anchor: draft.anchor,
      index: i,
      lang: langOf(text),
      taxonomy: taxonomyIds,
      evidence: filing.evidence,
      url: notePageUrl(input.slug, slugs[i]!),
      lines: [lineAt(draft.range.start) + lineOffset, endLine],
      markdown: body.slice(draft.range.start, draft.range.end),
      offset: input.text.length - body.length + draft.range.start,
      headings: chHeadings,
      sections,
      merged: draft.merged,
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

  const overviewNodes = nodesIn(split.overview);
  const overviewSections = sectionsOf(overviewNodes, headingAt, lineOffset, title);
  const overviewText = overviewSections.map((s) => s.text).join("\n");
  const overviewHeadings = headings.filter((h) => anchors[h.anchor] === null);
  const overviewFiling =
    chapters.length === 0
      ? fileSections(
          title,
          overviewHeadings.filter((h) => h.text !== title).map((h) => h.text),
          overviewText,
          overviewSections,
        )
      : {
          categories: fmTaxonomy ?? [...new Set(sectionAnchorsFiled(overviewSections))],
          evidence: [],
        };
  const overviewTaxonomy = overviewFiling.categories;

  // Where a body offset lives: its chapter, section anchor and categories.
  // Categories of a section's text, once per section (a pasted wiki can hold tens of thousands of links).
  const sectionKey = (ci: number, anchor: Anchor | null) => `${ci}\u0000${anchor ?? ""}`;
  const sectionTextOf = (ci: number, anchor: Anchor | null): string =>
    (chapters[ci]?.sections ?? overviewSections).find((s) => s.anchor === anchor)?.text ?? "";
  const sectionCats = new Map<string, CategoryId[]>();
  const sectionCategories = (ci: number, anchor: Anchor | null): CategoryId[] => {
    const key = sectionKey(ci, anchor);
    let cats = sectionCats.get(key);
    if (!cats) {
      cats = classifyText(sectionTextOf(ci, anchor), 1);
      sectionCats.set(key, cats);
    }
    return cats;
  };
  const placeOf = (offset: number, line: number, ownText: string) => {
    const ci = chapterOfOffset(offset);
    const chapter = ci >= 0 ? chapters[ci]! : null;
    const anchor = headingBefore(line);
    let cats: CategoryId[];
    if (fmTaxonomy) cats = fmTaxonomy;
    else {
      const filed = anchor ? tocFiled.get(anchor) : undefined;
      const own = classifyText(ownText, 1);
      cats = filed ?? (own.length ? own : sectionCategories(ci, anchor));
      if (cats.length === 0) cats = chapter ? chapter.taxonomy : overviewTaxonomy;
    }
    return { ci, chapter, anchor, cats, lang: chapter ? chapter.lang : noteLang };
  };

  const tasks = collectTasks(tree, body, input.slug, lineOffset, reporter);
  const taskPlaces = tasks.map((t) => placeOf(t.offset, t.line, t.plain));
  // A hash of each section's prose and headings without its task items, once per section:
  // rewording one item asks for a re-check of that item (its id changes), not of its neighbours.
  const sectionTasks = new Map<string, { ci: number; anchor: Anchor | null; plains: string[] }>();
  taskPlaces.forEach((place, i) => {
    const key = sectionKey(place.ci, place.anchor);
    const entry = sectionTasks.get(key) ?? { ci: place.ci, anchor: place.anchor, plains: [] };
    entry.plains.push(tasks[i]!.plain);
    sectionTasks.set(key, entry);
  });
  const sectionHashes = new Map(
    [...sectionTasks].map(([key, { ci, anchor, plains }]) => {
      let text = sectionTextOf(ci, anchor);
      for (const plain of plains) text = text.split(plain).join("");
      return [key, shortHash(normaliseItemText(text))];
    }),
  );
  const checklist = tasks.map((t, i): Note["checklist"][number] => {
    const place = taskPlaces[i]!;
    const parsed = parseTaskMeta(t.plain);
    for (const problem of parsed.problems)
      reporter.warn("checklist/marker", t.line, problem.message);
    return {
      id: t.id as Note["checklist"][number]["id"],
      text: t.text,
      plain: t.plain,
      checked: t.checked,
      note: input.slug,
      chapter: place.chapter?.slug ?? null,
      anchor: place.anchor,
      url: notePageUrl(input.slug, place.chapter?.slug ?? null, taskAnchor(t.id)),
      lang: langOf(t.plain),
      taxonomy: place.cats,
      line: t.line,
      section: sectionHashes.get(sectionKey(place.ci, place.anchor))!,
      ...(hasTaskMeta(parsed.meta) ? { meta: parsed.meta } : {}),
    };
  });
  const refs = collectRefs(tree, lineOffset, (offset) => {
    const ci = chapterOfOffset(offset);
    return ci >= 0 ? slugs[ci]! : null;
  });
  const externalLinks = links.external.map((l) => {
    const place = placeOf(l.offset, l.line, `${l.text}\n${l.context}`);
    const sectionHeading = place.anchor
      ? headings.find((h) => h.anchor === place.anchor)?.text
      : undefined;
    const text = l.text === l.url && sectionHeading ? sectionHeading : l.text;
    return {
      url: l.url,
      text,
      domain: l.domain,
      note: input.slug,
      chapter: place.chapter?.slug ?? null,
      anchor: place.anchor,
      context: l.context,
      lang: place.lang,
      taxonomy: place.cats,
      line: l.line,
    };
  });

  const noteFiling =
    chapters.length === 0 || fmTaxonomy
      ? overviewFiling
      : fileFromChapters(chapters, overviewTaxonomy);
  const noteTaxonomy = noteFiling.categories;
  if (noteTaxonomy.length === 0) {
    reporter.info(
      "taxonomy/unclassified",
      null,
      "no taxonomy keyword matched this note, so it is listed as unclassified. Add taxonomy: [area/sub] to its frontmatter, or keywords to taxonomy.yaml.",
    );
  }

  return {
    slug: input.slug,
    file: input.displayPath,
    path: input.place.rel,
    folder: input.place.folder,
    isIndex: input.place.isIndex,
    order: fm.data.order ?? null,
    translationKey: fm.data.translationKey ?? null,
    translations: [],
    refs,
    backlinks: [],
    title,
    date: fm.isoDate,
    dateText: fm.dateText,
    tags: fm.data.tags ?? [],
    categories: fm.data.categories ?? [],
    summary: fm.data.summary ?? null,
    lang: noteLang,
    taxonomy: noteTaxonomy,
    evidence: noteFiling.evidence,
    overview: body.slice(split.overview.start, split.overview.end),
    overviewOffset: input.text.length - body.length + split.overview.start,
    overviewLine: lineOffset + 1,
    overviewHeadings,
    overviewSections,
    chapters,
    chapterList: split.list.map((e) => ({
      title: e.title,
      chapter: slugs[e.draft]!,
      anchor: e.anchor,
      merged: e.merged,
    })),
    checklist,
    links: externalLinks,
    anchors,
    repair: input.repair,
    hash: input.hash,
  };
}
