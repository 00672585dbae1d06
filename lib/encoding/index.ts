/**
 * The text-fidelity stage: bytes of a content file → the text the pipeline parses. Decodes
 * UTF-8 (BOM stripped) or a detected legacy CJK encoding, refuses binary and undecidable files,
 * and repairs mojibake (UTF-8 mis-decoded as a Windows code page, bytes lost).
 */
import type { TextRepair } from "@/lib/content/types";
import { binaryKind, firstInvalidUtf8, lineOfByte, utf16Bom } from "./binary";
import { detectMarkedMojibake, detectMojibake } from "./detect";
import {
  binaryFile,
  legacyEncoding,
  mojibakeRepaired,
  undecodable,
  type FidelityDiagnostic,
} from "./diagnostics";
import { detectLegacy } from "./legacy";
import { loadKoModel } from "./model";
import { repairMojibake, type MojibakeRepair } from "./repair";

export type { FidelityDiagnostic } from "./diagnostics";
export { detectMojibake } from "./detect";
export { repairMojibake, type MojibakeRepair, type RepairChoice } from "./repair";

export interface FidelityResult {
  /** The text to parse ("" when undecodable). */
  text: string;
  /** What was done to the text, or null when the file was clean UTF-8. */
  repair: TextRepair | null;
  /** Diagnostics without `file` (the pipeline adds it); `line` may be null. */
  diagnostics: FidelityDiagnostic[];
  /** True for binary files and text in an encoding that cannot be told: do not render. */
  undecodable: boolean;
}

export interface FidelityOptions {
  /** The file's path as shown to people, used in the fix commands of diagnostics. */
  file?: string;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Decodes and repairs one content file. Never throws for bad input; reports it instead. */
export function fixTextFidelity(bytes: Uint8Array, options: FidelityOptions = {}): FidelityResult {
  return analyseTextFidelity(bytes, options).result;
}

export interface FidelityAnalysis {
  result: FidelityResult;
  /** Every reconstructed character with its candidates (mojibake files only). */
  mojibake: MojibakeRepair | null;
}

/** fixTextFidelity with the details the CLI shows (every choice and its candidates). */
export function analyseTextFidelity(
  bytes: Uint8Array,
  options: FidelityOptions = {},
): FidelityAnalysis {
  const plain = (result: FidelityResult): FidelityAnalysis => ({ result, mojibake: null });
  const file = options.file ?? "<file>";
  const bom16 = utf16Bom(bytes);
  if (bom16) {
    const text = new TextDecoder(bom16).decode(bytes);
    return plain({
      text,
      repair: legacyRepair(bom16, text),
      diagnostics: [legacyEncoding({ file, encoding: bom16, invalid: countReplacement(text) })],
      undecodable: false,
    });
  }
  const kind = binaryKind(bytes);
  if (kind) {
    return plain({
      text: "",
      repair: null,
      diagnostics: [binaryFile({ file, kind })],
      undecodable: true,
    });
  }

  let text: string;
  try {
    text = utf8.decode(bytes); // strips a UTF-8 BOM
  } catch {
    const verdict = detectLegacy(bytes);
    if (!verdict.ok) {
      const line = lineOfByte(bytes, Math.max(0, firstInvalidUtf8(bytes)));
      const candidates =
        verdict.reason === "ambiguous" ? verdict.candidates.slice(0, 2).map((c) => c.encoding) : [];
      return plain({
        text: "",
        repair: null,
        diagnostics: [undecodable({ file, line, candidates })],
        undecodable: true,
      });
    }
    return plain({
      text: verdict.text,
      repair: legacyRepair(verdict.encoding, verdict.text),
      diagnostics: [legacyEncoding({ file, encoding: verdict.encoding, invalid: verdict.invalid })],
      undecodable: false,
    });
  }

  // Offsets of the repair point into LF text, so the pipeline's newline normalisation after this
  // stage cannot shift them.
  const lf = (s: string) => (s.includes("\r") ? s.replace(/\r\n?/g, "\n") : s);
  let mojibake = detectMojibake(text);
  let damaged = text;
  if (!mojibake) {
    // Lost bytes written as U+FFFD or `?`: taken out, then repaired like dropped ones.
    const marked = detectMarkedMojibake(text);
    if (!marked) return plain({ text, repair: null, diagnostics: [], undecodable: false });
    mojibake = marked.verdict;
    damaged = marked.text;
  }
  text = lf(text);
  damaged = lf(damaged);
  const fixed = repairMojibake(damaged, mojibake.codePage, loadKoModel());
  const lowConfidence = fixed.choices
    .filter((c) => c.lowConfidence)
    .map((c) => ({ offset: c.offset, length: c.length }));
  const result: FidelityResult = {
    text: fixed.text,
    repair: {
      kind: "mojibake",
      encoding: mojibake.codePage,
      repaired: fixed.choices.length,
      lowConfidence,
      original: text,
    },
    diagnostics: [
      mojibakeRepaired({
        file,
        line: fixed.choices[0]?.line ?? null,
        codePage: mojibake.codePage,
        intact: mojibake.intact,
        broken: mojibake.broken,
        repaired: fixed.choices.length,
        lowConfidence: lowConfidence.length,
      }),
    ],
    undecodable: false,
  };
  return { result, mojibake: fixed };
}

function legacyRepair(encoding: string, text: string): TextRepair {
  return { kind: "legacy-encoding", encoding, repaired: 0, lowConfidence: [], original: text };
}

function countReplacement(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\ufffd"); i !== -1; i = text.indexOf("\ufffd", i + 1)) count++;
  return count;
}
