import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { prebuild } from "./prebuild";

let dir = "";
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

it("a second prebuild into the same folder leaves exactly the new search index (a running server reads it in place)", async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "shiori-prebuild-"));
  const contentDir = path.join(dir, "content");
  const generatedDir = path.join(dir, "generated");
  const cacheDir = path.join(dir, "cache");
  await mkdir(path.join(contentDir, "notes"), { recursive: true });
  const note = path.join(contentDir, "notes", "k8s.md");
  await writeFile(note, '---\ntitle: "クラスタ運用"\nlang: ja\n---\n\n本番環境の監視について。\n');
  await prebuild({ contentDir, generatedDir, cacheDir, quiet: true });
  const before = await filesUnder(path.join(generatedDir, "_search"));

  await writeFile(
    note,
    '---\ntitle: "클러스터 운영 quokkawatch"\nlang: ko\n---\n\n프로덕션 모니터링에 대해.\n',
  );
  const second = await prebuild({ contentDir, generatedDir, cacheDir, quiet: true });
  const after = await filesUnder(path.join(generatedDir, "_search"));

  expect(second.stats).toMatchObject({ parsed: 1, cached: 0 });
  expect(after).not.toEqual(before);
  expect(after).toContain("manifest.json");
  expect(after.filter((f) => f.endsWith(".tmp"))).toEqual([]);
  // Every file left is one the new manifest names (or the manifest itself), and the count matches.
  const manifest = await readFile(path.join(generatedDir, "_search", "manifest.json"), "utf8");
  for (const file of after.filter((f) => f !== "manifest.json"))
    expect(manifest).toContain(
      file
        .replace(/\.(bin|json)$/, "")
        .split(".")
        .pop(),
    );
  expect(after.length).toBe(second.searchFiles);
  const model = JSON.parse(await readFile(path.join(generatedDir, "content.json"), "utf8")) as {
    notes: { title: string }[];
  };
  expect(model.notes.map((n) => n.title)).toEqual(["클러스터 운영 quokkawatch"]);
});
