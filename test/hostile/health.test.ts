/** The content-health page's grouping: every diagnostic, by file, worst files first. */
import { describe, expect, it } from "vitest";
import { groupByFile } from "@/app/(site)/health/health";
import type { Diagnostic, Note } from "@/lib/content/types";

const d = (
  file: string,
  line: number | null,
  severity: Diagnostic["severity"],
  code: string,
): Diagnostic => ({ file, line, severity, code, message: code });

describe("groupByFile", () => {
  it("keeps every diagnostic, groups by file, puts files with errors first and links published notes", () => {
    const diagnostics = [
      d("content/notes/a.md", 3, "info", "i1"),
      d("content/notes/b.md", null, "error", "e1"),
      d("content/notes/c.md", 9, "warning", "w2"),
      d("content/notes/c.md", 2, "warning", "w1"),
      d("content/notes/c.md", 2, "error", "e2"),
      d("content/notes/日本語.md", 1, "warning", "w3"),
    ];
    const notes = [
      { file: "content/notes/c.md", slug: "c" },
      { file: "content/notes/日本語.md", slug: "日本語" },
    ] as Pick<Note, "file" | "slug">[];
    const { files, counts } = groupByFile(diagnostics, notes);
    expect(counts).toEqual({ error: 2, warning: 3, info: 1 });
    expect(files.map((f) => [f.file, f.worst, f.href, f.diagnostics.map((x) => x.code)])).toEqual([
      ["content/notes/b.md", "error", null, ["e1"]],
      ["content/notes/c.md", "error", "/notes/c", ["e2", "w1", "w2"]],
      ["content/notes/日本語.md", "warning", "/notes/日本語", ["w3"]],
      ["content/notes/a.md", "info", null, ["i1"]],
    ]);
    expect(files.flatMap((f) => f.diagnostics)).toHaveLength(diagnostics.length);
  });
});
