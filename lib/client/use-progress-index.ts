import { useEffect, useState } from "react";
import type { ProgressIndex } from "./checklist-progress";
import { decodeProgressIndex } from "./progress-index";

/**
 * The progress file (`/checklist-progress.json?v=<hash>`), fetched at most once per page for all
 * its bars. A failed fetch is forgotten, so the next page (or the next time a bar needs it) tries
 * again; until then the bars keep the server's counts. Saved ticks are never touched here.
 */
const loads = new Map<string, Promise<ProgressIndex>>();

export function loadProgressIndex(src: string): Promise<ProgressIndex> {
  let load = loads.get(src);
  if (!load) {
    load = fetch(src).then(async (response) => {
      if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
      return decodeProgressIndex(await response.json());
    });
    load.catch(() => loads.delete(src));
    loads.set(src, load);
  }
  return load;
}

/**
 * The progress file once `needed` (the reader has changed some item) and it has arrived; null
 * before. `failed` when it cannot be loaded (the reason goes to the console), so a bar can stop
 * waiting for it and show the server's counts.
 */
export function useProgressIndex(
  src: string,
  needed: boolean,
): { index: ProgressIndex | null; failed: boolean } {
  const [loaded, setLoaded] = useState<{ src: string; index: ProgressIndex | null } | null>(null);
  useEffect(() => {
    if (!needed) return;
    let live = true;
    loadProgressIndex(src)
      .then((index) => {
        if (live) setLoaded({ src, index });
      })
      .catch((error: unknown) => {
        if (live) setLoaded({ src, index: null });
        console.warn(`Progress bars keep the built-in counts: ${String(error)}`);
      });
    return () => {
      live = false;
    };
  }, [src, needed]);
  const mine = loaded?.src === src ? loaded : null;
  return { index: mine?.index ?? null, failed: mine !== null && mine.index === null };
}
