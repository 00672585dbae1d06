import { describe, expect, it } from "vitest";
import { checklistId } from "@/lib/content/ids";
import type { ChecklistId, NoteSlug } from "@/lib/content/types";
import { BACKUP_PREFIX, STORAGE_KEY, parseStored } from "./checklist-schema";
import { createChecklistStore, type ChecklistStore } from "./checklist-store";
import { findOrphans } from "./checklist-orphans";
import { FakeBrowser, domError, type FakeTab } from "./checklist-test-storage";

const T0 = "2024-05-01T10:00:00.000Z";

/** A clock that moves one second per call, so every change has its own time. */
function clock(start = T0) {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += 1000;
    return d;
  };
}

function open(tab: FakeTab, now = clock()): ChecklistStore {
  return createChecklistStore({ storage: () => tab.storage, events: tab, now });
}

const id = (s: string) => s as ChecklistId;
const meta = (text: string, note = "n") => ({ text, note });

function stored(browser: FakeBrowser): unknown {
  const raw = browser.data.get(STORAGE_KEY);
  return raw === undefined ? undefined : JSON.parse(raw);
}

describe("checklist store: round trip", () => {
  it("keeps a tick with its text and note across a reload", () => {
    const browser = new FakeBrowser();
    const store = open(browser.openTab());
    store.setChecked(id("n--a"), true, meta("Velero でバックアップ", "k8s"));

    expect(stored(browser)).toEqual({
      version: 2,
      items: {
        "n--a": { checked: true, updatedAt: T0, text: "Velero でバックアップ", note: "k8s" },
      },
      previous: null,
    });
    const reloaded = open(browser.openTab());
    expect(reloaded.getSnapshot().state.items["n--a"]?.checked).toBe(true);
    expect(reloaded.getSnapshot().persistence).toEqual({ kind: "saved" });
  });

  it("writes an empty state on first visit, which also checks that storage accepts writes", () => {
    const browser = new FakeBrowser();
    open(browser.openTab());
    expect(stored(browser)).toEqual({ version: 2, items: {}, previous: null });
  });
});

describe("checklist store: schema upgrade", () => {
  it("upgrades a version 1 value and writes it back as version 2", () => {
    const browser = new FakeBrowser();
    browser.data.set(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        items: {
          "k8s--a": { checked: true, updatedAt: T0 },
          "k8s--b": { checked: false, updatedAt: T0, text: "监控告警", note: "k8s" },
        },
      }),
    );
    const store = open(browser.openTab());
    expect(store.getSnapshot().state.items).toEqual({
      "k8s--a": { checked: true, updatedAt: T0, text: null, note: null },
      "k8s--b": { checked: false, updatedAt: T0, text: "监控告警", note: "k8s" },
    });
    expect(stored(browser)).toMatchObject({ version: 2, previous: null });
    expect(store.getSnapshot().backups).toEqual([]);
  });
});

describe("checklist store: unreadable stored value", () => {
  it.each([
    { case: "not JSON", raw: "{items: oops", reason: "invalid-json" },
    { case: "JSON without a version", raw: '{"items":{}}', reason: "invalid-shape" },
    {
      case: "wrong entry shape",
      raw: '{"version":2,"items":{"a":{"checked":"yes"}},"previous":null}',
      reason: "invalid-shape",
    },
    { case: "written by a newer Shiori", raw: '{"version":9,"items":{}}', reason: "newer-version" },
  ])("$case: copies the raw value to a backup key and starts empty", ({ raw, reason }) => {
    const browser = new FakeBrowser();
    browser.data.set(STORAGE_KEY, raw);
    const store = open(browser.openTab());
    const backupKey = `${BACKUP_PREFIX}${T0}`;

    expect(browser.data.get(backupKey)).toBe(raw);
    expect(stored(browser)).toEqual({ version: 2, items: {}, previous: null });
    expect(store.getSnapshot().state.items).toEqual({});
    expect(store.getSnapshot().backups).toEqual([{ id: backupKey, key: backupKey, raw, reason }]);
  });

  it("lists backups left by an earlier visit and deletes one on request", () => {
    const browser = new FakeBrowser();
    browser.data.set(`${BACKUP_PREFIX}2024-01-01T00:00:00.000Z`, "garbage");
    const store = open(browser.openTab());
    const [backup] = store.getSnapshot().backups;
    expect(backup).toMatchObject({ raw: "garbage", reason: null });

    store.deleteBackup(backup!.id);
    expect(store.getSnapshot().backups).toEqual([]);
    expect([...browser.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX))).toEqual([]);
  });

  it("leaves the raw value in place when even the backup cannot be written", () => {
    const browser = new FakeBrowser();
    browser.data.set(STORAGE_KEY, "not json");
    const tab = browser.openTab();
    tab.storage.failWrites = () => domError("QuotaExceededError");
    const store = open(tab);

    expect(browser.data.get(STORAGE_KEY)).toBe("not json");
    expect(store.getSnapshot().backups).toEqual([
      { id: "memory:1", key: null, raw: "not json", reason: "invalid-json" },
    ]);
    expect(store.getSnapshot().persistence).toEqual({
      kind: "not-saved",
      error: "QuotaExceededError",
    });

    // Once storage accepts writes again, the backup is saved first, then the progress.
    tab.storage.failWrites = null;
    store.setChecked(id("n--a"), true, meta("a"));
    const backupKeys = [...browser.data.keys()].filter((k) => k.startsWith(BACKUP_PREFIX));
    expect(backupKeys.map((k) => browser.data.get(k))).toEqual(["not json"]);
    expect(store.getSnapshot().persistence).toEqual({ kind: "saved" });
    expect(parseStored(browser.data.get(STORAGE_KEY)!).ok).toBe(true);
  });
});

describe("checklist store: storage that fails", () => {
  it("keeps ticks in memory when writes throw QuotaExceededError", () => {
    const browser = new FakeBrowser();
    const tab = browser.openTab();
    tab.storage.failWrites = () => domError("QuotaExceededError");
    const store = open(tab);
    expect(store.getSnapshot().persistence).toEqual({
      kind: "not-saved",
      error: "QuotaExceededError",
    });

    store.setChecked(id("n--a"), true, meta("a"));
    expect(store.getSnapshot().state.items["n--a"]?.checked).toBe(true);
    expect(browser.data.has(STORAGE_KEY)).toBe(false);
  });

  it("works in memory when localStorage itself throws SecurityError", () => {
    const store = createChecklistStore({
      storage: () => {
        throw domError("SecurityError");
      },
      now: clock(),
    });
    expect(store.getSnapshot().persistence).toEqual({
      kind: "unavailable",
      error: "SecurityError",
    });
    store.setChecked(id("n--a"), true, meta("a"));
    store.setChecked(id("n--b"), true, meta("b"));
    store.setChecked(id("n--a"), false, meta("a"));
    expect(Object.entries(store.getSnapshot().state.items).map(([k, v]) => [k, v.checked])).toEqual(
      [
        ["n--a", false],
        ["n--b", true],
      ],
    );
  });

  it("works in memory when there is no localStorage", () => {
    const store = createChecklistStore({ storage: () => null, now: clock() });
    store.setChecked(id("n--a"), true, meta("a"));
    expect(store.getSnapshot().state.items["n--a"]?.checked).toBe(true);
    expect(store.getSnapshot().persistence.kind).toBe("unavailable");
  });
});

describe("checklist store: other tabs", () => {
  it("sees another tab's tick on the storage event and notifies subscribers", () => {
    const browser = new FakeBrowser();
    const a = open(browser.openTab());
    const b = open(browser.openTab());
    const seen: boolean[] = [];
    const unsubscribe = b.subscribe(() =>
      seen.push(b.getSnapshot().state.items["n--a"]?.checked ?? false),
    );

    a.setChecked(id("n--a"), true, meta("a"));
    browser.deliver();
    expect(seen.at(-1)).toBe(true);
    unsubscribe();
  });

  it("does not lose a change made in another tab before its event arrived", () => {
    const browser = new FakeBrowser();
    const a = open(browser.openTab());
    const b = open(browser.openTab());
    a.setChecked(id("n--a"), true, meta("a"));
    b.setChecked(id("n--b"), true, meta("b"));
    const items = (stored(browser) as { items: Record<string, unknown> }).items;
    expect(Object.keys(items).sort()).toEqual(["n--a", "n--b"]);
  });

  it("removes its storage listener when the last subscriber leaves", () => {
    const browser = new FakeBrowser();
    const tab = browser.openTab();
    const store = open(tab);
    const off1 = store.subscribe(() => {});
    const off2 = store.subscribe(() => {});
    expect(tab.listeners.size).toBe(1);
    off1();
    expect(tab.listeners.size).toBe(1);
    off2();
    expect(tab.listeners.size).toBe(0);
  });

  it("catches up with changes made while nobody was subscribed", () => {
    const browser = new FakeBrowser();
    const a = open(browser.openTab());
    const b = open(browser.openTab());
    a.setChecked(id("n--a"), true, meta("a"));
    const off = b.subscribe(() => {});
    expect(b.getSnapshot().state.items["n--a"]?.checked).toBe(true);
    off();
  });
});

describe("checklist store: stable ids and orphans", () => {
  const note = "k8s-study" as NoteSlug;
  const before = [
    "readOnlyRootFilesystemをtrueにしておく",
    "監控 Pod 狀態",
    "리소스 제한 설정",
    "Velero",
  ];
  // Items reordered, one added, and "Velero" reworded.
  const after = [
    "리소스 제한 설정",
    "新的项目",
    "readOnlyRootFilesystemをtrueにしておく",
    "監控 Pod 狀態",
    "Velero でバックアップ",
  ];

  it("keeps every unchanged tick and turns the reworded one into an orphan with its old text", () => {
    const browser = new FakeBrowser();
    const store = open(browser.openTab());
    for (const text of before) store.setChecked(checklistId(note, text), true, meta(text, note));

    const known = new Set(after.map((text) => checklistId(note, text)));
    const reloaded = open(browser.openTab());
    const { state } = reloaded.getSnapshot();
    expect(
      after.map((text) => [text, state.items[checklistId(note, text)]?.checked ?? false]),
    ).toEqual([
      ["리소스 제한 설정", true],
      ["新的项目", false],
      ["readOnlyRootFilesystemをtrueにしておく", true],
      ["監控 Pod 狀態", true],
      ["Velero でバックアップ", false],
    ]);
    expect(findOrphans(state, known).map((o) => [o.id, o.entry.text, o.entry.checked])).toEqual([
      [checklistId(note, "Velero"), "Velero", true],
    ]);
  });

  it("re-attaches an orphan to a current item, or discards it", () => {
    const browser = new FakeBrowser();
    const store = open(browser.openTab());
    store.setChecked(id("n--old"), true, meta("old text"));
    store.setChecked(id("n--gone"), true, meta("gone"));
    store.reattach("n--old", id("n--new"), meta("new text"));
    store.discard("n--gone");
    expect(store.getSnapshot().state.items).toEqual({
      "n--new": {
        checked: true,
        updatedAt: "2024-05-01T10:00:02.000Z",
        text: "new text",
        note: "n",
      },
    });
  });
});

describe("checklist store: reset and undo", () => {
  it("reset clears every change and undo brings it back, keeping changes made since", () => {
    const browser = new FakeBrowser();
    const store = open(browser.openTab());
    store.setChecked(id("n--a"), true, meta("a"));
    store.setChecked(id("n--b"), true, meta("b"));
    store.reset();
    expect(store.getSnapshot().state.items).toEqual({});
    store.setChecked(id("n--b"), false, meta("b"));

    // The undo survives a reload: the previous progress is stored.
    const reloaded = open(browser.openTab(), clock("2024-06-01T00:00:00.000Z"));
    expect(reloaded.undoReset()).toBe(true);
    const items = reloaded.getSnapshot().state.items;
    expect([items["n--a"]?.checked, items["n--b"]?.checked]).toEqual([true, false]);
    expect(reloaded.getSnapshot().state.previous).toBeNull();
    expect(reloaded.undoReset()).toBe(false);
  });
});
