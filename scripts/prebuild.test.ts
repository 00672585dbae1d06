import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
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

it("index files already there under their content-hash name are not written again", async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "shiori-prebuild-"));
  const contentDir = path.join(dir, "content");
  const generatedDir = path.join(dir, "generated");
  const cacheDir = path.join(dir, "cache");
  const searchDir = path.join(generatedDir, "_search");
  await mkdir(path.join(contentDir, "notes"), { recursive: true });
  await writeFile(
    path.join(contentDir, "notes", "a.md"),
    '---\ntitle: "監視"\n---\n\n백업 と word\n',
  );
  const times = async () =>
    new Map(
      await Promise.all(
        (await filesUnder(searchDir)).map(
          async (f) => [f, (await stat(path.join(searchDir, f))).mtimeMs] as const,
        ),
      ),
    );
  await prebuild({ contentDir, generatedDir, cacheDir, quiet: true });
  const before = await times();
  await new Promise((resolve) => setTimeout(resolve, 20));
  // A rebuild whose index comes out the same (a new file that is not a note).
  await writeFile(path.join(contentDir, "notes", "image.png"), "not a note");
  await prebuild({ contentDir, generatedDir, cacheDir, quiet: true });
  const after = await times();
  expect([...after.keys()]).toEqual([...before.keys()]);
  const rewritten = [...after].filter(([f, t]) => before.get(f) !== t).map(([f]) => f);
  // Only the manifest, the one file whose name does not name its content, is written again.
  expect(rewritten).toEqual(["manifest.json"]);
});
