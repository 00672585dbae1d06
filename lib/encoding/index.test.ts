import { describe, expect, it } from "vitest";
import { fixTextFidelity } from "./index";
import { isKoModelLoaded } from "./model";
import { simulateMojibake } from "./simulate";
import { CLEAN_CASES, fixtureBytes, fixtureText } from "./testing/fixtures";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("fixTextFidelity on clean UTF-8", () => {
  it.each(CLEAN_CASES)(
    "%s note passes through unchanged without loading the model",
    (_, folder) => {
      const result = fixTextFidelity(fixtureBytes(folder, "input.md"));
      expect(result).toEqual({
        text: fixtureText(folder, "input.md"),
        repair: null,
        diagnostics: [],
        undecodable: false,
      });
      expect(isKoModelLoaded()).toBe(false);
    },
  );

  it("strips a UTF-8 byte-order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("# 見出し")]);
    expect(fixTextFidelity(bytes).text).toBe("# 見出し");
  });

  it("reads an empty file as empty text", () => {
    expect(fixTextFidelity(new Uint8Array())).toMatchObject({ text: "", undecodable: false });
  });
});

describe("fixTextFidelity on mojibake", () => {
  it("repairs the seed 004 excerpt and says what it did and how to fix the file", () => {
    const bytes = fixtureBytes("seed-004-excerpt", "input.md");
    const result = fixTextFidelity(bytes, { file: "content/notes/004.md" });
    expect(result.text).toContain("발표자는 400 prometheus server를 운영! 와우!");
    expect(result.repair).toMatchObject({
      kind: "mojibake",
      encoding: "windows-1254",
      repaired: 65,
      original: fixtureText("seed-004-excerpt", "input.md"),
    });
    const low = result.repair?.lowConfidence ?? [];
    for (const { offset, length } of low) {
      expect(result.text.slice(offset, offset + length)).toMatch(/^[\uac00-\ud7a3]$/u);
    }
    expect(result.diagnostics).toEqual([
      {
        line: 3,
        severity: "info",
        code: "text/mojibake-repaired",
        message:
          "text is UTF-8 that was decoded as Windows-1254 and saved again (222 intact, 65 broken " +
          "multi-byte sequences); repaired for the site: 65 characters reconstructed, " +
          `${low.length} low-confidence (underlined on the page). To fix the file, run ` +
          "`npm run shiori -- repair content/notes/004.md --out fixed.md`, check the " +
          "low-confidence words it lists with --json, and replace the file with fixed.md.",
      },
    ]);
    expect(isKoModelLoaded()).toBe(true);
  });

  it("keeps offsets right in a file with CRLF line endings", () => {
    const damaged = simulateMojibake(
      "첫 줄\r\n둘째 줄의 발표자는\r\n셋째 줄 끝",
      "windows-1254",
    ).text;
    const result = fixTextFidelity(utf8(damaged));
    expect(result.text).toBe("첫 줄\n둘째 줄의 발표자는\n셋째 줄 끝");
  });
});

describe("fixTextFidelity on legacy encodings", () => {
  it("decodes Shift_JIS and warns with the conversion command", () => {
    const result = fixTextFidelity(fixtureBytes("legacy", "shift_jis", "input.bin"), {
      file: "content/notes/sjis.md",
    });
    expect(result.text).toBe(fixtureText("legacy", "shift_jis", "input.utf8.md"));
    expect(result.repair).toMatchObject({ kind: "legacy-encoding", encoding: "shift_jis" });
    expect(result.diagnostics).toEqual([
      {
        line: null,
        severity: "warning",
        code: "text/legacy-encoding",
        message:
          "file is encoded as Shift_JIS, not UTF-8; decoded for the site. Convert it: " +
          "`iconv -f SHIFT_JIS -t UTF-8 content/notes/sjis.md > converted.md` and replace the " +
          "file with converted.md.",
      },
    ]);
  });

  it("decodes UTF-16 with a byte-order mark", () => {
    const text = "# 노트\n本文";
    const body = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      body[i * 2] = text.charCodeAt(i) & 0xff;
      body[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    const result = fixTextFidelity(new Uint8Array([0xff, 0xfe, ...body]));
    expect(result.text).toBe(text);
    expect(result.diagnostics[0]?.code).toBe("text/legacy-encoding");
  });
});

describe("fixTextFidelity on what cannot be read", () => {
  it("refuses a PNG image", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(fixTextFidelity(png, { file: "content/notes/shot.md" })).toEqual({
      text: "",
      repair: null,
      undecodable: true,
      diagnostics: [
        {
          line: null,
          severity: "error",
          code: "text/binary",
          message:
            "file is not text (PNG image); not rendered. Move it out of the notes folder " +
            "(images belong next to the site's public files) or delete content/notes/shot.md.",
        },
      ],
    });
  });

  it("refuses text with NUL bytes", () => {
    const result = fixTextFidelity(new Uint8Array([0x61, 0x00, 0x62]));
    expect(result.undecodable).toBe(true);
    expect(result.diagnostics[0]?.message).toContain("binary data (NUL bytes)");
  });

  it("reports a file no encoding fits, with the line of the first bad byte", () => {
    const bytes = new Uint8Array([...utf8("# title\nok line\n"), 0x63, 0x61, 0x66, 0xe9, 0x0a]);
    expect(fixTextFidelity(bytes, { file: "content/notes/latin1.md" })).toEqual({
      text: "",
      repair: null,
      undecodable: true,
      diagnostics: [
        {
          line: 3,
          severity: "error",
          code: "text/undecodable",
          message:
            "file is not valid UTF-8 (first invalid byte on this line) and no legacy encoding " +
            "(Shift_JIS, EUC-JP, GB18030, Big5, EUC-KR) fits it clearly; not rendered. Find its " +
            "encoding (open it in an editor that shows one, or try `file -i " +
            "content/notes/latin1.md`) and convert it: `iconv -f ENCODING -t UTF-8 " +
            "content/notes/latin1.md > converted.md`.",
        },
      ],
    });
  });
});
