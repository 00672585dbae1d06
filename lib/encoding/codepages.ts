/**
 * The single-byte Windows code pages that UTF-8 text is most often mis-decoded as, and the
 * character → byte tables that undo such a decoding.
 */

/** Candidate code pages, in order of preference when two explain a text equally well. */
export const CODE_PAGES = [
  "windows-1254",
  "windows-1252",
  "windows-1250",
  "windows-1251",
  "windows-1253",
  "windows-1257",
] as const;
export type CodePage = (typeof CODE_PAGES)[number];

/** The soft hyphen: defined everywhere, but stripped by many tools, so treated as lost too. */
export const SOFT_HYPHEN_BYTE = 0xad;

export interface CodePageTable {
  name: CodePage;
  /** Code point → byte for every byte 0x80–0xFF the code page defines, plus C1 controls. */
  toByte: ReadonlyMap<number, number>;
  /** Bytes 0x80–0xFF the code page leaves undefined (a decoder turns them into C1 controls). */
  undefinedBytes: readonly number[];
}

/**
 * Windows-1252 0x80–0x9F (0 = undefined). Node 20's TextDecoder decodes `windows-1252` as
 * ISO-8859-1 (C1 controls), so this row is spelled out; 0xA0–0xFF equal Latin-1.
 */
const CP1252_C1_ROW = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeByte(name: CodePage, decoder: TextDecoder, byte: number): number | null {
  if (name === "windows-1252" && byte < 0xa0) {
    const cp = CP1252_C1_ROW[byte - 0x80] ?? 0;
    return cp === 0 ? null : cp;
  }
  const cp = decoder.decode(new Uint8Array([byte])).codePointAt(0);
  // Undefined bytes come back as the C1 control of the same value, or as U+FFFD.
  if (cp === undefined || cp === 0xfffd || (cp === byte && byte < 0xa0)) return null;
  return cp;
}

function buildTable(name: CodePage): CodePageTable {
  const decoder = new TextDecoder(name);
  const toByte = new Map<number, number>();
  const undefinedBytes: number[] = [];
  for (let byte = 0x80; byte <= 0x9f; byte++) toByte.set(byte, byte); // C1 controls map to themselves
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const cp = decodeByte(name, decoder, byte);
    if (cp === null) undefinedBytes.push(byte);
    else toByte.set(cp, byte);
  }
  return { name, toByte, undefinedBytes };
}

const tables = new Map<CodePage, CodePageTable>();

/** The (memoised) table of one code page. */
export function codePageTable(name: CodePage): CodePageTable {
  let table = tables.get(name);
  if (!table) {
    table = buildTable(name);
    tables.set(name, table);
  }
  return table;
}

let leadChars: Uint8Array | null = null;

/**
 * Code points below 0x500 that any candidate code page decodes a UTF-8 lead byte (0xC2–0xF4)
 * to: `ë`, `ì`, `Ã`, `Ð`, Cyrillic `в`…. Text without two of them cannot hold mojibake.
 */
export function mojibakeLeadChars(): Uint8Array {
  if (leadChars) return leadChars;
  const set = new Uint8Array(0x500);
  for (const name of CODE_PAGES) {
    for (const [cp, byte] of codePageTable(name).toByte) {
      if (byte >= 0xc2 && byte <= 0xf4 && cp < set.length) set[cp] = 1;
    }
  }
  leadChars = set;
  return set;
}
