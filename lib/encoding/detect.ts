/**
 * Mojibake detection: is this text UTF-8 that was decoded with a Windows code page (and saved
 * again)? No false positives is the first requirement, so the thresholds are strict.
 */
import {
  CODE_PAGES,
  SOFT_HYPHEN_BYTE,
  codePageTable,
  mojibakeLeadChars,
  type CodePage,
} from "./codepages";
import { continuationCount, isContinuation, scanUtf8, textToBytes, type ScanCounts } from "./utf8";

export interface MojibakeVerdict extends ScanCounts {
  codePage: CodePage;
}

/** At least this many multi-byte sequences must survive whole. */
export const MIN_INTACT = 2;
/** At most this share of all multi-byte sequences may be impossible to read as UTF-8. */
export const MAX_IMPOSSIBLE_RATIO = 0.005;
/** At least this share of the readable sequences must be intact (not missing bytes). */
export const MIN_INTACT_RATIO = 0.1;

/** Bytes that may have been dropped: the code page's undefined bytes and the soft hyphen. */
export function droppableBytes(codePage: CodePage): number[] {
  return [...new Set([...codePageTable(codePage).undefinedBytes, SOFT_HYPHEN_BYTE])].sort(
    (a, b) => a - b,
  );
}

/** Counts intact / broken / impossible UTF-8 sequences in `text` read back through `codePage`. */
export function scanAs(text: string, codePage: CodePage): MojibakeVerdict {
  const view = textToBytes(text, codePageTable(codePage));
  return { codePage, ...scanUtf8(view.bytes, droppableBytes(codePage)) };
}

/** True when the counts meet every threshold for calling the text mojibake. */
export function isMojibake(c: ScanCounts): boolean {
  const total = c.intact + c.broken + c.impossible;
  return (
    c.intact >= MIN_INTACT &&
    c.impossible <= MAX_IMPOSSIBLE_RATIO * total &&
    c.intact / (c.intact + c.broken) >= MIN_INTACT_RATIO
  );
}

/**
 * Cheap pre-check: mojibake needs at least MIN_INTACT characters that a code page makes of a
 * UTF-8 lead byte. Clean CJK and English text has none and skips the detector.
 */
export function mayBeMojibake(text: string): boolean {
  const lead = mojibakeLeadChars();
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < lead.length && lead[c] === 1 && ++seen >= MIN_INTACT) return true;
  }
  return false;
}

/**
 * The code page the text was mis-decoded with, or null for text that is not mojibake. Among
 * code pages that pass, fewer impossible sequences win, then more intact, then fewer broken,
 * then the order of CODE_PAGES (windows-1254 first).
 */
export function detectMojibake(text: string): MojibakeVerdict | null {
  if (!mayBeMojibake(text)) return null;
  let best: MojibakeVerdict | null = null;
  for (const codePage of CODE_PAGES) {
    const verdict = scanAs(text, codePage);
    if (!isMojibake(verdict)) continue;
    if (
      !best ||
      verdict.impossible < best.impossible ||
      (verdict.impossible === best.impossible &&
        (verdict.intact > best.intact ||
          (verdict.intact === best.intact && verdict.broken < best.broken)))
    ) {
      best = verdict;
    }
  }
  return best;
}

/** What editors and converters write for a byte they cannot show: U+FFFD, or `?`. */
export const LOSS_MARKS = ["\ufffd", "?"] as const;

/**
 * The text with the marks a tool wrote for lost bytes taken out: a U+FFFD or `?` where the UTF-8
 * sequence read so far through `codePage` still lacks a continuation byte (the bytes a code page
 * cannot show are continuation bytes). A mark after a complete sequence (a question after a
 * broken Korean word: 말?) or in clean text is kept.
 */
export function withoutLossMarks(
  text: string,
  codePage: CodePage,
): { text: string; marks: number } {
  const view = textToBytes(text, codePageTable(codePage));
  let out = "";
  let marks = 0;
  // Continuation bytes the current sequence still needs.
  let need = 0;
  for (let k = 0; k < view.bytes.length; k++) {
    const ch = text.slice(view.starts[k], view.starts[k + 1]);
    if ((ch === "\ufffd" || ch === "?") && need > 0) {
      marks++;
      need--;
      continue;
    }
    const byte = view.bytes[k]!;
    need = isContinuation(byte) ? Math.max(0, need - 1) : continuationCount(byte);
    out += ch;
  }
  return { text: out, marks };
}

/**
 * Mojibake whose lost bytes were written as U+FFFD or `?` instead of being dropped: the marks
 * inside broken sequences are taken out and the rest is detected as usual. Null when the text has
 * no such marks or is not mojibake without them.
 */
export function detectMarkedMojibake(
  text: string,
): { verdict: MojibakeVerdict; text: string; marks: number } | null {
  if (!LOSS_MARKS.some((m) => text.includes(m)) || !mayBeMojibake(text)) return null;
  let best: { verdict: MojibakeVerdict; text: string; marks: number } | null = null;
  for (const codePage of CODE_PAGES) {
    const stripped = withoutLossMarks(text, codePage);
    if (stripped.marks === 0) continue;
    const verdict = scanAs(stripped.text, codePage);
    if (!isMojibake(verdict)) continue;
    const b = best?.verdict;
    if (
      !b ||
      verdict.impossible < b.impossible ||
      (verdict.impossible === b.impossible &&
        (verdict.intact > b.intact || (verdict.intact === b.intact && verdict.broken < b.broken)))
    )
      best = { verdict, ...stripped };
  }
  return best;
}
