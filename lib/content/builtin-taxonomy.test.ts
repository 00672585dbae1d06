/** The link index's taxonomy is the product's own: a content folder without taxonomy.yaml is filed with it. */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "./pipeline";
import type { ContentModel } from "./types";

let dir: string;
let model: ContentModel;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "shiori-builtin-"));
  await fs.writeFile(
    path.join(dir, "backup.md"),
    "# 백업 절차\n\nVelero 로 매일 백업하고, 분기마다 스냅샷에서 복원 연습을 한다.\n",
  );
  await fs.writeFile(
    path.join(dir, "runbook.md"),
    "# Upgrade runbook\n\nDrain each node, upgrade kubelet, uncordon.\n",
  );
  await fs.writeFile(
    path.join(dir, "障害対応.md"),
    "---\ntags: [incident]\n---\n# 障害対応ノート\n\nまず切り分け。\n",
  );
  model = await runPipeline({ contentDir: dir });
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe("a folder without taxonomy.yaml", () => {
  it("is filed with the built-in taxonomy, and says so", () => {
    expect(model.taxonomySource).toEqual({ file: "content/taxonomy.yaml", builtIn: true });
    expect(model.taxonomy.areas.map((a) => a.id)).toEqual([
      "capacity",
      "fault-tolerance",
      "operability",
      "backup-restore",
    ]);
  });

  it("files short runbook notes by their titles and tags (primary category first)", () => {
    const primary = Object.fromEntries(model.notes.map((n) => [n.title, n.taxonomy[0]]));
    expect(primary).toEqual({
      "백업 절차": "backup-restore",
      "Upgrade runbook": "operability/upgrade",
      障害対応ノート: "operability/incident-response",
    });
  });

  it("carries the evidence of each filing", () => {
    const note = model.notes.find((n) => n.title === "백업 절차")!;
    expect(note.evidence[0]).toMatchObject({ category: "backup-restore" });
    expect(note.evidence[0]!.terms[0]).toEqual({ term: "백업", field: "title", count: 1 });
  });

  it("uses the folder's own taxonomy.yaml when it has one", async () => {
    const own = await fs.mkdtemp(path.join(os.tmpdir(), "shiori-own-"));
    try {
      await fs.writeFile(
        path.join(own, "taxonomy.yaml"),
        "areas:\n  - id: ops\n    labels: { en: Ops, ja: 運用 }\n    keywords: [runbook]\n",
      );
      await fs.writeFile(path.join(own, "a.md"), "# Upgrade runbook\n\nrunbook runbook\n");
      const m = await runPipeline({ contentDir: own });
      expect(m.taxonomySource).toEqual({
        file: `${path.basename(own)}/taxonomy.yaml`,
        builtIn: false,
      });
      expect(m.notes[0]!.taxonomy).toEqual(["ops"]);
    } finally {
      await fs.rm(own, { recursive: true, force: true });
    }
  });
});
