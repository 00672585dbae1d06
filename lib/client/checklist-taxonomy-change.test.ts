import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildChecklistData } from "@/lib/portal/checklist-data";
import { runPipeline } from "@/lib/content/pipeline";
import { allCategories } from "@/lib/content/taxonomy";
import type { ContentModel } from "@/lib/content/types";
import { contentsOf, resolveCategory } from "@/lib/portal/categories";
import { areaSummaries, unclassifiedSummary } from "@/lib/portal/dashboard";
import { findOrphans } from "./checklist-orphans";
import { checklistProgressFile } from "@/lib/portal/model-json";
import { progressProps } from "@/lib/portal/progress";
import { computeProgress, isDone, liveCount } from "./checklist-progress";
import type { ChecklistState } from "./checklist-schema";
import { createChecklistStore } from "./checklist-store";
import { FakeBrowser } from "./checklist-test-storage";
import { groupItems } from "./checklist-view";
import { decodeProgressIndex } from "./progress-index";

/**
 * taxonomy.yaml is edited between two builds so that the `backup` area, whose items the reader has
 * ticked, is gone (test/fixtures/checklist/category-removed). Ticks are keyed by item id, not by
 * category, so every one must still show: on /checklist, on the dashboard and on the category
 * pages, under the item's new category or under "Unclassified".
 */
const fixture = path.resolve("test/fixtures/checklist/category-removed");

const build = (which: "before" | "after") =>
  runPipeline({ contentDir: path.join(fixture, which) }) as Promise<ContentModel>;

/** The reader's changes, made against the first build and read back by a new page load. */
function tickAgainst(model: ContentModel): ChecklistState {
  const browser = new FakeBrowser();
  let t = Date.parse("2024-05-01T00:00:00Z");
  const tab = browser.openTab();
  const store = createChecklistStore({
    storage: () => tab.storage,
    now: () => new Date((t += 1000)),
  });
  const items = model.notes.flatMap((n) => n.checklist);
  for (const plain of [
    "Velero で毎日バックアップを取る", // backup/velero, ticked
    "备份 etcd 快照", // backup/velero, `- [x]` in the note, unticked by the reader
    "Restore a namespace from last night's copy", // frontmatter taxonomy: [backup/velero]
    "readOnlyRootFilesystemをtrueにしておく", // security/pod, not touched by the edit
  ]) {
    const item = items.find((i) => i.plain === plain);
    if (!item) throw new Error(`no item "${plain}" in the first build`);
    store.setChecked(item.id, !item.checked, { text: item.plain, note: item.note });
  }
  return createChecklistStore({ storage: () => browser.openTab().storage }).getSnapshot().state;
}

describe("a taxonomy edit that removes a category with ticked items", () => {
  it("uses the same notes in both builds", () => {
    const notes = (w: string) => path.join(fixture, w, "notes");
    const files = readdirSync(notes("before")).sort();
    expect(readdirSync(notes("after")).sort()).toEqual(files);
    for (const f of files)
      expect(readFileSync(path.join(notes("after"), f)), f).toEqual(
        readFileSync(path.join(notes("before"), f)),
      );
  });

  it("keeps every tick, by id, under the item's new category or Unclassified", async () => {
    const before = await build("before");
    const after = await build("after");
    const state = tickAgainst(before);
    const idsOf = (m: ContentModel) => m.notes.flatMap((n) => n.checklist.map((i) => i.id)).sort();
    expect(idsOf(after)).toEqual(idsOf(before));
    expect(findOrphans(state, new Set(idsOf(after)))).toEqual([]);

    // Nothing in the second build is filed under a category its taxonomy no longer has.
    const known = new Set(allCategories(after.taxonomy).map((c) => c.id as string));
    for (const item of after.notes.flatMap((n) => n.checklist))
      for (const c of item.taxonomy) expect(known, `${item.plain}: ${c}`).toContain(c);
    expect(after.diagnostics.map((d) => [d.file, d.code])).toEqual([
      // As a page, 本番チェック names the new taxonomy's terms only twice in its body: too little to
      // file it (lib/content/classify.ts); its items are still filed one by one.
      ["after/notes/prod-check.md", "taxonomy/unclassified"],
      ["after/notes/restore.md", "taxonomy/unknown"],
      ["after/notes/restore.md", "taxonomy/unclassified"],
    ]);

    // /checklist: the page's own data, grouped as the page groups it, with each item's state.
    const data = buildChecklistData(after);
    const groups = groupItems(data.items, data.areas);
    expect(
      groups.map((g) => [
        g.id,
        g.subs.map((s) => [
          s.id,
          s.notes.flatMap((n) =>
            n.chapters.flatMap((c) =>
              c.items.map((i) => [i.plain, isDone(i.id, i.checked, state)]),
            ),
          ),
        ]),
      ]),
    ).toEqual([
      [
        "security",
        [
          [
            "security/pod",
            [
              ["readOnlyRootFilesystemをtrueにしておく", true],
              ["runAsNonRoot を設定する", false],
            ],
          ],
        ],
      ],
      [
        "dr",
        [
          [
            "dr/etcd",
            [
              ["Velero で毎日バックアップを取る", true],
              ["备份 etcd 快照", false],
              ["백업에서 복구하는 연습을 한다", false],
            ],
          ],
        ],
      ],
      [
        "unclassified",
        [
          [
            "unclassified",
            [
              ["Restore a namespace from last night's copy", true],
              ["Write down how long the restore took", false],
            ],
          ],
        ],
      ],
    ]);
    const progress = computeProgress(data.items, state);
    expect(progress.overall).toEqual({ done: 3, total: 7 });
    expect(progress.areas).toEqual({
      security: { done: 1, total: 2 },
      dr: { done: 1, total: 3 },
    });
    expect(progress.unclassified).toEqual({ done: 1, total: 2 });

    // Dashboard cards and category pages count the same ticks: the server's counts for the new
    // build plus the reader's changes, read through the new build's progress file.
    const index = decodeProgressIndex(checklistProgressFile(after).body);
    const cards = [...areaSummaries(after), unclassifiedSummary(after)].map((s) => {
      const { scope, base } = progressProps(after, s.id);
      return [s.id, liveCount(base, scope, index, state)];
    });
    expect(cards).toEqual([
      ["security", { done: 1, total: 2 }],
      ["dr", { done: 1, total: 3 }],
      ["unclassified", { done: 1, total: 2 }],
    ]);
    expect(contentsOf(after, "unclassified").items.map((i) => i.text)).toEqual([
      "Restore a namespace from last night's copy",
      "Write down how long the restore took",
    ]);
    // The removed category's old URL resolves to nothing (a 404 page), not to an empty view.
    expect(resolveCategory(after, "backup")).toBeNull();
    expect(resolveCategory(before, "backup")?.id).toBe("backup");
  });
});
