import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TaxonomyError } from "@/lib/content/taxonomy";
import {
  createRebuildScheduler,
  isEditorTempFile,
  rebuildFailureMessage,
  rebuiltLine,
  watchContent,
} from "./watch-content";

describe("isEditorTempFile", () => {
  it.each([
    ["notes/k8s.md", false],
    ["notes/日本語ノート.md", false],
    ["notes/中文笔记.md", false],
    ["notes/한국어-노트.md", false],
    ["taxonomy.yaml", false],
    ["notes/.#k8s.md", true],
    ["notes/#k8s.md#", true],
    ["notes/k8s.md~", true],
    ["notes/.k8s.md.swp", true],
    ["notes/.日本語ノート.md.swo", true],
    [".#taxonomy.yaml", true],
  ])("%s → %s", (file, expected) => {
    expect(isEditorTempFile(file)).toBe(expected);
  });
});

describe("createRebuildScheduler", () => {
  it("runs one rebuild for a burst of changes", async () => {
    let runs = 0;
    const s = createRebuildScheduler(
      async () => {
        runs++;
      },
      { delayMs: 10, onError: () => {} },
    );
    for (let i = 0; i < 5; i++) s.schedule();
    await s.idle();
    expect(runs).toBe(1);
  });

  it("runs exactly one more rebuild for any number of changes during a rebuild, never two at once", async () => {
    let runs = 0;
    let concurrent = 0;
    let maxConcurrent = 0;
    let release: () => void = () => {};
    const firstStarted = new Promise<void>((started) => {
      release = started;
    });
    let finishFirst: () => void = () => {};
    const s = createRebuildScheduler(
      async () => {
        runs++;
        concurrent++;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        if (runs === 1) {
          release();
          await new Promise<void>((done) => {
            finishFirst = done;
          });
        }
        concurrent--;
      },
      { delayMs: 5, onError: () => {} },
    );
    s.schedule();
    await firstStarted;
    for (let i = 0; i < 3; i++) {
      s.schedule();
      await new Promise((r) => setTimeout(r, 20)); // each fires while the first still runs
    }
    finishFirst();
    await s.idle();
    expect(runs).toBe(2);
    expect(maxConcurrent).toBe(1);
  });

  it("reports a failed rebuild and keeps rebuilding on later changes", async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const s = createRebuildScheduler(
      async () => {
        runs++;
        if (runs === 1)
          throw new TaxonomyError(
            "content/taxonomy.yaml",
            3,
            'area "capacity" has no labels. Add labels: { en: ..., ja: ... }.',
          );
      },
      { delayMs: 5, onError: (e) => errors.push(e) },
    );
    s.schedule();
    await s.idle();
    s.schedule();
    await s.idle();
    expect(runs).toBe(2);
    expect(errors.map((e) => rebuildFailureMessage(e))).toEqual([
      `shiori: content not rebuilt, the site keeps the last good model:\ncontent/taxonomy.yaml:3 area "capacity" has no labels. Add labels: { en: ..., ja: ... }.`,
    ]);
  });

  it("does not rebuild after close", async () => {
    let runs = 0;
    const s = createRebuildScheduler(
      async () => {
        runs++;
      },
      { delayMs: 5, onError: () => {} },
    );
    s.schedule();
    s.close();
    await s.idle();
    await new Promise((r) => setTimeout(r, 20));
    expect(runs).toBe(0);
  });
});

it("rebuiltLine reads as dev prints it", () => {
  expect(rebuiltLine(1834.4, { parsed: 1, cached: 999 })).toBe(
    "shiori: content rebuilt in 1834 ms (1 parsed, 999 from cache)",
  );
});

it("watchContent rebuilds after a note is written, but not for an editor's swap file", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "shiori-watch-"));
  const log = { log: () => {}, error: () => {} };
  let runs = 0;
  const w = watchContent(
    dir,
    async () => {
      runs++;
    },
    { delayMs: 20, log },
  );
  try {
    await writeFile(path.join(dir, ".note.md.swp"), "x");
    await new Promise((r) => setTimeout(r, 150));
    await w.idle();
    expect(runs).toBe(0);
    await writeFile(path.join(dir, "note.md"), "# 見出し\n");
    await expect.poll(() => runs, { timeout: 5000 }).toBe(1);
  } finally {
    w.close();
    await rm(dir, { recursive: true, force: true });
  }
});
