"use client";

import { useEffect, useState, type ComponentType } from "react";

type Palette = ComponentType<{ openOnMount?: boolean }>;

/** Whether a key press is the palette's shortcut (Ctrl-K, ⌘K). */
function isPaletteShortcut(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "k";
}

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
 * is fetched when the browser is idle, or at once on the first Ctrl/Cmd-K or click on a
 * `[data-search-open]` element, whichever comes first. That first key press or click opens the
 * palette as soon as it is there (focus goes back to where it was on Esc, as always). Once mounted,
 * the palette handles the shortcut and the buttons itself and this loader stops listening.
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
      if (!isPaletteShortcut(e)) return;
      e.preventDefault();
      open();
    };
    const onClick = (e: MouseEvent) => {
      if (!(e.target instanceof Element) || !e.target.closest("[data-search-open]")) return;
      e.preventDefault();
      open();
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
    const cancelIdle = whenIdle(load);
    return () => {
      live = false;
      cancelIdle();
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick);
    };
  }, [loaded]);

  return loaded ? <loaded.Palette openOnMount={loaded.open} /> : null;
}
