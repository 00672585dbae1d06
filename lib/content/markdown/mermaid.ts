import { createHash } from "node:crypto";
import { writeAtomic } from "@/lib/write-atomic";
import { existsSync, promises as fs, readFileSync } from "node:fs";
import path from "node:path";
import type { Element, Root as HastRoot } from "hast";
import { toString as hastToString } from "hast-util-to-string";
import type { MermaidConfig } from "mermaid";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { eachNode, parseMarkdown } from "../markdown";
import type { Diagnostic, Note } from "../types";
import { sanitizeSvg } from "./svg";

/**
 * Mermaid diagrams (` ```mermaid `) drawn at build time, so pages carry SVG and no Mermaid script.
 *
 * - prebuild (scripts/prebuild.ts) collects every diagram of every note, draws the ones not in the
 *   cache in one batch with mermaid-isomorphic (one headless Chromium, two pages: the light and the
 *   dark theme) and stores each result by a hash of its source in `<generated>/_diagrams/`, errors
 *   included, so a rebuild draws only new diagrams. A diagram that cannot be drawn, or a build
 *   without Chromium, is a diagnostic; the page shows the diagram's source as code.
 * - the renderer (rehypeMermaid) puts the stored SVG in place of the code block, after the note's
 *   sanitiser: the SVG is the output of our own renderer, but its labels are the note's text, so it
 *   goes through its own strict SVG sanitiser (./svg.ts) with ids unique on the page.
 */

/** Folder under the generated folder that holds drawn diagrams. */
export const DIAGRAM_DIR = "_diagrams";

const MERMAID_CONFIG: MermaidConfig = {
  securityLevel: "strict",
  // Labels as SVG text, not HTML in <foreignObject> (which the SVG sanitiser removes).
  htmlLabels: false,
  flowchart: { htmlLabels: false },
  fontFamily:
    'ui-sans-serif, system-ui, "Segoe UI", Roboto, Arial, "Noto Sans CJK JP", "Hiragino Sans", sans-serif',
};
const THEMES = { light: "default", dark: "dark" } as const;

/** Changes when the drawing changes: Mermaid's version and our settings (stored with each diagram). */
function renderVersion(): string {
  let mermaid = "unknown";
  try {
    mermaid = (
      JSON.parse(
        readFileSync(path.join(process.cwd(), "node_modules/mermaid/package.json"), "utf8"),
      ) as { version: string }
    ).version;
  } catch {
    // not installed where we look: the settings alone
  }
  return `mermaid ${mermaid}, svg 1`;
}

/** The cache key of a diagram: a hash of its source and the settings it is drawn with. */
export function diagramKey(source: string): string {
  return createHash("sha256")
    .update(JSON.stringify([MERMAID_CONFIG, THEMES]))
    .update("\0")
    .update(source)
    .digest("hex")
    .slice(0, 20);
}

/** A drawn diagram as stored: both themes' SVG, or why it could not be drawn. */
export type StoredDiagram = (
  { ok: true; light: string; dark: string } | { ok: false; error: string }
) & {
  /** What drew it (renderVersion): a diagram drawn by another Mermaid is drawn again. */
  version: string;
};

/** A diagram in a note: its source, key and where it is (for diagnostics). */
export interface DiagramRef {
  key: string;
  source: string;
  file: string;
  /** File line of the opening fence. */
  line: number;
}

const isMermaid = (lang: string | null | undefined) =>
  (lang ?? "").split(":")[0]!.toLowerCase() === "mermaid";
const MAYBE = /^[ \t>*+\-\d.)]*(?:`{3,}|~{3,})[ \t]*mermaid/im;

/** Every Mermaid code block of the notes, in order. */
export function collectDiagrams(notes: readonly Note[]): DiagramRef[] {
  const out: DiagramRef[] = [];
  for (const note of notes) {
    const parts = [
      { markdown: note.overview, firstLine: note.overviewLine },
      ...note.chapters.map((c) => ({ markdown: c.markdown, firstLine: c.lines[0] })),
    ];
    for (const { markdown, firstLine } of parts) {
      if (!MAYBE.test(markdown)) continue;
      eachNode(parseMarkdown(markdown), "code", (code) => {
        if (!isMermaid(code.lang)) return;
        out.push({
          key: diagramKey(code.value),
          source: code.value,
          file: note.file,
          line: (code.position?.start.line ?? 1) + firstLine - 1,
        });
      });
    }
  }
  return out;
}

/** Draws diagrams: returns one result per source, in order (as mermaid-isomorphic's renderer). */
export type DrawDiagrams = (
  sources: string[],
  theme: "default" | "dark",
) => Promise<PromiseSettledResult<{ svg: string }>[]>;

/** A DrawDiagrams on mermaid-isomorphic and a Chromium at `executablePath`. */
export async function chromiumDrawer(
  executablePath: string,
  args: readonly string[],
): Promise<DrawDiagrams> {
  const { createMermaidRenderer } = await import("mermaid-isomorphic");
  const render = createMermaidRenderer({ launchOptions: { executablePath, args: [...args] } });
  return (sources, theme) => {
    const mermaidConfig: MermaidConfig = { ...MERMAID_CONFIG, theme };
    return render(sources, { prefix: `shiori-${theme}`, mermaidConfig });
  };
}

export interface RenderDiagramsOptions {
  generatedDir: string;
  diagrams: readonly DiagramRef[];
  /** How to draw; null when no browser could be found (every new diagram stays code). */
  draw: DrawDiagrams | null;
  /** Why there is no drawer, for the diagnostic. */
  noDrawReason?: string;
  /** Longest a batch may take before it is given up (ms). */
  timeout?: number;
}

/** The first line of Mermaid's error and what it expected, without the source excerpt. */
function errorSummary(message: string): { text: string; line: number | null } {
  const lines = message
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const at = /on line (\d+)/.exec(lines[0] ?? "");
  const expecting = lines.find((l) => l.startsWith("Expecting"));
  const text = [lines[0], expecting].filter(Boolean).join(" ").replace(/\s+/g, " ").slice(0, 300);
  return { text: text || "unknown error", line: at ? Number(at[1]) : null };
}

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`drawing took longer than ${Math.round(ms / 1000)} s`)),
      ms,
    );
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });

/**
 * Draws the diagrams not yet in `<generated>/_diagrams/` (one batch per theme), stores every
 * result, removes stored diagrams no note has any more, and reports the ones that are shown as code.
 */
export async function renderDiagrams(
  options: RenderDiagramsOptions,
): Promise<{ drawn: number; cached: number; diagnostics: Diagnostic[] }> {
  const dir = path.join(options.generatedDir, DIAGRAM_DIR);
  const unique = new Map<string, string>();
  for (const d of options.diagrams) unique.set(d.key, d.source);
  const stored = new Map<string, StoredDiagram>();
  const missing: string[] = [];
  const version = renderVersion();
  for (const key of unique.keys()) {
    const found = await readStored(dir, key);
    if (found?.version === version) stored.set(key, found);
    else missing.push(key);
  }
  const diagnostics: Diagnostic[] = [];
  let failure: string | null = null;
  if (missing.length && !options.draw) failure = options.noDrawReason ?? "no browser to draw them";
  if (missing.length && options.draw) {
    const sources = missing.map((k) => unique.get(k)!);
    try {
      const [light, dark] = await withTimeout(
        Promise.all([options.draw(sources, THEMES.light), options.draw(sources, THEMES.dark)]),
        options.timeout ?? 180_000,
      );
      await fs.mkdir(dir, { recursive: true });
      for (let i = 0; i < missing.length; i++) {
        const l = light[i];
        const d = dark[i];
        const result: StoredDiagram =
          l?.status === "fulfilled" && d?.status === "fulfilled"
            ? { ok: true, light: l.value.svg, dark: d.value.svg, version }
            : {
                ok: false,
                error: String(
                  (
                    (l?.status === "rejected"
                      ? l.reason
                      : d?.status === "rejected"
                        ? d.reason
                        : null) as Error | null
                  )?.message ?? "no result",
                ),
                version,
              };
        stored.set(missing[i]!, result);
        const file = path.join(dir, `${missing[i]}.json`);
        await writeAtomic(file, JSON.stringify(result));
      }
    } catch (error) {
      failure = `drawing failed (${(error as Error).message.split("\n")[0]})`;
    }
  }
  for (const ref of options.diagrams) {
    const result = stored.get(ref.key);
    if (!result) {
      diagnostics.push({
        file: ref.file,
        line: ref.line,
        severity: "warning",
        code: "mermaid/not-drawn",
        message: `this Mermaid diagram is shown as code: ${failure}. Install Chromium (Debian: apt-get install -y chromium) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE, then build again.`,
      });
    } else if (!result.ok) {
      const { text, line } = errorSummary(result.error);
      diagnostics.push({
        file: ref.file,
        line: line === null ? ref.line : ref.line + line,
        severity: "warning",
        code: "mermaid/invalid",
        message: `this Mermaid diagram cannot be drawn (${text}); it is shown as code. Fix the diagram's syntax (mermaid.js.org/syntax lists each diagram type).`,
      });
    }
  }
  // Diagrams no note has any more.
  if (existsSync(dir)) {
    for (const name of await fs.readdir(dir)) {
      if (!unique.has(name.replace(/\.json$/, "")))
        await fs.rm(path.join(dir, name), { force: true });
    }
  }
  return {
    drawn: missing.length - (failure ? missing.length : 0),
    cached: unique.size - missing.length,
    diagnostics,
  };
}

async function readStored(dir: string, key: string): Promise<StoredDiagram | null> {
  try {
    return JSON.parse(await fs.readFile(path.join(dir, `${key}.json`), "utf8")) as StoredDiagram;
  } catch {
    return null;
  }
}

/** Reads stored diagrams from a generated folder (once per key and process). */
export function diagramStore(generatedDir: string): (key: string) => StoredDiagram | null {
  const seen = new Map<string, StoredDiagram | null>();
  return (key) => {
    if (!seen.has(key)) {
      let found: StoredDiagram | null = null;
      try {
        found = JSON.parse(
          readFileSync(path.join(generatedDir, DIAGRAM_DIR, `${key}.json`), "utf8"),
        ) as StoredDiagram;
      } catch {
        found = null;
      }
      // A missing diagram may be drawn by a later build: only what was found is kept.
      if (found) seen.set(key, found);
      else return null;
    }
    return seen.get(key) ?? null;
  };
}

const isElement = (n: unknown, tag: string): n is Element =>
  typeof n === "object" &&
  n !== null &&
  (n as Element).type === "element" &&
  (n as Element).tagName === tag;

export interface MermaidOptions {
  lookup: (key: string) => StoredDiagram | null;
}

/**
 * rehype: a ` ```mermaid ` block whose diagram was drawn becomes a figure with the light and the
 * dark SVG (CSS shows the one for the page's theme); one that was not stays a code block.
 */
export const rehypeMermaid: Plugin<[MermaidOptions], HastRoot> =
  ({ lookup }) =>
  (tree) => {
    const used = new Map<string, number>();
    visit(tree, "element", (pre, index, parent) => {
      const code = pre.children[0];
      if (pre.tagName !== "pre" || !isElement(code, "code") || !parent || index === undefined)
        return undefined;
      const classes = Array.isArray(code.properties.className)
        ? code.properties.className.map(String)
        : [];
      if (!classes.includes("language-mermaid")) return undefined;
      const key = diagramKey(hastToString(code).replace(/\n$/, ""));
      const stored = lookup(key);
      if (!stored?.ok) return "skip";
      const n = used.get(key) ?? 0;
      used.set(key, n + 1);
      const id = `mermaid-${key.slice(0, 12)}${n ? `-${n}` : ""}`;
      const light = sanitizeSvg(stored.light, `${id}-light`);
      const dark = sanitizeSvg(stored.dark, `${id}-dark`);
      if (!light || !dark) return "skip";
      const figure: Element = {
        type: "element",
        tagName: "figure",
        properties: { className: ["mermaid-diagram"], dataDiagram: "mermaid" },
        children: [
          {
            type: "element",
            tagName: "div",
            properties: { className: ["mermaid-light"] },
            children: [light],
          },
          {
            type: "element",
            tagName: "div",
            properties: { className: ["mermaid-dark"] },
            children: [dark],
          },
        ],
      };
      parent.children.splice(index, 1, figure);
      return "skip";
    });
  };
