/** The content-health page's grouping: every diagnostic, by file, worst files first. */
import { describe, expect, it } from "vitest";
import { groupByCode, groupByFile, listedFiles } from "@/app/(site)/health/health";
import type { Diagnostic, Note } from "@/lib/content/types";

const d = (
  file: string,
  line: number | null,
  severity: Diagnostic["severity"],
  code: Diagnostic["code"],
): Diagnostic => ({ file, line, severity, code, message: code });

describe("groupByFile", () => {
  it("keeps every diagnostic, groups by file, puts files with errors first and links published notes", () => {
    const diagnostics = [
      d("content/notes/a.md", 3, "info", "note/draft"),
      d("content/notes/b.md", null, "error", "frontmatter/invalid"),
      d("content/notes/c.md", 9, "warning", "html/unsafe"),
      d("content/notes/c.md", 2, "warning", "anchor/unresolved"),
      d("content/notes/c.md", 2, "error", "note/failed"),
      d("content/notes/日本語.md", 1, "warning", "link/unresolved"),
    ];
    const notes = [
      { file: "content/notes/c.md", slug: "c" },
      { file: "content/notes/日本語.md", slug: "日本語" },
    ] as Pick<Note, "file" | "slug">[];
    const { files, counts } = groupByFile(diagnostics, notes);
    expect(counts).toEqual({ error: 2, warning: 3, info: 1 });
    expect(files.map((f) => [f.file, f.worst, f.href, f.diagnostics.map((x) => x.code)])).toEqual([
      ["content/notes/b.md", "error", null, ["frontmatter/invalid"]],
      [
        "content/notes/c.md",
        "error",
        "/notes/c",
        ["note/failed", "anchor/unresolved", "html/unsafe"],
      ],
      ["content/notes/日本語.md", "warning", "/notes/日本語", ["link/unresolved"]],
      ["content/notes/a.md", "info", null, ["note/draft"]],
    ]);
    expect(files.flatMap((f) => f.diagnostics)).toHaveLength(diagnostics.length);
  });
});

describe("groupByCode and listedFiles (the page at thousands of diagnostics)", () => {
  const many = [
    ...Array.from({ length: 30 }, (_, i) =>
      d(`content/notes/w${String(i).padStart(2, "0")}.md`, i, "warning", "html/unsafe"),
    ),
    d("content/notes/w00.md", 40, "warning", "anchor/unresolved"),
    d("content/notes/e.md", 1, "error", "frontmatter/invalid"),
    d("content/notes/e.md", 2, "warning", "html/unsafe"),
    d("content/notes/한국어.md", null, "info", "taxonomy/unclassified"),
  ];

  it("counts each code once with its worst severity, worst and most frequent first", () => {
    expect(groupByCode(many)).toEqual([
      { code: "frontmatter/invalid", severity: "error", count: 1, files: 1 },
      { code: "html/unsafe", severity: "warning", count: 31, files: 31 },
      { code: "anchor/unresolved", severity: "warning", count: 1, files: 1 },
      { code: "taxonomy/unclassified", severity: "info", count: 1, files: 1 },
    ]);
  });

  it("lists whole files, worst first, up to the limit", () => {
    const { files } = groupByFile(many, []);
    const listed = listedFiles(files, 5);
    expect(listed.map((f) => f.file)).toEqual([
      "content/notes/e.md",
      "content/notes/w00.md",
      "content/notes/w01.md",
    ]);
    expect(listed.reduce((n, f) => n + f.diagnostics.length, 0)).toBe(5);
    expect(listedFiles(files, 1000)).toHaveLength(files.length);
    // One file longer than the limit is still listed, in full.
    expect(listedFiles(files, 1).map((f) => f.diagnostics.length)).toEqual([2]);
  });
});
