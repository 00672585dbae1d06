import { cpSync, mkdtempSync, writeFileSync, appendFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { runPipeline } from "./pipeline";

it("re-parses only the notes whose bytes changed and gives the same model from the cache", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "shiori-cache-"));
  const content = path.join(dir, "content");
  cpSync("content", content, { recursive: true });
  const cacheDir = path.join(dir, "cache");
  const first = await runPipeline({ contentDir: content, cacheDir });
  expect(first.stats).toEqual({ files: 5, parsed: 5, cached: 0, threads: 1 });
  const second = await runPipeline({ contentDir: content, cacheDir });
  expect(second.stats).toEqual({ files: 5, parsed: 0, cached: 5, threads: 1 });
  expect(second.notes).toEqual(first.notes);
  appendFileSync(path.join(content, "notes", "weekly-08.md"), "\n- [ ] 新增的檢查項目\n");
  writeFileSync(path.join(content, "notes", "new.md"), "# 新しいノート\n");
  const third = await runPipeline({ contentDir: content, cacheDir });
  expect(third.stats).toEqual({ files: 6, parsed: 2, cached: 4, threads: 1 });
  expect(third.notes.find((n) => n.slug === "weekly-08")?.checklist.map((i) => i.plain)).toEqual([
    "新增的檢查項目",
  ]);
});
