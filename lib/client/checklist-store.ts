import type { ChecklistId } from "@/lib/content/types";
import {
  BACKUP_PREFIX,
  EMPTY_STATE,
  STORAGE_KEY,
  parseStored,
  serialize,
  type ChecklistEntry,
  type ChecklistState,
} from "./checklist-schema";
import { mergeEntries } from "./checklist-merge";
import {
  buildExport,
  parseImport,
  applyImport,
  type ChecklistExport,
  type DescribeItem,
  type ImportOutcome,
  type ImportReport,
} from "./checklist-transfer";

/**
 * Checklist progress in the browser: one `localStorage` key, validated on every read, shared by
 * every tab and every checkbox of the site. Framework-free so it can be tested in Node with a fake
 * storage; React reads it through `use-checklist.ts`.
 */

/** The part of the Web Storage API the store uses. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The part of a `StorageEvent` the store reads. */
export interface StorageEventLike {
  readonly key: string | null;
  readonly storageArea?: unknown;
}

type StorageListener = (event: StorageEventLike) => void;

/** Where `storage` events come from (the window in a browser). */
export interface StorageEventSource {
  addEventListener(type: "storage", listener: StorageListener): void;
  removeEventListener(type: "storage", listener: StorageListener): void;
}

/** Whether the reader's progress reaches `localStorage`. */
export type Persistence =
  | { kind: "saved" }
  /** `localStorage` cannot be reached at all (SecurityError, disabled storage). */
  | { kind: "unavailable"; error: string }
  /** A write failed (QuotaExceededError or similar); ticks are kept in memory only. */
  | { kind: "not-saved"; error: string };

/** A stored value that could not be read, kept so that nothing is lost. */
export interface Backup {
  /** Stable id for lists and deletion: the backup key, or `memory:<n>` if it could not be saved. */
  id: string;
  /** The storage key holding the raw value; null when storage refused to keep the copy. */
  key: string | null;
  /** The raw value exactly as it was stored. */
  raw: string;
  /** Why it could not be read; null for backups found from an earlier visit. */
  reason: "invalid-json" | "invalid-shape" | "newer-version" | null;
}

export interface ChecklistSnapshot {
  /** False on the server and during hydration: only source defaults are known. */
  ready: boolean;
  state: ChecklistState;
  persistence: Persistence;
  backups: readonly Backup[];
}

/** What the store remembers about an item next to its tick (for orphans and exports). */
export interface ItemMeta {
  /** Plain item text (`ChecklistItem.plain`). */
  text: string;
  /** Note slug. */
  note: string;
}

export interface ChecklistStore {
  getSnapshot(): ChecklistSnapshot;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  setChecked(id: ChecklistId, checked: boolean, meta: ItemMeta): void;
  /** Clears every reader change; the previous progress is kept for `undoReset`. */
  reset(): void;
  /** Brings back the progress from before the last reset; changes made since then win. */
  undoReset(): boolean;
  exportProgress(describe?: DescribeItem): ChecklistExport;
  /** Merges an exported file (newer change wins per item). `known` = ids in the current notes. */
  importProgress(fileText: string, known: ReadonlySet<string>): ImportOutcome;
  /** Moves an orphaned tick onto a current item. */
  reattach(orphanId: string, target: ChecklistId, meta: ItemMeta): void;
  /** Forgets an orphaned tick. */
  discard(orphanId: string): void;
  /** Deletes a backup of an unreadable stored value. */
  deleteBackup(backupId: string): void;
}

export interface StoreOptions {
  /** Returns the storage to use; may throw (a browser with storage blocked throws SecurityError). */
  storage: () => StorageLike | null;
  /** Source of `storage` events from other tabs; null to not listen. */
  events?: StorageEventSource | null;
  now?: () => Date;
}

function errorName(error: unknown): string {
  if (error instanceof Error || (typeof error === "object" && error !== null && "name" in error)) {
    return String((error as { name: unknown }).name);
  }
  return String(error);
}

export function createChecklistStore(options: StoreOptions): ChecklistStore {
  const now = options.now ?? (() => new Date());
  const listeners = new Set<() => void>();
  let storage: StorageLike | null = null;
  let persistence: Persistence = { kind: "saved" };
  let state: ChecklistState = EMPTY_STATE;
  /** Backups found in storage plus backups that only exist in memory. */
  let storedBackups: Backup[] = [];
  let memoryBackups: Backup[] = [];
  let memoryBackupCount = 0;
  let snapshot: ChecklistSnapshot;

  function makeSnapshot(): void {
    snapshot = {
      ready: true,
      state,
      persistence,
      backups: [...storedBackups, ...memoryBackups],
    };
  }

  function emit(): void {
    makeSnapshot();
    for (const listener of [...listeners]) listener();
  }

  function scanBackups(): void {
    if (storage === null) return;
    const found: Backup[] = [];
    try {
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        if (key === null || !key.startsWith(BACKUP_PREFIX)) continue;
        const raw = storage.getItem(key);
        if (raw === null) continue;
        const known = storedBackups.find((b) => b.key === key);
        found.push({ id: key, key, raw, reason: known?.reason ?? null });
      }
    } catch {
      return;
    }
    found.sort((a, b) => a.id.localeCompare(b.id));
    storedBackups = found;
  }

  /** Copies backups that are only in memory into storage; throws if storage refuses. */
  function flushMemoryBackups(target: StorageLike): void {
    while (memoryBackups.length > 0) {
      const backup = memoryBackups[0]!;
      const key = freeBackupKey(target);
      target.setItem(key, backup.raw);
      memoryBackups = memoryBackups.slice(1);
      storedBackups = [...storedBackups, { ...backup, id: key, key }];
    }
  }

  function freeBackupKey(target: StorageLike): string {
    const base = `${BACKUP_PREFIX}${now().toISOString()}`;
    let key = base;
    for (let n = 2; target.getItem(key) !== null; n += 1) key = `${base}-${n}`;
    return key;
  }

  /** Writes `next` to storage, keeping it in memory whatever happens. */
  function write(next: ChecklistState): void {
    state = next;
    if (storage === null) return;
    try {
      flushMemoryBackups(storage);
      storage.setItem(STORAGE_KEY, serialize(next));
      persistence = { kind: "saved" };
    } catch (error) {
      persistence = { kind: "not-saved", error: errorName(error) };
    }
  }

  /**
   * Reads the stored value into `state`. An unreadable value is backed up and replaced with an
   * empty state; if the backup cannot be written, the value is left untouched in storage and the
   * store stops writing until the backup succeeds.
   */
  function readFromStorage(): void {
    if (storage === null) return;
    let raw: string | null;
    try {
      raw = storage.getItem(STORAGE_KEY);
    } catch (error) {
      storage = null;
      persistence = { kind: "unavailable", error: errorName(error) };
      return;
    }
    if (raw === null) {
      write(EMPTY_STATE);
      return;
    }
    const parsed = parseStored(raw);
    if (parsed.ok) {
      state = parsed.state;
      if (parsed.upgradedFrom !== null) write(parsed.state);
      return;
    }
    memoryBackupCount += 1;
    memoryBackups = [
      ...memoryBackups,
      { id: `memory:${memoryBackupCount}`, key: null, raw, reason: parsed.reason },
    ];
    write(EMPTY_STATE);
  }

  function init(): void {
    try {
      storage = options.storage();
      if (storage === null) persistence = { kind: "unavailable", error: "no localStorage" };
    } catch (error) {
      storage = null;
      persistence = { kind: "unavailable", error: errorName(error) };
    }
    scanBackups();
    readFromStorage();
  }

  /** Applies a change on top of the freshest stored state, so other tabs' changes are kept. */
  function mutate(change: (current: ChecklistState) => ChecklistState): void {
    if (persistence.kind === "saved") readFromStorage();
    write(change(state));
    emit();
  }

  const onStorage: StorageListener = (event) => {
    if (storage === null) return;
    if (event.storageArea != null && event.storageArea !== storage) return;
    if (event.key !== null && event.key !== STORAGE_KEY && !event.key.startsWith(BACKUP_PREFIX)) {
      return;
    }
    if (persistence.kind === "saved" && (event.key === null || event.key === STORAGE_KEY)) {
      readFromStorage();
    }
    scanBackups();
    emit();
  };

  init();
  makeSnapshot();

  function withItems(current: ChecklistState, items: Record<string, ChecklistEntry>) {
    return { ...current, items };
  }

  return {
    getSnapshot: () => snapshot,

    subscribe(listener) {
      if (listeners.size === 0) {
        options.events?.addEventListener("storage", onStorage);
        // Catch up with changes made while nobody was listening.
        if (persistence.kind === "saved") {
          readFromStorage();
          scanBackups();
          makeSnapshot();
        }
      }
      listeners.add(listener);
      return () => {
        if (!listeners.delete(listener)) return;
        if (listeners.size === 0) options.events?.removeEventListener("storage", onStorage);
      };
    },

    setChecked(id, checked, meta) {
      const entry: ChecklistEntry = {
        checked,
        updatedAt: now().toISOString(),
        text: meta.text,
        note: meta.note,
      };
      mutate((current) => withItems(current, { ...current.items, [id]: entry }));
    },

    reset() {
      mutate((current) =>
        Object.keys(current.items).length === 0
          ? current
          : {
              ...current,
              items: {},
              previous: { resetAt: now().toISOString(), items: current.items },
            },
      );
    },

    undoReset() {
      if (snapshot.state.previous === null) return false;
      mutate((current) =>
        current.previous === null
          ? current
          : {
              ...current,
              items: mergeEntries(current.previous.items, current.items),
              previous: null,
            },
      );
      return true;
    },

    exportProgress(describe) {
      return buildExport(state, now(), describe);
    },

    importProgress(fileText, known) {
      const parsed = parseImport(fileText);
      if (!parsed.ok) return parsed;
      let report: ImportReport = { imported: [], alreadyNewer: [], missing: [] };
      mutate((current) => {
        const applied = applyImport(current, parsed.entries, known);
        report = applied.report;
        return applied.state;
      });
      return { ok: true, report };
    },

    reattach(orphanId, target, meta) {
      mutate((current) => {
        const orphan = current.items[orphanId];
        if (orphan === undefined) return current;
        const items = { ...current.items };
        delete items[orphanId];
        items[target] = {
          checked: orphan.checked,
          updatedAt: now().toISOString(),
          text: meta.text,
          note: meta.note,
        };
        return withItems(current, items);
      });
    },

    discard(orphanId) {
      mutate((current) => {
        if (!(orphanId in current.items)) return current;
        const items = { ...current.items };
        delete items[orphanId];
        return withItems(current, items);
      });
    },

    deleteBackup(backupId) {
      const backup = [...storedBackups, ...memoryBackups].find((b) => b.id === backupId);
      if (backup === undefined) return;
      if (backup.key !== null && storage !== null) {
        try {
          storage.removeItem(backup.key);
        } catch {
          // Storage became unreachable; the backup disappears from the list for this visit only.
        }
      }
      storedBackups = storedBackups.filter((b) => b.id !== backupId);
      memoryBackups = memoryBackups.filter((b) => b.id !== backupId);
      emit();
    },
  };
}
