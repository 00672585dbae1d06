import GithubSlugger from "github-slugger";
import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { inlineText, startLine } from "./markdown";
import type { Anchor, Heading } from "./types";

/**
 * Heading ids for one note, in document order, made the way GitHub and rehype-slug make them
 * (github-slugger, one slugger per document, never NFKD). Headings nested in lists or quotes count
 * too, as they do on GitHub.
 */
export function collectHeadings(tree: Root, lineOffset: number): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  visit(tree, "heading", (node) => {
    const text = inlineText(node);
    headings.push({
      depth: node.depth,
      text,
      anchor: slugger.slug(text) as Anchor,
      line: startLine(node) + lineOffset,
    });
  });
  return headings;
}

/** Folds a fragment or an anchor for case-insensitive comparison. */
function fold(s: string): string {
  return s.normalize("NFC").toLowerCase();
}

/**
 * Resolves an in-note link fragment (`#Kubernetesアンチパターン`) to a heading anchor of the
 * note: exactly, then case-insensitively, then as GitHub would slug the fragment's text.
 */
export function createAnchorResolver(anchors: Iterable<string>): (fragment: string) => Anchor | null {
  const exact = new Set<string>();
  const folded = new Map<string, string>();
  for (const a of anchors) {
    exact.add(a);
    if (!folded.has(fold(a))) folded.set(fold(a), a);
  }
  return (fragment) => {
    let f = fragment.startsWith("#") ? fragment.slice(1) : fragment;
    try {
      f = decodeURIComponent(f);
    } catch {
      // keep the raw text when the fragment is not valid percent-encoding
    }
    if (exact.has(f)) return f as Anchor;
    const hit = folded.get(fold(f)) ?? folded.get(fold(new GithubSlugger().slug(f)));
    return (hit as Anchor | undefined) ?? null;
  };
}
