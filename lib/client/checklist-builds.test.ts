import path from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "@/lib/content/pipeline";
import type { ChecklistItem } from "@/lib/content/types";
import { findOrphans } from "./checklist-orphans";
import { isDone } from "./checklist-progress";
import { createChecklistStore } from "./checklist-store";
import { FakeBrowser } from "./checklist-test-storage";

const fixture = path.resolve("test/fixtures/checklist/reorder-reword");

async function build(which: "before" | "after"): Promise<ChecklistItem[]> {
  const model = await runPipeline({ contentDir: path.join(fixture, which) });
  return model.notes.flatMap((note) => note.checklist);
}

describe("checklist progress across two builds of a note", () => {
  it("keeps every unchanged tick when items are reordered, added and one is reworded", async () => {
    const before = await build("before");
    const after = await build("after");
    const browser = new FakeBrowser();
    let t = Date.parse("2024-05-01T00:00:00Z");
    const tab = browser.openTab();
    const store = createChecklistStore({
      storage: () => tab.storage,
      now: () => new Date((t += 1000)),
    });

    // With the first build the reader ticks every item, and unticks the one the note ticked.
    for (const item of before) {
      store.setChecked(item.id, !item.checked, { text: item.plain, note: item.note });
    }

    // The second build: a new page load reads the same storage.
    const nextTab = browser.openTab();
    const reloaded = createChecklistStore({ storage: () => nextTab.storage });
    const { state } = reloaded.getSnapshot();
    expect(after.map((item) => [item.plain, isDone(item.id, item.checked, state)])).toEqual([
      ["Set a PodDisruptionBudget", true],
      ["新しく追加した項目：监控告警规则", false],
      ["리소스 제한을 설정한다", false],
      ["readOnlyRootFilesystemをtrueにしておく", true],
      ["Velero で毎日バックアップを取る", false],
      ["監控 Pod 狀態與告警", true],
    ]);
    const orphans = findOrphans(state, new Set(after.map((item) => item.id)));
    expect(orphans.map((o) => [o.entry.text, o.entry.checked, o.entry.note])).toEqual([
      ["Velero でバックアップ", true, "prod-check"],
    ]);
  });
});
