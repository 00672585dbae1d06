/**
 * Makes mojibake on purpose, exactly as seed 004 was damaged: UTF-8 bytes decoded with a Windows
 * code page, bytes the code page does not define (and the soft hyphen) dropped. For tests and the
 * bench; also tells which characters of the clean text the damage touched.
 */
import { codePageTable, type CodePage } from "./codepages";
import { droppableBytes } from "./detect";

export interface Damage {
  /** The damaged text. */
  text: string;
  /** Per code point of the clean text: true when at least one of its bytes was dropped. */
  touched: boolean[];
}

export function simulateMojibake(
  clean: string,
  codePage: CodePage = "windows-1254",
  dropped: readonly number[] = droppableBytes(codePage),
  mark = "",
): Damage {
  const table = codePageTable(codePage);
  const toChar = new Map<number, string>();
  for (const [cp, byte] of table.toByte) {
    // Keep the code page's own character over the C1 control of the same byte.
    if (!toChar.has(byte) || (cp >= 0xa0 && (toChar.get(byte)?.codePointAt(0) ?? 0) < 0xa0)) {
      toChar.set(byte, String.fromCodePoint(cp));
    }
  }
  const drop = new Set(dropped);
  const encoder = new TextEncoder();
  let text = "";
  const touched: boolean[] = [];
  for (const ch of clean) {
    let hit = false;
    for (const byte of encoder.encode(ch)) {
      if (drop.has(byte)) {
        hit = true;
        text += mark;
      } else text += byte < 0x80 ? String.fromCharCode(byte) : (toChar.get(byte) ?? "\ufffd");
    }
    touched.push(hit);
  }
  return { text, touched };
}
