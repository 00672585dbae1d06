"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense, useEffect } from "react";
import { HIGHLIGHT_PARAM } from "@/lib/search/href";

const ARTICLE = "article[data-note-body]";

function targetHeading(): HTMLElement | null {
  const raw = window.location.hash.slice(1);
  if (!raw) return null;
  let id = raw;
  try {
    id = decodeURIComponent(raw);
  } catch {
    // a malformed escape: use the hash as written
  }
  return document.getElementById(id);
}

/**
 * Moves the keyboard (and a screen reader's reading position) to where the result is: the
 * `#anchor` heading, or the page's title when the result is the note's top. The element gets
 * `tabindex="-1"` (focusable from script, not in the Tab order) unless it is focusable already.
 */
function focusTarget(target: HTMLElement): void {
  if (target.tabIndex < 0 && !target.hasAttribute("tabindex"))
    target.setAttribute("tabindex", "-1");
  target.focus({ preventScroll: true });
}

function Highlighter() {
  const params = useSearchParams();
  const pathname = usePathname();
  const query = params.get(HIGHLIGHT_PARAM) ?? "";
  useEffect(() => {
    const article = document.querySelector(ARTICLE);
    if (!article || !query.trim()) return;
    let cancelled = false;
    let cleanup: (() => void) | null = null;
    // The highlighter (normaliser + OpenCC table) loads only when a page is opened from a result.
    void import("./highlight-dom").then(({ highlightQuery, clearHighlights }) => {
      if (cancelled) return;
      const marks = highlightQuery(article, query);
      cleanup = () => clearHighlights(article);
      const heading = targetHeading();
      if (heading) heading.scrollIntoView({ block: "start" });
      const focusable = heading ?? document.querySelector<HTMLElement>("main h1");
      if (focusable) focusTarget(focusable);
      // Then the first match under that heading, if the heading alone does not show it.
      const first = heading
        ? marks.find((m) => heading.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING)
        : marks[0];
      if (first) {
        const box = first.getBoundingClientRect();
        if (box.top < 0 || box.bottom > window.innerHeight)
          first.scrollIntoView({ block: "center" });
      }
    });
    return () => {
      cancelled = true;
      cleanup?.();
    };
  }, [query, pathname]);
  return null;
}

/**
 * Mounted on note and chapter pages. When the URL carries `?hl=<query>` (search results add it),
 * scrolls to the `#anchor` heading, focuses it (else the page title) and marks the query's matches in the note body with
 * `<mark data-search-hit>`, found with the search normaliser (so ﾊﾞｯｸｱｯﾌﾟ marks バックアップ and
 * 监控 marks 監控). Marks are removed when the query or page changes.
 */
export default function HighlightOnArrival() {
  return (
    <Suspense fallback={null}>
      <Highlighter />
    </Suspense>
  );
}
