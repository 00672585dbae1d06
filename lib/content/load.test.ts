import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSources } from "./load";
import { runPipeline } from "./pipeline";

function contentWith(files: Record<string, string>): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "shiori-load-")), "content");
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe("hidden files", () => {
  it("skips hidden notes with an info diagnostic naming the file and how to publish it", async () => {
    const dir = contentWith({
      "notes/visible.md": "# 見える\n",
      "notes/.draft.md": "# 下書き\n",
      "notes/..x.md": "# 隐藏\n",
      "notes/.숨김.markdown": "# 숨김\n",
      "notes/.DS_Store": "binary",
      "notes/.obsidian/app.md": "# tool file\n",
    });
    const { files, issues } = await loadSources(dir);
    expect(files.map((f) => f.displayPath)).toEqual(["content/notes/visible.md"]);
    expect(issues).toEqual([
      {
        displayPath: "content/notes/..x.md",
        severity: "info",
        code: "load/hidden-file",
        message:
          "this file's name starts with a dot, so it is hidden and not published (hidden files and folders are skipped, as in Quartz and Docusaurus). Rename it to x.md to publish it.",
      },
      {
        displayPath: "content/notes/.draft.md",
        severity: "info",
        code: "load/hidden-file",
        message:
          "this file's name starts with a dot, so it is hidden and not published (hidden files and folders are skipped, as in Quartz and Docusaurus). Rename it to draft.md to publish it.",
      },
      {
        displayPath: "content/notes/.숨김.markdown",
        severity: "info",
        code: "load/hidden-file",
        message:
          "this file's name starts with a dot, so it is hidden and not published (hidden files and folders are skipped, as in Quartz and Docusaurus). Rename it to 숨김.markdown to publish it.",
      },
    ]);
  });

  it("passes the diagnostic on to the content model", async () => {
    const dir = contentWith({ "notes/a.md": "# A\n", "notes/.b.md": "# B\n" });
    const model = await runPipeline({ contentDir: dir });
    expect(model.notes.map((n) => n.file)).toEqual(["content/notes/a.md"]);
    expect(
      model.diagnostics
        .filter((d) => d.code === "load/hidden-file")
        .map((d) => [d.file, d.line, d.severity]),
    ).toEqual([["content/notes/.b.md", null, "info"]]);
  });
});
