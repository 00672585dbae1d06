import type { Heading as MdHeading, RootContent } from "mdast";
import { blockText, inlineText, startLine } from "../markdown";
import type { Anchor, CategoryId, Heading, Section } from "../types";

/**
 * A page's searchable sections: the text under each heading (the heading included), and the text
 * before the first heading under `fallbackHeading`. A section with no text and no id is dropped.
 */
export function sectionsOf(
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

/** What the note's own table of contents files these sections under, in section order (repeats kept). */
export function tocFiledSections(
  tocFiled: ReadonlyMap<Anchor, CategoryId[]>,
  sections: readonly Section[],
): CategoryId[] {
  return sections.flatMap((s) => (s.anchor ? (tocFiled.get(s.anchor) ?? []) : []));
}
