/**
 * Recognising files that are not text at all, so they are reported instead of rendered.
 */

const MAGIC: { name: string; bytes: number[]; at?: number }[] = [
  { name: "PNG image", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: "JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "WebP image", bytes: [0x57, 0x45, 0x42, 0x50], at: 8 },
  { name: "PDF document", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: "ZIP archive", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "gzip archive", bytes: [0x1f, 0x8b] },
];

/** How far into the file to look for NUL bytes. */
const NUL_WINDOW = 8192;

/** What kind of binary file this is ("PNG image", "binary data (NUL bytes)"), or null for text. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const m of MAGIC) {
    const at = m.at ?? 0;
    if (bytes.length >= at + m.bytes.length && m.bytes.every((b, i) => bytes[at + i] === b)) {
      return m.name;
    }
  }
  const end = Math.min(bytes.length, NUL_WINDOW);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return "binary data (NUL bytes)";
  return null;
}

/** The UTF-16 encoding announced by a byte-order mark, if any. */
export function utf16Bom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** Byte offset of the first byte that breaks UTF-8, or -1 when the whole buffer is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n =
      b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0 || i + n >= bytes.length) return i;
    const b1 = bytes[i + 1] ?? 0;
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (b1 < lo || b1 > hi) return i;
    for (let k = 2; k <= n; k++) {
      const c = bytes[i + k] ?? 0;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += n + 1;
  }
  return -1;
}

/** 1-based line of a byte offset. */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
