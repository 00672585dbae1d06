import { describe, expect, it } from "vitest";
import type { ProfileDecision, ProfileEntry } from "@/lib/readiness/profile";
import { STORAGE_KEY } from "./checklist-schema";
import { FakeBrowser, domError } from "./checklist-test-storage";
import { READINESS_KEY, createReadinessStore, mergeProfile } from "./readiness-store";

const decided = (
  state: ProfileDecision["state"],
  patch: Partial<ProfileDecision> = {},
): ProfileDecision => ({
  state,
  reason: null,
  owner: null,
  evidence: null,
  date: "2026-11-02",
  text: "an item",
  section: "s1",
  ...patch,
});

const entry = (id: string, decision: ProfileDecision, line = 1): ProfileEntry => ({
  id,
  line,
  status: { kind: "current" },
  ...decision,
});

const at = "2026-12-01T10:00:00.000Z";

describe("merging local edits with the profile file", () => {
  const file = {
    entries: [
      entry("a", decided("done")),
      entry("b", decided("open")),
      entry("c", decided("done")),
    ],
  };

  it("applies an edit while the file is still what it was when the edit began", () => {
    const merged = mergeProfile(file, {
      b: {
        decision: decided("not-applicable", { reason: "single zone" }),
        base: decided("open"),
        editedAt: at,
      },
      d: { decision: decided("done", { text: "new" }), base: null, editedAt: at },
      c: { decision: null, base: decided("done"), editedAt: at },
    });
    expect(merged.decisions.get("b")).toMatchObject({
      from: "local",
      decision: { state: "not-applicable", reason: "single zone" },
    });
    expect(merged.decisions.get("d")).toMatchObject({ from: "local", entry: null });
    expect(merged.decisions.has("c")).toBe(false);
    expect(merged.decisions.get("a")).toMatchObject({ from: "file", decision: { state: "done" } });
    expect(merged.pending.map((p) => p.id).sort()).toEqual(["b", "c", "d"]);
    expect(merged.superseded).toEqual([]);
  });

  it("lets the file win when a teammate changed the entry since, and keeps the local edit aside", () => {
    const merged = mergeProfile(
      { entries: [entry("b", decided("done", { owner: "carol" }))] },
      {
        b: {
          decision: decided("not-applicable", { reason: "x" }),
          base: decided("open"),
          editedAt: at,
        },
      },
    );
    expect(merged.decisions.get("b")).toMatchObject({
      from: "file",
      decision: { state: "done", owner: "carol" },
    });
    expect(merged.superseded).toEqual([
      {
        id: "b",
        edit: expect.objectContaining({
          decision: expect.objectContaining({ state: "not-applicable" }),
        }),
        file: expect.objectContaining({ owner: "carol" }),
      },
    ]);
    expect(merged.pending).toEqual([]);
  });

  it("recognises an edit the file now holds (exported and committed) as landed", () => {
    const exported = decided("not-applicable", { reason: "single zone" });
    const merged = mergeProfile(
      { entries: [entry("b", exported)] },
      { b: { decision: exported, base: decided("open"), editedAt: at } },
    );
    expect(merged.landed).toEqual(["b"]);
    expect(merged.pending).toEqual([]);
    expect(merged.decisions.get("b")?.from).toBe("file");
  });
});

describe("the readiness store in the browser", () => {
  it("keeps the picked profile and edits under its own key, never touching the reader's ticks", () => {
    const browser = new FakeBrowser();
    const tab = browser.openTab();
    const ticks = JSON.stringify({
      version: 2,
      items: { x: { checked: true, updatedAt: at, text: "t", note: "n" } },
      previous: null,
    });
    tab.storage.setItem(STORAGE_KEY, ticks);
    const store = createReadinessStore({ storage: () => tab.storage, events: tab });
    store.select("prod-tokyo");
    store.edit("prod-tokyo", "b", decided("done"), decided("open"), new Date(at));
    // A second edit of the same item keeps the base of the first: that is what the file must still say.
    store.edit(
      "prod-tokyo",
      "b",
      decided("not-applicable", { reason: "r" }),
      decided("done"),
      new Date(at),
    );
    const reread = createReadinessStore({ storage: () => browser.openTab().storage }).getSnapshot()
      .local;
    expect(reread.selected).toBe("prod-tokyo");
    expect(reread.edits["prod-tokyo"]?.b).toMatchObject({
      base: { state: "open" },
      decision: { state: "not-applicable" },
    });
    expect(tab.storage.getItem(STORAGE_KEY)).toBe(ticks);
    store.forget("prod-tokyo", ["b"]);
    expect(store.getSnapshot().local.edits).toEqual({});
  });

  it("backs up a stored value it cannot read instead of dropping it", () => {
    const browser = new FakeBrowser();
    const tab = browser.openTab();
    tab.storage.setItem(READINESS_KEY, '{"version":9}');
    const store = createReadinessStore({ storage: () => tab.storage });
    expect(store.getSnapshot().local.selected).toBeNull();
    const backups = [...browser.data.keys()].filter((k) =>
      k.startsWith(`${READINESS_KEY}.backup.`),
    );
    expect(backups).toHaveLength(1);
    expect(browser.data.get(backups[0]!)).toBe('{"version":9}');
  });

  it("says when edits cannot be saved, and keeps them for the page", () => {
    const browser = new FakeBrowser();
    const tab = browser.openTab();
    const store = createReadinessStore({ storage: () => tab.storage });
    tab.storage.failWrites = () => domError("QuotaExceededError");
    store.edit("p", "a", decided("done"), null, new Date(at));
    expect(store.getSnapshot().saved).toBe(false);
    expect(store.getSnapshot().local.edits.p?.a?.decision?.state).toBe("done");
  });

  it("follows another tab's changes", () => {
    const browser = new FakeBrowser();
    const one = browser.openTab();
    const two = browser.openTab();
    const first = createReadinessStore({ storage: () => one.storage, events: one });
    const second = createReadinessStore({ storage: () => two.storage, events: two });
    let heard = 0;
    second.subscribe(() => (heard += 1));
    first.select("payments-api");
    browser.deliver();
    expect(heard).toBe(1);
    expect(second.getSnapshot().local.selected).toBe("payments-api");
  });
});
