import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, findChromium } from "@/scripts/chromium";
import { Reporter } from "../diagnostics";
import { buildNote } from "../note";
import { notePath } from "../paths";
import { renderNoteHtml } from "../render";
import { parseTaxonomy } from "../taxonomy";
import type { Note, NoteSlug } from "../types";
import {
  chromiumDrawer,
  collectDiagrams,
  diagramKey,
  diagramStore,
  renderDiagrams,
  type DrawDiagrams,
} from "./mermaid";

const taxonomy = parseTaxonomy(
  readFileSync("content/taxonomy.yaml", "utf8"),
  "content/taxonomy.yaml",
);
const build = (text: string): Note =>
  buildNote(
    {
      slug: "g" as NoteSlug,
      displayPath: "content/notes/g.md",
      place: notePath("notes/g.md"),
      text,
      repair: null,
      hash: "h",
    },
    taxonomy,
    new Reporter("content/notes/g.md"),
  )!;
const render = (note: Note, generatedDir: string) =>
  renderNoteHtml(note, {
    markdown: note.overview,
    firstLine: note.overviewLine,
    offset: note.overviewOffset,
    chapter: null,
    diagrams: diagramStore(generatedDir),
  });

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "shiori-mermaid-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const NOTE =
  "---\ntitle: 図\n---\n構成:\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\n```mermaid\nflowchart LR\n  A -->\n```\n";

/** A drawer that records what it was asked to draw; `broken` sources fail like Mermaid's parser. */
function fakeDrawer() {
  const calls: string[][] = [];
  const draw: DrawDiagrams = async (sources, theme) => {
    calls.push(sources);
    return sources.map((s) =>
      s.includes("-->\n") || s.endsWith("-->")
        ? {
            status: "rejected" as const,
            reason: new Error(
              "Parse error on line 2:\n...A -->\n------^\nExpecting 'AMP', got 'EOF'",
            ),
          }
        : {
            status: "fulfilled" as const,
            value: { svg: `<svg id="shiori-${theme}-0"><text>${theme}</text></svg>` },
          },
    );
  };
  return { draw, calls };
}

describe("Mermaid diagrams", () => {
  it("collects diagrams with the file line of their fence", () => {
    expect(collectDiagrams([build(NOTE)]).map((d) => [d.file, d.line, d.source])).toEqual([
      ["content/notes/g.md", 6, "flowchart LR\n  A --> B"],
      ["content/notes/g.md", 11, "flowchart LR\n  A -->"],
    ]);
  });

  it("draws each diagram once, caches it by content, and reports one that cannot be drawn", async () => {
    const dir = tempDir();
    const diagrams = collectDiagrams([build(NOTE)]);
    const { draw, calls } = fakeDrawer();
    const first = await renderDiagrams({ generatedDir: dir, diagrams, draw });
    expect(calls).toHaveLength(2); // light and dark, one batch each
    expect(first.drawn).toBe(2);
    expect(first.diagnostics).toEqual([
      {
        file: "content/notes/g.md",
        line: 13,
        severity: "warning",
        code: "mermaid/invalid",
        message:
          "this Mermaid diagram cannot be drawn (Parse error on line 2: Expecting 'AMP', got 'EOF'); it is shown as code. Fix the diagram's syntax (mermaid.js.org/syntax lists each diagram type).",
      },
    ]);
    const second = await renderDiagrams({ generatedDir: dir, diagrams, draw });
    expect(calls).toHaveLength(2);
    expect(second).toEqual({ drawn: 0, cached: 2, diagnostics: first.diagnostics });
    // A diagram no note has any more is removed from the cache.
    await renderDiagrams({ generatedDir: dir, diagrams: diagrams.slice(0, 1), draw });
    expect(readdirSync(path.join(dir, "_diagrams"))).toEqual([`${diagrams[0]!.key}.json`]);
  });

  it("puts the light and dark drawing on the page, with ids unique on the page", async () => {
    const dir = tempDir();
    const note = build(
      "```mermaid\nflowchart LR\n  A --> B\n```\n\n```mermaid\nflowchart LR\n  A --> B\n```\n",
    );
    await renderDiagrams({
      generatedDir: dir,
      diagrams: collectDiagrams([note]),
      draw: fakeDrawer().draw,
    });
    const key = diagramKey("flowchart LR\n  A --> B").slice(0, 12);
    expect(await render(note, dir)).toBe(
      [
        `<figure class="mermaid-diagram" data-diagram="mermaid"><div class="mermaid-light"><svg id="mermaid-${key}-light"><text>default</text></svg></div><div class="mermaid-dark"><svg id="mermaid-${key}-dark"><text>dark</text></svg></div></figure>`,
        `<figure class="mermaid-diagram" data-diagram="mermaid"><div class="mermaid-light"><svg id="mermaid-${key}-1-light"><text>default</text></svg></div><div class="mermaid-dark"><svg id="mermaid-${key}-1-dark"><text>dark</text></svg></div></figure>`,
      ].join("\n"),
    );
  });

  it("shows the source as code when there is no browser, and says how to get one", async () => {
    const dir = tempDir();
    const note = build("```mermaid\nflowchart LR\n  A --> B\n```\n");
    const result = await renderDiagrams({
      generatedDir: dir,
      diagrams: collectDiagrams([note]),
      draw: null,
      noDrawReason: "no Chromium was found to draw it",
    });
    expect(result.diagnostics.map((d) => [d.line, d.code, d.message])).toEqual([
      [
        1,
        "mermaid/not-drawn",
        "this Mermaid diagram is shown as code: no Chromium was found to draw it. Install Chromium (Debian: apt-get install -y chromium) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE, then build again.",
      ],
    ]);
    const html = await render(note, dir);
    expect(html).toContain('<figure class="code-block" data-lang="mermaid">');
    expect(html).not.toContain("<svg");
  });
});

let chromium: string | null = null;
try {
  chromium = findChromium({ install: false });
} catch {
  chromium = null;
}

describe.skipIf(!chromium)("Mermaid in headless Chromium", () => {
  it("draws a diagram as SVG text, and nothing a label or a click can run survives", async () => {
    const dir = tempDir();
    const note = build(
      [
        "```mermaid",
        "flowchart LR",
        '  A["利用者 <img src=x onerror=alert(1)>"] -->|HTTPS| B(Ingress)',
        '  B --> C["<script>alert(2)</script>"]',
        '  click A href "javascript:alert(3)"',
        "  click B call alert(4)",
        "  style B fill:#f9f,stroke:#333,position:fixed",
        "```",
        "",
      ].join("\n"),
    );
    const draw = await chromiumDrawer(chromium!, CHROMIUM_ARGS);
    const result = await renderDiagrams({
      generatedDir: dir,
      diagrams: collectDiagrams([note]),
      draw,
    });
    expect(result.diagnostics).toEqual([]);
    const html = await render(note, dir);
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain("利用者");
    expect(html).toContain("Ingress");
    expect(html).not.toMatch(/<script|<img|<foreignObject|\son\w+=|javascript:|position:\s*fixed/i);
  }, 60_000);
});
