import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runPipeline } from "./pipeline";
import { assignNoteSlugs } from "./slugs";

/** Every order of a list (n! of them). */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

const assign = (rels: readonly string[]) => {
  const { slugs, diagnostics } = assignNoteSlugs(rels, (r) => `content/${r}`);
  return { byFile: Object.fromEntries(rels.map((r, i) => [r, slugs[i]])), diagnostics };
};

describe("note URLs never depend on other files", () => {
  const files = [
    "backup.md",
    "ja/backup.md",
    "en/backup.md",
    "guide/index.md",
    "guide/README.md",
    "Guide.md",
    "chapters/chapter03/index.md",
  ];

  it("gives each file the same URL in every one of the 5,040 orders it may be read in", () => {
    const first = assign(files);
    expect(first.byFile).toEqual({
      "backup.md": "backup",
      "ja/backup.md": "ja/backup",
      "en/backup.md": "en/backup",
      // Three files want /notes/guide: the folder's index.md keeps it, by a rule, not by order.
      "guide/index.md": "guide",
      "guide/README.md": expect.stringMatching(/^guide-[a-z0-9]{8}$/),
      "Guide.md": expect.stringMatching(/^guide-[a-z0-9]{8}$/),
      "chapters/chapter03/index.md": "chapters/chapter03",
    });
    for (const order of permutations(files)) expect(assign(order).byFile).toEqual(first.byFile);
  });

  it("keeps every other URL when a file is added, removed or renamed", () => {
    const base = assign(files).byFile;
    const without = (drop: string) =>
      Object.fromEntries(Object.entries(base).filter(([f]) => f !== drop));
    expect(assign([...files, "ko/backup.md"]).byFile).toEqual({
      ...base,
      "ko/backup.md": "ko/backup",
    });
    expect(assign(files.filter((f) => f !== "ja/backup.md")).byFile).toEqual(
      without("ja/backup.md"),
    );
    const renamed = assign(files.map((f) => (f === "en/backup.md" ? "en/restore.md" : f))).byFile;
    expect(renamed).toEqual({ ...without("en/backup.md"), "en/restore.md": "en/restore" });
  });

  it("reports each lost clash as an error naming both files, whatever the order", () => {
    const messages = (rels: readonly string[]) =>
      assign(rels)
        .diagnostics.map(
          (d) =>
            `${d.file} ${d.severity} ${d.code}: ${d.message.replace(/guide-[a-z0-9]{8}/, "guide-…")}`,
        )
        .sort();
    expect(messages(files)).toEqual([
      "content/Guide.md error note/url-clash: this file and content/guide/index.md both have the URL /notes/guide; content/guide/index.md keeps it (a folder's index page comes first) and this one is published at /notes/guide-…. Rename or remove one of the two files.",
      "content/guide/README.md error note/url-clash: this file and content/guide/index.md both have the URL /notes/guide; content/guide/index.md keeps it (index.md comes before README.md) and this one is published at /notes/guide-…. Rename or remove one of the two files.",
    ]);
    expect(messages([...files].reverse())).toEqual(messages(files));
  });
});

describe("checklist ids never depend on other files", () => {
  it("keeps a note's URL and item ids when unrelated files are added, removed or renamed", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "shiori-ids-"));
    const write = async (rel: string, text: string) => {
      await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
      await fs.writeFile(path.join(dir, rel), text);
    };
    const snapshot = async () => {
      const model = await runPipeline({ contentDir: dir });
      return Object.fromEntries(
        model.notes.map((n) => [n.path, { slug: n.slug, ids: n.checklist.map((i) => i.id) }]),
      );
    };
    try {
      await write(
        "ja/backup.md",
        "# バックアップ\n\n- [ ] etcd のスナップショットを取る\n- [ ] Velero でリストアを試す\n",
      );
      await write("ops/backup.md", "# Backup\n\n- [ ] Take an etcd snapshot\n");
      const before = await snapshot();
      expect(before["ja/backup.md"]?.ids).toHaveLength(2);
      // The change the issue saw: adding en/backup.md moved ja/backup.md to backup-2.
      await write("en/backup.md", "# Backup\n\n- [ ] Take an etcd snapshot\n");
      await write("backup.md", "# Backup (top)\n\n- [ ] Take an etcd snapshot\n");
      const added = await snapshot();
      expect(added["ja/backup.md"]).toEqual(before["ja/backup.md"]);
      expect(added["ops/backup.md"]).toEqual(before["ops/backup.md"]);
      await fs.rename(path.join(dir, "ops/backup.md"), path.join(dir, "ops/restore.md"));
      await fs.rm(path.join(dir, "backup.md"));
      const after = await snapshot();
      expect(after["ja/backup.md"]).toEqual(before["ja/backup.md"]);
      expect(after["en/backup.md"]).toEqual(added["en/backup.md"]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
