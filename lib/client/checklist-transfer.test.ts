import { describe, expect, it } from "vitest";
import type { ChecklistId } from "@/lib/content/types";
import type { ChecklistEntry, ChecklistState } from "./checklist-schema";
import { createChecklistStore } from "./checklist-store";
import { FakeBrowser } from "./checklist-test-storage";
import { applyImport, buildExport, parseImport } from "./checklist-transfer";

const at = (minute: number) => `2024-05-01T10:${String(minute).padStart(2, "0")}:00.000Z`;
const entry = (checked: boolean, minute: number, text = "t"): ChecklistEntry => ({
  checked,
  updatedAt: at(minute),
  text,
  note: "n",
});
const state = (items: Record<string, ChecklistEntry>): ChecklistState => ({
  version: 2,
  items,
  previous: null,
});

describe("import merge rules", () => {
  const known = new Set(["n--a"]);
  it.each([
    {
      rule: "no change here: the imported tick is applied",
      local: undefined,
      incoming: entry(true, 5),
      result: entry(true, 5),
      bucket: "imported",
    },
    {
      rule: "imported change is newer: it wins",
      local: entry(false, 1),
      incoming: entry(true, 5),
      result: entry(true, 5),
      bucket: "imported",
    },
    {
      rule: "change here is newer: it stays",
      local: entry(false, 9),
      incoming: entry(true, 5),
      result: entry(false, 9),
      bucket: "alreadyNewer",
    },
    {
      rule: "same change time: the change here stays",
      local: entry(false, 5),
      incoming: entry(true, 5),
      result: entry(false, 5),
      bucket: "alreadyNewer",
    },
  ] as const)("$rule", ({ local, incoming, result, bucket }) => {
    const merged = applyImport(
      state(local ? { "n--a": local } : {}),
      [{ id: "n--a", entry: incoming }],
      known,
    );
    expect(merged.state.items["n--a"]).toEqual(result);
    const buckets = Object.entries(merged.report)
      .filter(([, lines]) => lines.length > 0)
      .map(([name]) => name);
    expect(buckets).toEqual([bucket]);
  });

  it("reports items that no longer exist and keeps them as orphaned progress", () => {
    const merged = applyImport(
      state({}),
      [{ id: "n--gone", entry: entry(true, 5, "削除された項目") }],
      known,
    );
    expect(merged.report.missing).toEqual([
      { id: "n--gone", text: "削除された項目", note: "n", checked: true },
    ]);
    expect(merged.state.items["n--gone"]).toEqual(entry(true, 5, "削除された項目"));
  });
});

describe("export file", () => {
  it("is readable: each item has its text and note title next to the id", () => {
    const file = buildExport(state({ "n--a": entry(true, 1, "old") }), new Date(at(30)), (id) =>
      id === "n--a" ? { text: "监控告警", note: "n", noteTitle: "K8s 学习笔记" } : undefined,
    );
    expect(file.items).toEqual([
      {
        id: "n--a",
        checked: true,
        updatedAt: at(1),
        note: "n",
        noteTitle: "K8s 学习笔记",
        text: "监控告警",
      },
    ]);
    expect(file).toMatchObject({ format: "shiori-checklist", version: 1, exportedAt: at(30) });
  });

  it.each([
    {
      case: "not JSON",
      text: "hello",
      error:
        "This file is not JSON, so it is not a Shiori checklist export. Choose a file saved with “Export progress”.",
    },
    {
      case: "some other JSON",
      text: '{"foo":1}',
      error:
        "This file is not a Shiori checklist export (the field “format” is missing). Choose a file saved with “Export progress”.",
    },
    {
      case: "an export of another format",
      text: '{"format":"other","version":1,"exportedAt":"2026-01-01T00:00:00Z","items":[]}',
      error:
        'This file is not a Shiori checklist export (the field “format” should be "shiori-checklist", not "other"). Choose a file saved with “Export progress”.',
    },
    {
      case: "an item without its id",
      text: '{"format":"shiori-checklist","version":1,"exportedAt":"2026-01-01T00:00:00Z","items":[{"checked":true}]}',
      error:
        "This file is not a Shiori checklist export (the field “items.0.id” is missing). Choose a file saved with “Export progress”.",
    },
  ])("rejects $case with a message saying what to do", ({ text, error }) => {
    expect(parseImport(text)).toEqual({ ok: false, error });
  });

  it("accepts a stored value (a downloaded backup) as well as an export", () => {
    const raw = JSON.stringify({
      version: 1,
      items: { "n--a": { checked: true, updatedAt: at(1) } },
    });
    expect(parseImport(raw)).toEqual({
      ok: true,
      entries: [{ id: "n--a", entry: { checked: true, updatedAt: at(1), text: null, note: null } }],
    });
  });

  it("export → reset → import restores every tick", () => {
    const browser = new FakeBrowser();
    let t = Date.parse(at(0));
    const tab = browser.openTab();
    const store = createChecklistStore({
      storage: () => tab.storage,
      now: () => new Date((t += 1000)),
    });
    const ids = ["n--a", "n--b", "n--c"] as ChecklistId[];
    for (const id of ids) store.setChecked(id, true, { text: id, note: "n" });
    store.setChecked(ids[1]!, false, { text: ids[1]!, note: "n" });
    const before = store.getSnapshot().state.items;
    const file = JSON.stringify(store.exportProgress());

    store.reset();
    expect(store.getSnapshot().state.items).toEqual({});
    const outcome = store.importProgress(file, new Set(ids));
    expect(outcome.ok && outcome.report.imported.map((l) => [l.id, l.checked])).toEqual([
      ["n--a", true],
      ["n--b", false],
      ["n--c", true],
    ]);
    expect(store.getSnapshot().state.items).toEqual(before);
  });
});
