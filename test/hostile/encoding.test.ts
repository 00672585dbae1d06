/**
 * Hostile bytes: BOM, CRLF, mixed endings, NUL, invalid UTF-8, a PNG named .md, empty files. Each
 * is read or refused with one diagnostic; a file that is not text is never published as a page.
 * (The text-fidelity stage, lib/encoding, owns the wording of text/* diagnostics.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CheckedCorpus, checkCorpus, under } from "./helpers";

let corpus: CheckedCorpus;
beforeAll(async () => {
  corpus = await checkCorpus(under("encoding"));
});
afterAll(() => corpus.dispose());

const file = (name: string) => `notes/encoding/${name}`;

describe("hostile encodings", () => {
  it("strips a BOM before the frontmatter and reads the frontmatter", () => {
    expect(corpus.diagnostics(file("bom.md"))).toEqual([]);
    expect(corpus.note(file("bom.md"))?.title).toBe("BOM で始まるノート");
  });

  it("counts CRLF lines as the file has them", () => {
    expect(corpus.diagnostics(file("crlf.md"))).toEqual([
      ":11 warning anchor/unresolved: the link #nowhere points to no heading in this note. Change it to one of the note's headings (ids are made like GitHub's: lowercase, spaces to -, punctuation removed).",
    ]);
    expect(corpus.note(file("crlf.md"))?.checklist.map((i) => [i.plain, i.line])).toEqual([
      ["用 CRLF 存的检查项", 9],
    ]);
  });

  it("reads mixed line endings and says so once", () => {
    expect(corpus.diagnostics(file("mixed-line-endings.md"))).toEqual([
      " info load/mixed-line-endings: the file mixes line endings (CRLF, CR, LF); they were read as LF. Save it with LF endings to silence this.",
    ]);
    expect(
      corpus.note(file("mixed-line-endings.md"))?.overviewHeadings.map((h) => [h.text, h.line]),
    ).toEqual([["혼합 줄바꿈", 7]]);
  });

  it.each([
    ["nul-bytes.md", "error text/binary"],
    ["invalid-utf8.md", "error text/undecodable"],
    ["png-renamed.md", "error text/binary"],
  ])("never publishes %s, and reports it once", (name, code) => {
    const found = corpus.diagnostics(file(name));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(` ${code}: `);
    expect(corpus.note(file(name))).toBeUndefined();
  });

  it("points at the line of the first invalid UTF-8 byte", () => {
    expect(corpus.diagnostics(file("invalid-utf8.md"))[0]).toMatch(/^:9 error text\/undecodable: /);
  });

  it.each(["empty.md", "whitespace-only.md", "only-frontmatter.md"])(
    "lists %s by its title and warns that it is empty",
    (name) => {
      expect(corpus.diagnostics(file(name))).toEqual([
        " warning note/empty: the note has no text; it is listed with its title only. Write something or delete the file.",
      ]);
      expect(corpus.note(file(name))?.title).toBe(
        {
          "empty.md": "empty",
          "whitespace-only.md": "whitespace-only",
          "only-frontmatter.md": "Only frontmatter",
        }[name],
      );
    },
  );

  it("decodes UTF-16 with a BOM and asks for UTF-8", () => {
    const found = corpus.diagnostics(file("utf16le.md"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^ warning text\/legacy-encoding: file is encoded as UTF-16LE, not UTF-8;/,
    );
    expect(corpus.note(file("utf16le.md"))?.title).toBe("UTF-16 のノート");
  });
});
