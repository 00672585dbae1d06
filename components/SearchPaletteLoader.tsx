"use client";

import { useEffect, useState, type ComponentType } from "react";
import {
  isPaletteShortcut,
  isSlashShortcut,
  reachesSearchButton,
  searchOpenTarget,
} from "./search/triggers";
import { warmSearch } from "./search/useSearch";

type Palette = ComponentType<{ openOnMount?: boolean }>;

/** Runs `fn` when the browser is idle after the page has loaded (a timer where there is no idle callback). */
function whenIdle(fn: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(fn, { timeout: 5000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(fn, 2000);
  return () => window.clearTimeout(id);
}

/**
 * Keeps the search palette (components/search/SearchPalette.tsx) out of the first load: its code
 * is fetched when the browser is idle, or at once on the first Ctrl/Cmd-K, `/` or click on a
 * `[data-search-open]` element, whichever comes first. That first key press or click opens the
 * palette as soon as it is there (focus goes back to where it was on Esc, as always). A pointer or
 * focus on a search button already fetches it, and starts loading the search index. Once mounted,
 * the palette handles the shortcuts and the buttons itself and this loader stops listening.
 */
export function SearchPaletteLoader() {
  const [loaded, setLoaded] = useState<{ Palette: Palette; open: boolean } | null>(null);

  useEffect(() => {
    if (loaded) return;
    let live = true;
    let loading = false;
    let openWanted = false;
    const load = () => {
      if (loading) return;
      loading = true;
      import("./search/SearchPalette").then(
        (m) => {
          if (live) setLoaded({ Palette: m.default, open: openWanted });
        },
        (error: unknown) => {
          // Offline or a stale deployment: the next key press or click tries again.
          loading = false;
          console.error("The search palette could not be loaded:", error);
        },
      );
    };
    const open = () => {
      openWanted = true;
      load();
    };
    const onKey = (e: KeyboardEvent) => {
      if (!isPaletteShortcut(e) && !isSlashShortcut(e)) return;
      e.preventDefault();
      open();
    };
    // Capture: before the link's own click handler (next/link) navigates to /search.
    const onClick = (e: MouseEvent) => {
      if (!searchOpenTarget(e)) return;
      e.preventDefault();
      open();
    };
    const onApproach = (e: Event) => {
      if (!reachesSearchButton(e)) return;
      load();
      warmSearch();
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick, true);
    document.addEventListener("pointerover", onApproach);
    document.addEventListener("focusin", onApproach);
    const cancelIdle = whenIdle(load);
    return () => {
      live = false;
      cancelIdle();
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("pointerover", onApproach);
      document.removeEventListener("focusin", onApproach);
    };
  }, [loaded]);

  return loaded ? <loaded.Palette openOnMount={loaded.open} /> : null;
}
