import { createAnchorResolver } from "../anchors";
import { eachNode, startOffset } from "../markdown";
import type { Anchor, ChapterSlug } from "../types";
import { defineStage } from "./draft";
import { pageAt } from "./lookups";

/** Which page each heading id is on, where each id's heading starts, and the fragment resolver. */
export const anchorsStage = defineStage({
  name: "anchors",
  needs: ["tree", "headingAt", "chapterPages"],
  adds: ["anchors", "headingOffsets", "resolve"],
  run({ tree, headingAt, chapterPages }) {
    const found: { anchor: Anchor; offset: number }[] = [];
    eachNode(tree, "heading", (node) => {
      const h = headingAt(node);
      if (h) found.push({ anchor: h.anchor, offset: startOffset(node) });
    });
    // Where each id's heading starts (the first heading with it, as a search in order would find).
    const headingOffsets = new Map<Anchor, number>();
    for (const { anchor, offset } of found)
      if (!headingOffsets.has(anchor)) headingOffsets.set(anchor, offset);
    const anchors: Record<string, ChapterSlug | null> = {};
    for (const { anchor, offset } of found)
      anchors[anchor] = chapterPages[pageAt(chapterPages, offset)]?.slug ?? null;
    return { anchors, headingOffsets, resolve: createAnchorResolver(Object.keys(anchors)) };
  },
});
