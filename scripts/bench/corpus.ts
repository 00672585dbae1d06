/**
 * Builds a benchmark corpus of N study notes by recombining sections (split at headings) of the
 * Markdown in the shared corpora (`../shared/corpora`: ja-k8s-demo, zh-k8s-handbook with its `en/`
 * English part, ko-react-docs). Deterministic: the same options always give the same bytes.
 *
 * Every note has YAML frontmatter (title, date, tags), mixes languages (mostly one, sometimes a
 * section in another), carries `- [ ] : …` task items, and about two in five are built from
 * numbered chapters (`# 1章 …`, `# 2 …`) so the chapter splitter has work to do.
 *
 *   <outDir>/taxonomy.yaml        a copy of content/taxonomy.yaml
 *   <outDir>/notes/<lang>/<nnn>/  notes, 100 per folder
 *
 *   tsx scripts/bench/corpus.ts [notes] [out-dir]   (100 notes into bench/corpus/<notes> by default)
 */
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgv, positiveInt } from "../cli";
import { isMain } from "../is-main";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
/** Where the shared corpora are looked for: SHIORI_CORPORA_DIR, else `../shared/corpora`. */
export const DEFAULT_CORPORA_DIR = path.resolve(
  process.env.SHIORI_CORPORA_DIR ?? path.join(REPO_ROOT, "..", "shared", "corpora"),
);
export const CORPUS_NAMES = ["ja-k8s-demo", "zh-k8s-handbook", "ko-react-docs"] as const;

export type CorpusLang = "ja" | "zh" | "ko" | "en";

export interface CorpusOptions {
  /** How many notes to write. */
  notes: number;
  /** The content folder to create (its `notes/` is replaced). */
  outDir: string;
  /** Seed of the pseudo-random choices; default 1. */
  seed?: number;
  /** The shared corpora; default DEFAULT_CORPORA_DIR. */
  corporaDir?: string;
  /** The taxonomy to copy; default content/taxonomy.yaml of this repository. */
  taxonomyFile?: string;
}

export interface CorpusResult {
  files: number;
  bytes: number;
}

/** Thrown when the shared corpora are not on this machine. */
export class CorporaMissingError extends Error {
  constructor(
    readonly corporaDir: string,
    missing: readonly string[],
  ) {
    super(
      `The benchmark corpora are missing: ${missing.map((m) => path.join(corporaDir, m)).join(", ")} not found. ` +
        `Put ja-k8s-demo, zh-k8s-handbook and ko-react-docs in ${corporaDir} (or set SHIORI_CORPORA_DIR to the folder that holds them).`,
    );
    this.name = "CorporaMissingError";
  }
}

/** The corpora that are missing from `corporaDir` (empty when all are there). */
export function missingCorpora(corporaDir: string = DEFAULT_CORPORA_DIR): string[] {
  return CORPUS_NAMES.filter((name) => !existsSync(path.join(corporaDir, name)));
}

/** mulberry32: a small, fast, seeded PRNG; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Section {
  lang: CorpusLang;
  /** Heading text without `#`s (empty for text before the first heading). */
  heading: string;
  /** The section body (Markdown, without its heading line). */
  body: string;
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/;
const HEADING = /^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$/;
const FENCE = /^[ \t]*(```|~~~)/;

/** Splits a Markdown file into sections at its ATX headings (not inside code fences). */
export function splitSections(text: string, lang: CorpusLang): Section[] {
  const lines = text.replace(/\r\n?/g, "\n").replace(FRONTMATTER, "").split("\n");
  const sections: Section[] = [];
  let heading = "";
  let body: string[] = [];
  let fence: string | null = null;
  const flush = () => {
    const text = body.join("\n").trim();
    if (text.length >= 40) sections.push({ lang, heading, body: text });
  };
  for (const line of lines) {
    const f = FENCE.exec(line);
    if (f) fence = fence === null ? f[1]! : fence === f[1] ? null : fence;
    const h = fence === null && !f ? HEADING.exec(line) : null;
    if (h) {
      flush();
      // `{/*explicit-id*/}` (react.dev) and trailing anchors are not part of the title.
      heading = h[2]!
        .replace(/\{\/\*.*?\*\/\}/g, "")
        .replace(/\{#[^}]*\}/g, "")
        .trim();
      body = [];
    } else body.push(line);
  }
  flush();
  // A section must not contain a fence it does not close (it would swallow the next one).
  return sections.filter((s) => (s.body.match(/^[ \t]*(```|~~~)/gm)?.length ?? 0) % 2 === 0);
}

function langOf(corpus: string, relPath: string): CorpusLang {
  if (corpus.startsWith("ja")) return "ja";
  if (corpus.startsWith("ko")) return "ko";
  return relPath.split(path.sep)[0] === "en" ? "en" : "zh";
}

async function markdownFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await markdownFiles(abs)));
    else if (e.isFile() && e.name.endsWith(".md")) out.push(abs);
  }
  return out;
}

/** Every section of every shared corpus, grouped by language. Throws CorporaMissingError. */
export async function loadSections(
  corporaDir: string = DEFAULT_CORPORA_DIR,
): Promise<Record<CorpusLang, Section[]>> {
  const missing = missingCorpora(corporaDir);
  if (missing.length > 0) throw new CorporaMissingError(corporaDir, missing);
  const byLang: Record<CorpusLang, Section[]> = { ja: [], zh: [], ko: [], en: [] };
  for (const corpus of CORPUS_NAMES) {
    const root = path.join(corporaDir, corpus);
    for (const file of await markdownFiles(root)) {
      const lang = langOf(corpus, path.relative(root, file));
      for (const s of splitSections(await fs.readFile(file, "utf8"), lang)) byLang[lang].push(s);
    }
  }
  for (const lang of Object.keys(byLang) as CorpusLang[]) {
    if (byLang[lang].length === 0)
      throw new Error(`The corpora in ${corporaDir} have no ${lang} sections to recombine.`);
  }
  return byLang;
}

const TAGS = [
  "kubernetes",
  "production",
  "monitoring",
  "security",
  "networking",
  "helm",
  "istio",
  "linkerd",
  "autoscaling",
  "storage",
  "rbac",
  "ci-cd",
  "logging",
  "troubleshooting",
  "react",
  "operations",
];
const CHAPTER_WORDS: Record<CorpusLang, string[]> = {
  ja: ["設計", "運用", "監視", "セキュリティ", "障害対応", "性能", "可用性", "リソース管理"],
  zh: ["架构", "运维", "监控", "安全", "故障排查", "性能", "高可用", "资源管理"],
  ko: ["설계", "운영", "모니터링", "보안", "장애 대응", "성능", "가용성", "리소스 관리"],
  en: [
    "Design",
    "Operations",
    "Monitoring",
    "Security",
    "Troubleshooting",
    "Performance",
    "Availability",
    "Resources",
  ],
};
const TITLE_SUFFIX: Record<CorpusLang, string> = {
  ja: "学習メモ",
  zh: "学习笔记",
  ko: "학습 노트",
  en: "study notes",
};

/** Primary language of note i: ja, zh and ko in turn, every tenth note English. */
function primaryLang(i: number): CorpusLang {
  if (i % 10 === 9) return "en";
  return (["ja", "zh", "ko"] as const)[i % 3]!;
}

/** First sentence-ish line of a body that reads as prose (for titles and task items). */
function firstProse(body: string, max = 60): string | null {
  for (const raw of body.split("\n")) {
    const line = raw
      .replace(/^[\s>*\-+\d.]+/, "")
      .replace(/[`*_[\]<>{}|#]/g, "")
      .replace(/\(https?:[^)]*\)/g, "")
      .trim();
    if (line.length >= 8 && !/^(https?:|import |export |const |\$ )/.test(line))
      return line.slice(0, max);
  }
  return null;
}

function demote(body: string, by: number): string {
  let fence = false;
  return body
    .split("\n")
    .map((line) => {
      if (FENCE.test(line)) fence = !fence;
      if (fence) return line;
      const h = /^(#{1,6})([ \t].*)$/.exec(line);
      return h ? "#".repeat(Math.min(6, h[1]!.length + by)) + h[2] : line;
    })
    .join("\n");
}

/** Renders note number `i` (0-based) from the section pool. */
export function composeNote(
  i: number,
  pool: Record<CorpusLang, Section[]>,
  random: () => number,
): string {
  const lang = primaryLang(i);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sectionFor = (): Section => {
    const other = random() < 0.15;
    const l: CorpusLang = other
      ? pick((["ja", "zh", "ko", "en"] as const).filter((x) => x !== lang))
      : lang;
    return pick(pool[l]);
  };
  const first = sectionFor();
  const topic = (first.heading || firstProse(first.body, 30) || "Kubernetes").slice(0, 40);
  const title = `${topic} ${TITLE_SUFFIX[lang]} #${i + 1}`;
  const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(random() * 6 * 365) * 86_400_000);
  const tags = [
    ...new Set([pick(TAGS), pick(TAGS), pick(TAGS)].slice(0, 1 + Math.floor(random() * 3))),
  ];
  const out: string[] = [
    "---",
    `title: ${JSON.stringify(title)}`,
    `date: ${day.toISOString().slice(0, 10)}`,
    `tags: [${tags.join(", ")}]`,
    "---",
    "",
  ];
  const tasks = (s: Section) => {
    const lines: string[] = [];
    const n = Math.floor(random() * 4);
    for (let k = 0; k < n; k++) {
      const text = firstProse(pick(pool[s.lang]).body) ?? s.heading;
      lines.push(`- [${random() < 0.2 ? "x" : " "}] : ${text}`);
    }
    return lines.length > 0 ? `\n${lines.join("\n")}\n` : "";
  };
  const section = (s: Section, depth: number) =>
    `${"#".repeat(depth)} ${s.heading || firstProse(s.body, 30) || "Notes"}\n\n${demote(s.body, depth)}\n${tasks(s)}`;

  if (random() < 0.4) {
    // Numbered chapters: `# 1章 …` (ja), `# 1 …` otherwise; two to five of them.
    const chapters = 2 + Math.floor(random() * 4);
    out.push(`${first.body.split("\n\n")[0]!.slice(0, 400)}\n`);
    for (let c = 1; c <= chapters; c++) {
      const word = pick(CHAPTER_WORDS[lang]);
      out.push(lang === "ja" ? `# ${c}章 ${word}\n` : `# ${c} ${word}\n`);
      const per = 1 + Math.floor(random() * 3);
      for (let k = 0; k < per; k++) out.push(section(sectionFor(), 2));
    }
  } else {
    out.push(`# ${title}\n`, section(first, 2));
    const more = 1 + Math.floor(random() * 6);
    for (let k = 0; k < more; k++) out.push(section(sectionFor(), 2));
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n") + "\n";
}

/** File path of note i inside `notes/`: `<lang>/<hundreds>/n<i>.md`. */
export function notePath(i: number): string {
  const n = String(i + 1).padStart(5, "0");
  return path.join(primaryLang(i), String(Math.floor(i / 100)).padStart(3, "0"), `n${n}.md`);
}

/**
 * Writes `notes` notes into `<outDir>/notes/` (replacing what was there) and copies the taxonomy
 * to `<outDir>/taxonomy.yaml`. Throws CorporaMissingError when the shared corpora are absent.
 */
export async function makeCorpus(options: CorpusOptions): Promise<CorpusResult> {
  if (!Number.isInteger(options.notes) || options.notes < 1) {
    throw new Error(`makeCorpus: notes must be a positive whole number, got ${options.notes}.`);
  }
  const pool = await loadSections(options.corporaDir ?? DEFAULT_CORPORA_DIR);
  const random = seededRandom(options.seed ?? 1);
  const notesDir = path.join(options.outDir, "notes");
  await fs.rm(notesDir, { recursive: true, force: true });
  await fs.mkdir(notesDir, { recursive: true });
  await fs.copyFile(
    options.taxonomyFile ?? path.join(REPO_ROOT, "content", "taxonomy.yaml"),
    path.join(options.outDir, "taxonomy.yaml"),
  );
  let bytes = 0;
  const made = new Set<string>();
  for (let i = 0; i < options.notes; i++) {
    const rel = notePath(i);
    const dir = path.dirname(path.join(notesDir, rel));
    if (!made.has(dir)) {
      await fs.mkdir(dir, { recursive: true });
      made.add(dir);
    }
    const text = composeNote(i, pool, random);
    const data = Buffer.from(text, "utf8");
    bytes += data.length;
    await fs.writeFile(path.join(notesDir, rel), data);
  }
  return { files: options.notes, bytes };
}

if (isMain(import.meta.url)) {
  const { positionals } = parseArgv({
    command: "bench/corpus.ts",
    usage: `Usage: tsx scripts/bench/corpus.ts [notes] [out-dir]
Writes a corpus of <notes> notes (default 100) to <out-dir> (default bench/corpus/<notes>).`,
    positionals: [{ name: "notes", default: "100", parse: positiveInt }, { name: "out-dir" }],
  });
  const [notes, out] = positionals;
  const outDir = path.resolve(out ?? path.join("bench", "corpus", String(notes)));
  makeCorpus({ notes, outDir }).then(
    (r) =>
      console.log(
        `bench: wrote ${r.files} notes (${(r.bytes / 1e6).toFixed(1)} MB) to ${path.relative(process.cwd(), outDir)}/`,
      ),
    (error: unknown) => {
      console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
