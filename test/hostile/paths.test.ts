/**
 * Hostile paths: `..`, spaces, CJK, emoji and 250-byte names, colliding slugs, symbolic-link loops,
 * links out of the content folder, a FIFO. Nothing outside the content folder is ever read.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline, slugFromPath } from "@/lib/content/pipeline";
import { LONG_NAME, OUTSIDE_MARKER } from "./generate";
import { type CheckedCorpus, checkCorpus, under } from "./helpers";

let corpus: CheckedCorpus;
beforeAll(async () => {
  corpus = await checkCorpus(under("paths"));
});
afterAll(() => corpus.dispose());

const file = (name: string) => `notes/paths/${name}`;

describe("hostile paths", () => {
  it("gives every file name a stable ASCII URL, in every script", () => {
    const slugs = Object.fromEntries(
      corpus.model.notes.map((n) => [n.file.replace("content/notes/paths/", ""), n.slug]),
    );
    expect(slugs).toEqual({
      "inside-alias.md": "paths/inside-alias",
      "my note with spaces.md": "paths/my-note-with-spaces",
      "slug collide.md": "paths/slug-collide",
      "slug-collide.md": "paths/slug-collide-fjnvdtid",
      "sub/slug-collide.md": "paths/sub/slug-collide",
      "traversal-links.md": "paths/traversal-links",
      "version..2..md": "paths/version2",
      [LONG_NAME]: "paths/xxxxxxxx-i81y4uup",
      "中文文件名.md": "paths/note-elo56gji",
      "日本語のファイル名.md": "paths/note-egq38bu1",
      "한국어 파일 이름.md": "paths/note-9n4klwwk",
      "🚀 launch checklist 🎉.md": "paths/launch-checklist",
    });
  });

  it("keeps the ASCII part of a name, hashes the rest, and keeps slugs short", () => {
    expect(
      ["k8s 入門", "Café", "x".repeat(200), "!!!", "__next_f"].map((n) =>
        slugFromPath(`content/notes/${n}.md`),
      ),
    ).toEqual([
      "k8s-yih6dejj",
      "caf-c0c9zbk3",
      `${"x".repeat(80)}-qidcpjib`,
      "note-6extjnxi",
      "__next_f",
    ]);
    // The hash is of the name, so moving a note to another folder keeps its URL.
    expect(slugFromPath("content/notes/a/日本語.md")).toBe(
      slugFromPath("content/notes/b/日本語.md"),
    );
    // macOS writes names decomposed; the URL is the same as for the composed name.
    expect(slugFromPath("content/notes/か\u3099ようひ\u3099.md")).toBe(
      slugFromPath("content/notes/がようび.md"),
    );
  });

  it("reports two files with one URL as an error naming both, and says where the other went", () => {
    expect(corpus.diagnostics(file("slug-collide.md"))).toEqual([
      " error note/url-clash: this file and content/notes/paths/slug collide.md both have the URL /notes/paths/slug-collide; content/notes/paths/slug collide.md keeps it (its path sorts first) and this one is published at /notes/paths/slug-collide-fjnvdtid. Rename or remove one of the two files.",
    ]);
    // The same name in another folder is another URL: no clash.
    expect(corpus.diagnostics(file("sub/slug-collide.md"))).toEqual([]);
  });

  it.each([
    [
      "loop",
      "load/link-loop: this symbolic link leads back to a folder that was already read (a loop); it is skipped.",
    ],
    [
      "loop-a.md",
      "load/broken-link: this symbolic link points nowhere (or into a loop); it is skipped. Remove it or point it at a note inside the content folder.",
    ],
    [
      "dangling.md",
      "load/broken-link: this symbolic link points nowhere (or into a loop); it is skipped. Remove it or point it at a note inside the content folder.",
    ],
    [
      "outside-file.md",
      "load/link-outside: this symbolic link points outside the content folder; Shiori never reads outside it, so it is skipped. Copy the note into the content folder instead.",
    ],
    [
      "outside-dir",
      "load/link-outside: this symbolic link points outside the content folder; Shiori never reads outside it, so it is skipped. Copy the note into the content folder instead.",
    ],
    [
      "absolute-outside.md",
      "load/link-outside: this symbolic link points outside the content folder; Shiori never reads outside it, so it is skipped. Copy the note into the content folder instead.",
    ],
  ])("skips the symbolic link %s with one warning", (name, message) => {
    expect(corpus.diagnostics(file(name))).toEqual([` warning ${message}`]);
  });

  it("never reads a file outside the content folder", () => {
    expect(JSON.stringify(corpus.model)).not.toContain(OUTSIDE_MARKER);
    expect(corpus.model.notes.some((n) => n.file.includes("outside"))).toBe(false);
  });

  it("skips a FIFO named like a note instead of blocking on it", () => {
    expect(corpus.fifo).toBe(true);
    expect(corpus.diagnostics(file("fifo.md"))).toEqual([
      " warning load/not-a-file: this is not a regular file (a pipe, socket or device); it is skipped. Replace it with a plain text file.",
    ]);
  });

  it("never follows ../ links out of the content folder and removes file: links", () => {
    expect(corpus.diagnostics(file("traversal-links.md"))).toEqual([
      ':7 warning link/unsafe-url: the link target "file:///etc/passwd" is removed when the page is built: only http, https, irc, ircs, mailto, xmpp and relative links are kept. Use an https:// address.',
      ':7 warning link/outside: the link "../../../../../etc/passwd" points outside the content folder; Shiori never reads outside it, so it is shown as text. Copy the file into the content folder and link to it there.',
      ':7 warning asset/outside: the image "../../../outside/secret.png" points outside the content folder; Shiori never reads outside it, so it is shown as text. Copy the file into the content folder and link to it there.',
    ]);
  });

  it("refuses a taxonomy.yaml that links out of the content folder", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "shiori-taxonomy-link-"));
    try {
      await fs.mkdir(path.join(dir, "content"));
      await fs.writeFile(path.join(dir, "secret.yaml"), `areas: [${OUTSIDE_MARKER}\n`);
      await fs.symlink("../secret.yaml", path.join(dir, "content", "taxonomy.yaml"));
      await expect(
        runPipeline({ contentDir: path.join(dir, "content") }),
      ).rejects.toThrowErrorMatchingInlineSnapshot(
        `[TaxonomyError: content/taxonomy.yaml is a symbolic link to a file outside the content folder, and Shiori never reads outside it. Copy the file into the content folder.]`,
      );
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
