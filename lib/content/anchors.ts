import GithubSlugger, { slug as plainSlug } from "github-slugger";
import type { Root } from "mdast";
import { eachNode, inlineText, startLine } from "./markdown";
import { customHeadingId } from "./syntax";
import type { Anchor, Heading } from "./types";

/**
 * Heading ids for one note, in document order, made the way GitHub and rehype-slug make them
 * (github-slugger, one slugger per document, never NFKD). Headings nested in lists or quotes count
 * too, as they do on GitHub.
 */
export function collectHeadings(tree: Root, lineOffset: number): Heading[] {
  const slugger = new GithubSlugger();
  const used = new Set<string>();
  const headings: Heading[] = [];
  eachNode(tree, "heading", (node) => {
    const text = inlineText(node);
    const custom = customHeadingId(node);
    let anchor: Anchor;
    if (custom && !used.has(custom) && guardAnchor(custom) === custom) {
      // `{#flow-index}` is the id as written; its slug is taken too, so a later heading with that
      // text gets `flow-index-1` as on a site built by the tool that wrote it.
      slugger.slug(custom);
      anchor = custom as Anchor;
    } else anchor = headingAnchor(slugger, custom ?? text);
    used.add(anchor);
    headings.push({ depth: node.depth, text, anchor, line: startLine(node) + lineOffset });
  });
  return headings;
}

/**
 * Ids a heading must not take. `_…` names are globals the page's own scripts read before setting
 * them (`self.__next_f = self.__next_f || []`): an element with that id would stand in for the
 * array and stop the page from hydrating. `main` is the skip link's target.
 */
const RESERVED_ID = /^(?:_|main$)/;

/** `h-` before a reserved id, so `# __next_f` gets `h-__next_f`. */
export function guardAnchor(slug: string): string {
  return RESERVED_ID.test(slug) ? `h-${slug}` : slug;
}

/**
 * A heading's id: GitHub's slug, except that a heading whose slug is empty (`# !!!`, `## 🎉`)
 * gets `section`, `section-1` … instead of "", `-1` …, and reserved ids are prefixed.
 */
function headingAnchor(slugger: GithubSlugger, text: string): Anchor {
  if (!plainSlug(text)) return slugger.slug("section") as Anchor;
  const slug = slugger.slug(text);
  return (guardAnchor(slug) === slug ? slug : slugger.slug(guardAnchor(slug))) as Anchor;
}

/** Folds a fragment or an anchor for case-insensitive comparison. */
function fold(s: string): string {
  return s.normalize("NFC").toLowerCase();
}

/**
 * Resolves an in-note link fragment (`#Kubernetesアンチパターン`) to a heading anchor of the
 * note: exactly, then case-insensitively, then as GitHub would slug the fragment's text.
 */
export function createAnchorResolver(
  anchors: Iterable<string>,
): (fragment: string) => Anchor | null {
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
    const slug = plainSlug(f);
    const hit =
      folded.get(fold(f)) ?? folded.get(fold(slug)) ?? folded.get(fold(guardAnchor(slug)));
    return (hit as Anchor | undefined) ?? null;
  };
}
