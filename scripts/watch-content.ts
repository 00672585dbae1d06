/**
 * Watches the content folder and rebuilds the content model when a note changes: the watcher that
 * `npm run dev` and `npm run serve -- --watch` share. Changes are debounced (an editor's save is
 * several events), one rebuild runs at a time, and changes that arrive during a rebuild cause
 * exactly one more. A failed rebuild (a broken taxonomy.yaml) keeps the last good model and says
 * what is wrong; the next save tries again.
 */
import { watch } from "node:fs";
import path from "node:path";
import { TaxonomyError } from "@/lib/content/taxonomy";

/** Editors' swap, lock and backup files (`.#note.md`, `#note.md#`, `note.md~`, `.note.md.swp`). */
export function isEditorTempFile(file: string): boolean {
  return /(^|[/\\])(\.#|#)|~$|\.sw[a-p]$/.test(file);
}

/** What a failed rebuild prints: the taxonomy's own message, or the error. */
export function rebuildFailureMessage(error: unknown): string {
  const message =
    error instanceof TaxonomyError || error instanceof Error ? error.message : String(error);
  return `shiori: content not rebuilt, the site keeps the last good model:\n${message}`;
}

/** The line printed after each rebuild (the server-mode benchmark reads it). */
export function rebuiltLine(ms: number, stats: { parsed: number; cached: number }): string {
  return `shiori: content rebuilt in ${Math.round(ms)} ms (${stats.parsed} parsed, ${stats.cached} from cache)`;
}

export interface RebuildScheduler {
  /** Asks for a rebuild after the quiet period. */
  schedule(): void;
  /** Resolves once no rebuild is waiting or running. */
  idle(): Promise<void>;
  /** Cancels a waiting rebuild (a running one finishes). */
  close(): void;
}

/**
 * Debounces `schedule()` calls by `delayMs` and runs `rebuild` one at a time; `schedule()` during
 * a rebuild runs it once more afterwards, however often it is called. A rejected rebuild goes to
 * `onError` and does not stop later ones.
 */
export function createRebuildScheduler(
  rebuild: () => Promise<void>,
  { delayMs = 200, onError }: { delayMs?: number; onError: (error: unknown) => void },
): RebuildScheduler {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;
  let waiters: (() => void)[] = [];

  const settle = () => {
    if (timer || running) return;
    for (const resolve of waiters) resolve();
    waiters = [];
  };
  const run = () => {
    timer = undefined;
    if (closed) return settle();
    if (running) {
      again = true;
      return;
    }
    running = rebuild()
      .catch(onError)
      .finally(() => {
        running = null;
        if (again && !closed) {
          again = false;
          schedule();
        } else settle();
      });
  };
  function schedule(): void {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(run, delayMs);
  }
  return {
    schedule,
    idle: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve);
        settle();
      }),
    close() {
      closed = true;
      clearTimeout(timer);
      timer = undefined;
      settle();
    },
  };
}

export interface ContentWatcher {
  /** Resolves once no rebuild is waiting or running. */
  idle(): Promise<void>;
  close(): void;
}

/**
 * Watches `contentDir` (recursively) and calls `rebuild` after changes, as described above. Errors
 * are printed with `log.error`.
 */
export function watchContent(
  contentDir: string,
  rebuild: () => Promise<void>,
  { delayMs, log = console }: { delayMs?: number; log?: Pick<Console, "log" | "error"> } = {},
): ContentWatcher {
  const scheduler = createRebuildScheduler(rebuild, {
    delayMs,
    onError: (error) => log.error(rebuildFailureMessage(error)),
  });
  const watcher = watch(contentDir, { recursive: true }, (_event, file) => {
    if (file && isEditorTempFile(file)) return;
    scheduler.schedule();
  });
  log.log(`shiori: watching ${path.relative(process.cwd(), contentDir) || "."} for changes`);
  return {
    idle: () => scheduler.idle(),
    close() {
      watcher.close();
      scheduler.close();
    },
  };
}
