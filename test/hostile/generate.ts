/**
 * Writes the hostile corpus into a folder: the committed notes of test/fixtures/hostile plus the
 * cases that are too big, too binary or too unportable to commit (10 MB note, 50,000 list items,
 * 1,000-deep nesting, a 100 KB line, a PNG, symbolic links, a FIFO, a 250-byte file name).
 *
 *   <target>/content/   the content folder to check or build (notes/ and, optionally, taxonomy.yaml)
 *   <target>/outside/   files outside the content folder that symbolic links point at; their text
 *                       holds OUTSIDE_MARKER, which must never show up in anything Shiori produces
 *
 * `npx tsx test/hostile/generate.ts <target>` does the same from the command line.
 */
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { isMain } from "../../scripts/is-main";

export const FIXTURE_DIR = path.resolve("test/fixtures/hostile");
/** Text planted outside the content folder; finding it in any output means Shiori read outside. */
export const OUTSIDE_MARKER = "SHIORI-OUTSIDE-SECRET-7f3a";

export interface GeneratedCase {
  /** Path relative to the content folder, with `/`. */
  file: string;
  /** What the case tests (the committed notes say it in a comment; these cannot all hold one). */
  tests: string;
}

export interface HostileCorpus {
  contentDir: string;
  outsideDir: string;
  generated: GeneratedCase[];
  /** True when a FIFO could be made (needs `mkfifo`). */
  fifo: boolean;
}

export interface GenerateOptions {
  /** Copy content/taxonomy.yaml into the corpus so notes are classified (default true). */
  taxonomy?: boolean;
  /** Only the cases whose path (relative to the content folder, `notes/…`) passes; default all. */
  include?: (file: string) => boolean;
}

const MB = 1024 * 1024;

/** A small real PNG (8×8, one colour): what a renamed screenshot looks like to the loader. */
export function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(8, 0);
  ihdr.writeUInt32BE(8, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(
    Array.from({ length: 8 }, () => Buffer.from([0, ...Array(8).fill([0x33, 0x66, 0x99]).flat()])),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const comment = (text: string) => `<!-- hostile: ${text} -->\n\n`;

const PARAGRAPHS = [
  "本番環境では Pod に requests と limits を必ず設定する。ノードの割り当て可能なリソースを超えるとスケジュールされない。",
  "生产环境中应为每个 Deployment 配置 PodDisruptionBudget，避免节点维护时服务中断。",
  "生產環境中應為每個服務設定存活探針與就緒探針，並監控重啟次數。",
  "프로덕션 환경에서는 네임스페이스마다 ResourceQuota 와 LimitRange 를 설정한다.",
  "Run etcd backups every day and test a restore at least once a quarter; the etcd documentation has the procedure.",
];

/** About `bytes` of mixed-language Markdown split into numbered chapters (a pasted wiki dump). */
export function bigNote(bytes: number, chapters: number): string {
  const perChapter = Math.floor(bytes / chapters);
  const out: string[] = [
    "---\ntitle: 10 MB wiki dump\n---\n\n",
    comment(
      "a 10 MB note (a whole wiki pasted into one file): 100 numbered chapters of mixed-language paragraphs, with a link and a task per chapter. Expect it to be checked and built in bounded time.",
    ),
  ];
  for (let c = 1; c <= chapters; c++) {
    const part: string[] = [`## ${c}章 運用ノート ${c}\n\n`, `- [ ] 第 ${c} 章の確認項目\n\n`];
    let size = part.join("").length;
    for (let p = 0; size < perChapter; p++) {
      // One link per chapter: pages that list every link (categories, /links) are not what this
      // case measures.
      const link = p === 0 ? ` [link ${c}](https://example.com/${c})` : "";
      const text = `${PARAGRAPHS[p % PARAGRAPHS.length]} (${c}.${p})${link}\n\n`;
      part.push(text);
      size += Buffer.byteLength(text);
    }
    out.push(part.join(""));
  }
  return out.join("");
}

function nestedList(depth: number): string {
  const lines: string[] = [];
  for (let i = 0; i < depth; i++) lines.push(`${"  ".repeat(i)}- level ${i + 1} レベル`);
  return lines.join("\n");
}

/** Long names are kept under 255 bytes (the file-system limit) but use most of it. */
export const LONG_NAME = `${"とても長いファイル名".repeat(8)}-${"x".repeat(8)}.md`;

/**
 * Copies the committed corpus to `<target>/content` and adds the generated cases. The target is
 * emptied first.
 */
export async function generateHostileCorpus(
  target: string,
  options: GenerateOptions = {},
): Promise<HostileCorpus> {
  const root = path.resolve(target);
  const contentDir = path.join(root, "content");
  const outsideDir = path.join(root, "outside");
  await fs.rm(root, { recursive: true, force: true });
  await fs.mkdir(outsideDir, { recursive: true });
  const include = options.include ?? (() => true);
  await fs.cp(path.join(FIXTURE_DIR, "notes"), path.join(contentDir, "notes"), {
    recursive: true,
    filter: async (src) =>
      (await fs.stat(src)).isDirectory() ||
      include(path.relative(FIXTURE_DIR, src).split(path.sep).join("/")),
  });
  if (options.taxonomy !== false)
    await fs.copyFile("content/taxonomy.yaml", path.join(contentDir, "taxonomy.yaml"));

  await fs.writeFile(
    path.join(outsideDir, "secret.md"),
    `---\ntitle: ${OUTSIDE_MARKER}\n---\n\n# ${OUTSIDE_MARKER}\n\nThis file is outside the content folder.\n`,
  );
  await fs.mkdir(path.join(outsideDir, "dir"), { recursive: true });
  await fs.writeFile(path.join(outsideDir, "dir", "inner.md"), `# ${OUTSIDE_MARKER}\n`);

  const generated: GeneratedCase[] = [];
  const write = async (file: string, data: string | Uint8Array | (() => string), tests: string) => {
    if (!include(file)) return;
    const abs = path.join(contentDir, file);
    await fs.mkdir(path.dirname(abs), { recursive: true });
    await fs.writeFile(abs, typeof data === "function" ? data() : data);
    generated.push({ file, tests });
  };
  const link = async (file: string, to: string, tests: string) => {
    if (!include(file)) return;
    const abs = path.join(contentDir, file);
    await fs.mkdir(path.dirname(abs), { recursive: true });
    await fs.symlink(to, abs);
    generated.push({ file, tests });
  };

  // frontmatter
  const bigTags = Array.from({ length: 9000 }, (_, i) => `  - tag-${i}`).join("\n");
  await write(
    "notes/frontmatter/huge-frontmatter.md",
    `---\ntitle: Huge frontmatter\ntags:\n${bigTags}\n---\n\n${comment("frontmatter over the 64 KB limit. Expect frontmatter/too-large; the note is built from its text.")}# Huge frontmatter\n\nText.\n`,
    "frontmatter over 64 KB: ignored with frontmatter/too-large",
  );

  // encoding
  await write(
    "notes/encoding/png-renamed.md",
    tinyPng(),
    "a PNG renamed .md: not rendered as text",
  );
  await write(
    "notes/encoding/empty.md",
    "",
    "an empty file: note/empty warning, listed by file name",
  );
  await write(
    "notes/encoding/whitespace-only.md",
    " \n\t\n\u3000\n",
    "only whitespace: note/empty warning",
  );
  await write(
    "notes/encoding/utf16le.md",
    Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`# UTF-16 のノート\n\n${comment("UTF-16LE with a BOM.")}本文。\n`, "utf16le"),
    ]),
    "UTF-16LE with BOM: decoded by the text-fidelity stage",
  );

  // size and shape
  await write(
    "notes/size/huge-10mb.md",
    () => bigNote(10 * MB, 100),
    "a 10 MB note with 100 chapters",
  );
  await write(
    "notes/size/list-50000.md",
    () =>
      `---\ntitle: 50,000 list items\n---\n\n${comment("one list with 50,000 items. Expect it to be checked and built in bounded time.")}# 50,000 items\n\n${Array.from({ length: 50_000 }, (_, i) => `- item ${i + 1} 項目 项目 항목`).join("\n")}\n`,
    "one list of 50,000 items",
  );
  await write(
    "notes/size/nested-list-1000.md",
    `---\ntitle: Lists nested 1,000 deep\n---\n\n${comment("lists nested 1,000 levels deep. Expect markdown/too-deep and the text shown safely.")}${nestedList(1000)}\n`,
    "lists nested 1,000 deep",
  );
  await write(
    "notes/size/nested-quote-1000.md",
    `---\ntitle: Blockquotes nested 1,000 deep\n---\n\n${comment("blockquotes nested 1,000 levels deep. Expect markdown/too-deep and the text shown safely.")}${"> ".repeat(1000)}引用の奥底\n`,
    "blockquotes nested 1,000 deep",
  );
  await write(
    "notes/size/nested-mixed-1000.md",
    `---\ntitle: Quotes and lists nested 1,000 deep\n---\n\n${comment("blockquotes and list items alternating 1,000 levels deep on one line. Expect markdown/too-deep.")}${"> - ".repeat(500)}底\n`,
    "blockquotes and lists alternating 1,000 deep",
  );
  await write(
    "notes/size/nested-html-1000.md",
    `---\ntitle: HTML nested 1,000 deep\n---\n\n${comment("raw <div> elements nested 1,000 deep (parse5, hast and the sanitiser recurse). Expect the page to build.")}<div>${"<div>".repeat(999)}deep${"</div>".repeat(1000)}\n`,
    "raw HTML nested 1,000 deep",
  );
  const cjkRun = "コンテナのリソース制限を設定する".repeat(2200);
  await write(
    "notes/size/long-line-100kb.md",
    `---\ntitle: A 100 KB line\n---\n\n${comment("a single 100 KB line without spaces, and a 100 KB line of code. Expect the page to wrap it and build.")}${cjkRun.slice(0, 34_000)}\n\n\`\`\`\n${"x".repeat(100 * 1024)}\n\`\`\`\n`,
    "a single 100 KB line",
  );
  await write(
    "notes/size/long-heading-5000.md",
    `---\nlang: ja\n---\n\n${comment("a heading 5,000 characters long, used as the title. Expect a 5,000-character id at most and a page whose header still fits.")}# ${"見出しがとても長い".repeat(300)} ${"averyveryverylongwordwithoutanyspaces".repeat(62)}\n\nText.\n`,
    "a heading 5,000 characters long",
  );

  // paths
  await write(
    `notes/paths/${LONG_NAME}`,
    `${comment("a file name of about 250 bytes (CJK). Expect a URL short enough for every file system; no diagnostic.")}Long name.\n`,
    "a ~250-byte file name",
  );
  await link("notes/paths/loop", ".", "a symbolic link to its own folder (a loop): load/link-loop");
  await link(
    "notes/paths/loop-a.md",
    "loop-b.md",
    "two symbolic links pointing at each other: load/broken-link",
  );
  await link(
    "notes/paths/loop-b.md",
    "loop-a.md",
    "two symbolic links pointing at each other: load/broken-link",
  );
  await link(
    "notes/paths/outside-file.md",
    path.relative(path.join(contentDir, "notes", "paths"), path.join(outsideDir, "secret.md")),
    "a symbolic link to a file outside the content folder: load/link-outside",
  );
  await link(
    "notes/paths/outside-dir",
    path.relative(path.join(contentDir, "notes", "paths"), path.join(outsideDir, "dir")),
    "a symbolic link to a folder outside the content folder: load/link-outside",
  );
  await link(
    "notes/paths/absolute-outside.md",
    "/etc/passwd",
    "an absolute symbolic link to /etc/passwd: load/link-outside",
  );
  await link(
    "notes/paths/dangling.md",
    "does-not-exist.md",
    "a symbolic link to nothing: load/broken-link",
  );
  await link(
    "notes/paths/inside-alias.md",
    "my note with spaces.md",
    "a symbolic link to a note inside the folder: read as its own note",
  );

  let fifo = false;
  if (include("notes/paths/fifo.md"))
    try {
      execFileSync("mkfifo", [path.join(contentDir, "notes", "paths", "fifo.md")], {
        stdio: "ignore",
      });
      generated.push({
        file: "notes/paths/fifo.md",
        tests: "a FIFO named .md: never opened (reading it would block forever)",
      });
      fifo = true;
    } catch {
      // no mkfifo on this system: the case is left out
    }
  return { contentDir, outsideDir, generated, fifo };
}

if (isMain(import.meta.url)) {
  const target = process.argv[2];
  if (!target) {
    console.error("usage: npx tsx test/hostile/generate.ts <target-folder>");
    process.exit(2);
  }
  generateHostileCorpus(target).then(
    (c) =>
      console.log(
        `hostile corpus in ${path.relative(process.cwd(), c.contentDir)} (${c.generated.length} generated cases)`,
      ),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
