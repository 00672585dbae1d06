import type { Root as MdRoot } from "mdast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { refKindOf } from "./syntax";
import type { Note } from "./types";

/**
 * Where a link that leads nowhere points while the page is built: rehypeLinks turns it into text
 * marked as a broken link (a reader never lands on a 404).
 */
export const BROKEN_HREF = "#~shiori-broken-link";

export const refKey = (kind: string, url: string) => `${kind}\0${url}`;

/** Links, images and wikilinks to other notes and local files, pointed at their site URLs (see lib/content/refs.ts). */
export const remarkNoteRefs: Plugin<[{ note: Pick<Note, "refs"> }], MdRoot> = ({ note }) => {
  const refs = new Map(note.refs.map((r) => [refKey(r.kind, r.url), r]));
  return (tree) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== "link" && node.type !== "image" && node.type !== "definition") return;
      const ref = refs.get(refKey(refKindOf(node), node.url));
      if (!ref) return;
      if (ref.href) {
        node.url = ref.href;
        return;
      }
      if (node.type === "image" && parent && index !== undefined) {
        // A missing image is shown as its text, marked like a broken link (no request that 404s).
        parent.children.splice(index, 1, {
          type: "link",
          url: BROKEN_HREF,
          children: [{ type: "text", value: node.alt || node.url }],
        } as never);
        return;
      }
      node.url = BROKEN_HREF;
    });
  };
};
