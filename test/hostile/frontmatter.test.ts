/** Hostile frontmatter: each case is reported once, with its line and a fix, and never stops the note. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CheckedCorpus, checkCorpus, under } from "./helpers";

let corpus: CheckedCorpus;
beforeAll(async () => {
  corpus = await checkCorpus(under("frontmatter"));
});
afterAll(() => corpus.dispose());

describe("hostile frontmatter", () => {
  it.each([
    [
      "invalid-yaml.md",
      [
        ':4 warning frontmatter/invalid: the frontmatter is not valid YAML (missed comma between flow collection entries: the [ on this line is never closed); it is ignored and the note is built from its text. Fix the YAML syntax (quote values that contain ": " or start with [ or {).',
      ],
      "YAML が壊れたノート",
    ],
    [
      "unclosed-fence.md",
      [
        ":1 warning frontmatter/unclosed: the file starts with a frontmatter fence (---) that is never closed; the whole file is shown as text. Add a closing --- line after the frontmatter.",
      ],
      "未关闭的围栏",
    ],
    [
      "title-number.md",
      [
        ':3 warning frontmatter/title-type: title is a number (123), not text; used as text. Quote it: title: "123".',
      ],
      "123",
    ],
    [
      "tags-string.md",
      [
        ':4 warning frontmatter/tags-string: tags is one string "a, b"; split at the commas into 2 tags. Write it as a YAML list (tags: [a, b]) to silence this.',
      ],
      "Tags as one string",
    ],
    [
      "date-invalid.md",
      [
        ':4 warning frontmatter/invalid-date: date "2020-13-45" is not a date; kept as text. Write YYYY-MM-DD to sort this note by date.',
      ],
      "日付が不正なノート",
    ],
    [
      "draft-string.md",
      [
        ':4 warning frontmatter/draft-type: draft is "no", not true or false; read as false. Write draft: true or draft: false without quotes.',
      ],
      "Draft as a string",
    ],
    [
      "not-a-mapping.md",
      [
        ':1 warning frontmatter/not-a-mapping: the frontmatter is a list, not key: value pairs; it is ignored. Write one field per line, such as title: "…".',
      ],
      "The title comes from this heading",
    ],
    [
      "huge-frontmatter.md",
      [
        ":1 warning frontmatter/too-large: the frontmatter is 113 KB, over the 64 KB limit; it is ignored. Keep frontmatter to a few fields.",
      ],
      "Huge frontmatter",
    ],
  ])(
    "%s: one diagnostic with its line and fix; the note is still built",
    (file, expected, title) => {
      expect(corpus.diagnostics(`notes/frontmatter/${file}`)).toEqual(expected);
      expect(corpus.note(`notes/frontmatter/${file}`)?.title).toBe(title);
    },
  );

  it("reports every field of the wrong type once, on its own line", () => {
    expect(corpus.diagnostics("notes/frontmatter/wrong-types.md")).toEqual([
      ':3 warning frontmatter/title-type: title is not text; it is ignored and the title comes from the first heading. Write title: "…".',
      ":4 warning frontmatter/invalid-date: date is not text; it is ignored. Write YYYY-MM-DD to sort this note by date.",
      ":5 warning frontmatter/tags-type: tags must be a list of text, not number; it is ignored. Write tags: [a, b].",
      ':6 warning frontmatter/summary-type: summary is not text; it is ignored. Write summary: "…".',
      ':7 warning frontmatter/lang: lang "7" is not a language Shiori knows; the language is detected from the text. Use one of ja, zh-Hant, zh-Hans, ko, en.',
      ':8 warning frontmatter/chapters-type: chapters is "maybe", not true or false; ignored. Write chapters: true or chapters: false without quotes.',
    ]);
    expect(corpus.note("notes/frontmatter/wrong-types.md")?.title).toBe("型が全部違う");
  });

  it("does not expand a YAML alias bomb: one diagnostic per field, nothing copied", () => {
    expect(corpus.diagnostics("notes/frontmatter/yaml-bomb.md")).toEqual([
      ":13 warning frontmatter/tags-item: 10 entries of tags are not text (lists, mappings or empty); they are left out. Write each entry as plain text.",
      ":14 warning frontmatter/categories-item: 10 entries of categories are not text (lists, mappings or empty); they are left out. Write each entry as plain text.",
      ':15 warning frontmatter/summary-type: summary is not text; it is ignored. Write summary: "…".',
    ]);
    const note = corpus.note("notes/frontmatter/yaml-bomb.md");
    expect(note?.tags).toEqual([]);
    expect(note?.categories).toEqual([]);
    expect(JSON.stringify(note).length).toBeLessThan(10_000);
  });

  it("lets no frontmatter key reach Object.prototype", () => {
    expect(corpus.diagnostics("notes/frontmatter/proto-pollution.md")).toEqual([]);
    expect(corpus.note("notes/frontmatter/proto-pollution.md")?.title).toBe("Prototype pollution");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
  });
});
