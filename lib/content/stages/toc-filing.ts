import { eachNode, inlineText } from "../markdown";
import { categoryForHeading } from "../taxonomy";
import type { Anchor, CategoryId } from "../types";
import { defineStage } from "./draft";

/**
 * The note's own table of contents as filing (seed 000): in-note links in a list under a heading
 * that names a category file the headings they point to under it, until a heading as high.
 */
export const tocFilingStage = defineStage({
  name: "toc-filing",
  needs: ["tree", "resolve"],
  adds: ["tocFiled"],
  run({ tree, resolve }, { taxonomy }) {
    const tocFiled = new Map<Anchor, CategoryId[]>();
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
    return { tocFiled };
  },
});
