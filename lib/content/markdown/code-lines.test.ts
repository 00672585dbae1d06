import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Reporter } from "../diagnostics";
import { buildNote } from "../note";
import { notePath } from "../paths";
import { renderNoteHtml } from "../render";
import { parseTaxonomy } from "../taxonomy";
import type { NoteSlug } from "../types";
import { clampHighlight, parseCodeLines } from "./code-lines";

const taxonomy = parseTaxonomy(
  readFileSync("content/taxonomy.yaml", "utf8"),
  "content/taxonomy.yaml",
);
const render = (text: string) => {
  const note = buildNote(
    {
      slug: "k" as NoteSlug,
      displayPath: "content/notes/k.md",
      place: notePath("notes/k.md"),
      text,
      repair: null,
      hash: "h",
    },
    taxonomy,
    new Reporter("content/notes/k.md"),
  )!;
  return renderNoteHtml(note, {
    markdown: note.overview,
    firstLine: note.overviewLine,
    offset: note.overviewOffset,
    chapter: null,
  });
};
/** Class of each line of the first code block. */
const lineClasses = (html: string) =>
  [...html.matchAll(/<span class="(line[^"]*)">/g)].map((m) => m[1]);

describe("parseCodeLines", () => {
  it.each([
    [null, { highlight: null, lineNumbers: null }],
    ["{3-5}", { highlight: "3-5", lineNumbers: null }],
    ["{1,3}", { highlight: "1,3", lineNumbers: null }],
    ['title="app.ts" {1, 4-6}', { highlight: "1,4-6", lineNumbers: null }],
    ["showLineNumbers", { highlight: null, lineNumbers: 1 }],
    ["{2} showLineNumbers{10}", { highlight: "2", lineNumbers: 10 }],
    ["showLineNumbers {2}", { highlight: "2", lineNumbers: 1 }],
    ["{5-3} {0} {1-999999999}", { highlight: null, lineNumbers: null }],
    ["showLineNumbersX", { highlight: null, lineNumbers: null }],
  ])("%j", (meta, expected) => {
    expect(parseCodeLines(meta)).toEqual(expected);
  });

  it("clamps highlighted lines to the code", () => {
    expect(clampHighlight("3-9,12", 5)).toBe("3-5");
    expect(clampHighlight("7", 5)).toBeNull();
  });
});

describe("code blocks with line options", () => {
  it("highlights lines of a Qiita fence and keeps its file name", async () => {
    const html = await render(
      "```yaml:deployment.yaml {2}\nkind: Deployment\nmetadata:\n  name: demo\n```\n",
    );
    expect(html).toContain(
      '<span class="code-file">deployment.yaml</span><span class="code-lang">yaml</span>',
    );
    expect(lineClasses(html)).toEqual(["line", "line highlighted", "line"]);
  });

  it("numbers lines from the given start", async () => {
    const html = await render("```ts showLineNumbers{10} {1}\nconst a = 1;\nconst b = 2;\n```\n");
    expect(html).toMatch(
      /<pre class="shiki[^"]*" style="[^"]*;--line-start:9"[^>]* data-line-numbers=""/,
    );
    expect(lineClasses(html)).toEqual(["line highlighted", "line"]);
  });

  it("leaves a plain fence as it was", async () => {
    const html = await render("```yaml:deployment.yaml\nkind: Deployment\n```\n");
    expect(html).not.toContain("data-line-numbers");
    expect(lineClasses(html)).toEqual(["line"]);
  });

  it("does not let raw HTML set line options", async () => {
    const html = await render('<pre><code data-lines="1" data-line-numbers="x">a</code></pre>\n');
    expect(html).not.toContain("data-line-numbers");
  });
});
