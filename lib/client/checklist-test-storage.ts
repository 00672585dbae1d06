import type { StorageEventLike, StorageEventSource, StorageLike } from "./checklist-store";

/**
 * Test doubles for Web Storage: an in-memory `localStorage` shared by several "tabs", each with
 * its own `storage` event source, delivering events to the other tabs as browsers do.
 * Used by unit tests only.
 */

type Listener = (event: StorageEventLike) => void;

export class FakeTab implements StorageEventSource {
  readonly listeners = new Set<Listener>();
  constructor(
    readonly browser: FakeBrowser,
    readonly storage: FakeStorage,
  ) {}
  addEventListener(_type: "storage", listener: Listener): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: "storage", listener: Listener): void {
    this.listeners.delete(listener);
  }
}

export class FakeStorage implements StorageLike {
  /** Set to make the next writes throw, like a full or blocked localStorage. */
  failWrites: null | (() => Error) = null;
  constructor(private readonly browser: FakeBrowser) {}
  get length(): number {
    return this.browser.data.size;
  }
  key(index: number): string | null {
    return [...this.browser.data.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.browser.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw this.failWrites();
    const old = this.browser.data.get(key);
    this.browser.data.set(key, String(value));
    if (old !== value) this.browser.broadcast(this, key);
  }
  removeItem(key: string): void {
    if (!this.browser.data.delete(key)) return;
    this.browser.broadcast(this, key);
  }
}

/** One origin's localStorage, shared by every tab opened on it. */
export class FakeBrowser {
  readonly data = new Map<string, string>();
  readonly tabs: FakeTab[] = [];
  /** Events queued for delivery; browsers deliver them asynchronously, tests call `deliver()`. */
  private queue: { from: FakeStorage; key: string | null }[] = [];

  openTab(): FakeTab {
    const tab = new FakeTab(this, new FakeStorage(this));
    this.tabs.push(tab);
    return tab;
  }

  broadcast(from: FakeStorage, key: string | null): void {
    this.queue.push({ from, key });
  }

  /** Delivers queued `storage` events to every tab except the one that wrote. */
  deliver(): void {
    const queue = this.queue;
    this.queue = [];
    for (const { from, key } of queue) {
      for (const tab of this.tabs) {
        if (tab.storage === from) continue;
        for (const listener of [...tab.listeners]) listener({ key, storageArea: tab.storage });
      }
    }
  }
}

export function domError(name: string): Error {
  const error = new Error(`${name} (fake)`);
  error.name = name;
  return error;
}
