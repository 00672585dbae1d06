/**
 * `shiori check` over the whole hostile corpus (10 MB note, 50,000 items, 1,000-deep nesting,
 * symbolic-link loops …): it finishes, reports each problem once with its file and line, never
 * reads outside the content folder, and `--strict` turns warnings into a failing exit code.
 * This is the slow test of the suite (the 10 MB note alone is parsed for ~15 s).
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { checkCommand } from "@/bin/commands/check";
import { generateHostileCorpus, OUTSIDE_MARKER, type HostileCorpus } from "./generate";

/** Every file of the corpus → its diagnostics as `line code` (`-` when the problem has no line). */
const EXPECTED: Record<string, string[]> = {
  "notes/anchors/duplicate-headings.md": [],
  "notes/anchors/duplicate-tasks.md": [
    "10 checklist/duplicate-text",
    "16 checklist/duplicate-text",
    "22 checklist/duplicate-text",
  ],
  "notes/anchors/empty-slug-headings.md": [],
  "notes/encoding/bom.md": [],
  "notes/encoding/crlf.md": ["11 anchor/unresolved"],
  "notes/encoding/empty.md": ["- note/empty"],
  "notes/encoding/invalid-utf8.md": ["9 text/undecodable"],
  "notes/encoding/mixed-line-endings.md": ["- load/mixed-line-endings"],
  "notes/encoding/nul-bytes.md": ["- text/binary"],
  "notes/encoding/only-frontmatter.md": ["- note/empty"],
  "notes/encoding/png-renamed.md": ["- text/binary"],
  "notes/encoding/utf16le.md": ["- text/legacy-encoding"],
  "notes/encoding/whitespace-only.md": ["- note/empty"],
  "notes/frontmatter/date-invalid.md": ["4 frontmatter/invalid-date"],
  "notes/frontmatter/draft-string.md": ["4 frontmatter/draft-type"],
  "notes/frontmatter/huge-frontmatter.md": ["1 frontmatter/too-large"],
  "notes/frontmatter/invalid-yaml.md": ["4 frontmatter/invalid"],
  "notes/frontmatter/not-a-mapping.md": ["1 frontmatter/not-a-mapping"],
  "notes/frontmatter/proto-pollution.md": [],
  "notes/frontmatter/tags-string.md": ["4 frontmatter/tags-string"],
  "notes/frontmatter/title-number.md": ["3 frontmatter/title-type"],
  "notes/frontmatter/unclosed-fence.md": ["1 frontmatter/unclosed"],
  "notes/frontmatter/wrong-types.md": [
    "3 frontmatter/title-type",
    "4 frontmatter/invalid-date",
    "5 frontmatter/tags-type",
    "6 frontmatter/summary-type",
    "7 frontmatter/lang",
    "8 frontmatter/chapters-type",
  ],
  "notes/frontmatter/yaml-bomb.md": [
    "13 frontmatter/tags-item",
    "14 frontmatter/categories-item",
    "15 frontmatter/summary-type",
  ],
  "notes/markup/autolinks.md": [
    "9 link/unsafe-url",
    "11 link/unsafe-url",
    "13 link/unsafe-url",
    "17 html/unsafe",
  ],
  "notes/markup/clobbering.md": ["21 html/unsafe"],
  "notes/markup/dangerous-links.md": [
    "9 link/unsafe-url",
    "11 link/unsafe-url",
    "15 link/unsafe-url",
    "17 link/unsafe-url",
    "19 link/unsafe-url",
    "21 link/unsafe-url",
    "25 link/unsafe-url",
    "27 html/unsafe",
    "29 html/unsafe",
    "31 html/unsafe",
    "33 html/unsafe",
    "35 html/unsafe",
  ],
  "notes/markup/entity-links.md": [
    "9 link/unsafe-url",
    "11 link/unsafe-url",
    "13 link/unsafe-url",
    "15 html/unsafe",
    "17 html/unsafe",
    "19 html/unsafe",
    "21 html/unsafe",
    "23 html/unsafe",
    "25 html/unsafe",
  ],
  "notes/markup/iframe.md": [
    "9 html/unsafe",
    "11 html/unsafe",
    "13 html/unsafe",
    "15 html/unsafe",
    "17 html/unsafe",
    "19 html/unsafe",
  ],
  "notes/markup/img-onerror.md": [
    // `<img src=x onerror=…>`: the handler is removed, and there is no image x beside the note.
    "9 html/unsafe",
    "9 asset/missing",
    "11 html/unsafe",
    "11 asset/missing",
    "13 html/unsafe",
    "13 asset/missing",
    "17 html/unsafe",
    "19 html/unsafe",
    "21 html/unsafe",
    "23 html/unsafe",
    "25 html/unsafe",
    "27 html/unsafe",
  ],
  "notes/markup/link-titles.md": [],
  "notes/markup/opener.md": [],
  "notes/markup/script.md": [
    "9 html/unsafe",
    "11 html/unsafe",
    "13 html/unsafe",
    "15 html/unsafe",
    "19 html/unsafe",
    "21 html/unsafe",
  ],
  "notes/markup/style-hides-page.md": [
    "9 html/unsafe",
    "15 html/unsafe",
    "17 html/unsafe",
    "19 html/unsafe",
    "21 html/unsafe",
  ],
  "notes/markup/svg-onload.md": [
    "9 html/unsafe",
    "11 html/unsafe",
    "13 html/unsafe",
    "15 html/unsafe",
    "15 asset/missing",
    "17 html/unsafe",
    "17 asset/missing",
  ],
  "notes/markup/task-hijack.md": [],
  "notes/paths/absolute-outside.md": ["- load/link-outside"],
  "notes/paths/dangling.md": ["- load/broken-link"],
  "notes/paths/fifo.md": ["- load/not-a-file"],
  "notes/paths/inside-alias.md": [],
  "notes/paths/loop": ["- load/link-loop"],
  "notes/paths/loop-a.md": ["- load/broken-link"],
  "notes/paths/loop-b.md": ["- load/broken-link"],
  "notes/paths/my note with spaces.md": [],
  "notes/paths/outside-dir": ["- load/link-outside"],
  "notes/paths/outside-file.md": ["- load/link-outside"],
  "notes/paths/slug collide.md": [],
  "notes/paths/slug-collide.md": ["- note/url-clash"],
  "notes/paths/sub/slug-collide.md": [],
  "notes/paths/traversal-links.md": ["7 link/unsafe-url", "7 link/outside", "7 asset/outside"],
  "notes/paths/version..2..md": [],
  "notes/paths/とても長いファイル名とても長いファイル名とても長いファイル名とても長いファイル名とても長いファイル名とても長いファイル名とても長いファイル名とても長いファイル名-xxxxxxxx.md":
    [],
  "notes/paths/中文文件名.md": [],
  "notes/paths/日本語のファイル名.md": [],
  "notes/paths/한국어 파일 이름.md": [],
  "notes/paths/🚀 launch checklist 🎉.md": [],
  "notes/size/huge-10mb.md": [],
  "notes/size/list-50000.md": [],
  "notes/size/long-heading-5000.md": [],
  "notes/size/long-line-100kb.md": [],
  "notes/size/nested-html-1000.md": [],
  "notes/size/nested-list-1000.md": ["107 markdown/too-deep"],
  "notes/size/nested-mixed-1000.md": ["7 markdown/too-deep"],
  "notes/size/nested-quote-1000.md": ["7 markdown/too-deep"],
};

async function runCheck(args: string[]): Promise<{ code: number; stdout: string }> {
  const out: string[] = [];
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  const log = vi
    .spyOn(console, "log")
    .mockImplementation((...a) => void out.push(`${a.join(" ")}\n`));
  try {
    const code = await checkCommand(args);
    return { code, stdout: out.join("") };
  } finally {
    write.mockRestore();
    log.mockRestore();
  }
}

let target: string;
let corpus: HostileCorpus;
let json: {
  notes: { file: string }[];
  diagnostics: {
    file: string;
    line: number | null;
    severity: string;
    code: string;
    message: string;
  }[];
};
let code: number;
let stdout: string;

beforeAll(async () => {
  target = await fs.mkdtemp(path.join(os.tmpdir(), "shiori-hostile-check-"));
  corpus = await generateHostileCorpus(target);
  ({ code, stdout } = await runCheck([corpus.contentDir, "--json"]));
  json = JSON.parse(stdout);
}, 600_000);
afterAll(() => fs.rm(target, { recursive: true, force: true }));

describe("shiori check on the hostile corpus", () => {
  it("finishes with exit code 0 and one line of JSON", () => {
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
  });

  it("reports each problem once, with its file and line, and nothing else", () => {
    const found: Record<string, string[]> = {};
    for (const n of json.notes) found[n.file.replace(/^content\//, "")] ??= [];
    const environment: string[] = [];
    for (const d of json.diagnostics) {
      if (d.code === "taxonomy/unclassified") continue;
      // Build settings (SHIORI_SITE_URL…) are not files of the corpus; the test environment sets none.
      if (d.file === "(environment)") environment.push(d.code);
      else (found[d.file.replace(/^content\//, "")] ??= []).push(`${d.line ?? "-"} ${d.code}`);
    }
    expect(found).toEqual(EXPECTED);
    expect(environment).toEqual(process.env.SHIORI_SITE_URL ? [] : ["site/no-site-url"]);
  });

  it("accounts for every file of the corpus", async () => {
    const files: string[] = [];
    const walk = async (dir: string) => {
      for (const e of await fs.readdir(dir, { withFileTypes: true })) {
        const abs = path.join(dir, e.name);
        const rel = path.relative(corpus.contentDir, abs).split(path.sep).join("/");
        if (e.isDirectory()) await walk(abs);
        else if (rel !== "taxonomy.yaml") files.push(rel);
      }
    };
    await walk(corpus.contentDir);
    // Symbolic links (to folders too) are entries of their own: readdir does not follow them.
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it("gives every diagnostic a message that says what to do", () => {
    for (const d of json.diagnostics) expect(d.message, `${d.file} ${d.code}`).toMatch(/[.)]$/);
  });

  it("never reads outside the content folder", () => {
    expect(stdout).not.toContain(OUTSIDE_MARKER);
  });

  it("exits 1 with --strict because there are warnings", async () => {
    const dir = path.join(target, "strict", "content", "notes");
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, "info-only.md"), "# Title\n\n- [ ] same\n- [ ] same\n");
    const infoOnly = await runCheck([path.dirname(dir), "--json", "--strict"]);
    expect(
      JSON.parse(infoOnly.stdout)
        .diagnostics.filter((d: { file: string }) => d.file !== "(environment)")
        .map((d: { severity: string }) => d.severity),
    ).toEqual(["info", "info"]);
    expect(infoOnly.code).toBe(0);
    await fs.writeFile(path.join(dir, "warning.md"), "---\ntitle: 123\n---\n");
    expect((await runCheck([path.dirname(dir), "--json", "--strict"])).code).toBe(1);
    expect((await runCheck([path.dirname(dir), "--json"])).code).toBe(0);
  });
});
