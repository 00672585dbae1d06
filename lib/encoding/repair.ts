/**
 * Repairing mojibake: read the text back to UTF-8 bytes, fill the bytes that were lost, and let
 * the Korean language model choose among the possible syllables.
 */
import { codePageTable, type CodePage } from "./codepages";
import { droppableBytes } from "./detect";
import { priorWeight, repairCandidates } from "./candidates";
import { decodeLattice, type LatticeSlot } from "./ko-decode";
import { type KoLanguageModel } from "./ko-lm";
import { CLASS, classOf, type TokenClass } from "./ko-tokens";
import { NO_BYTE, scanUtf8, textToBytes, type ScanCounts, type Unit } from "./utf8";

/** Posterior below which a reconstructed syllable is reported as low-confidence. */
export const CONFIDENT_POSTERIOR = 0.9;

export interface RepairChoice {
  /** Where the reconstructed character is in the repaired text (UTF-16 offset, length). */
  offset: number;
  length: number;
  /** 1-based line and column (in characters) in the repaired text. */
  line: number;
  column: number;
  /** What the file holds there (the broken bytes, as decoded with the code page). */
  original: string;
  chosen: string;
  /** Candidates considered, most probable first, with probabilities summing to 1. */
  candidates: { char: string; p: number }[];
  lowConfidence: boolean;
}

export interface MojibakeRepair extends ScanCounts {
  codePage: CodePage;
  text: string;
  /** Bytes taken to be lost: droppable bytes that never occur in the stream. */
  lost: number[];
  choices: RepairChoice[];
}

interface Piece {
  /** Fixed text, or null for a reconstructed character (see `choice`). */
  text: string | null;
  choice: number;
}

interface Pending {
  unit: Unit;
  original: string;
  chars: string[];
  hangul: boolean;
}

/**
 * Repairs `text`, which detection found to be UTF-8 mis-decoded as `codePage`. Every broken
 * sequence becomes one character; impossible ones are kept as they are.
 */
export function repairMojibake(
  text: string,
  codePage: CodePage,
  model: KoLanguageModel,
): MojibakeRepair {
  const view = textToBytes(text, codePageTable(codePage));
  const present = new Set<number>(view.bytes);
  const lost = droppableBytes(codePage).filter((b) => !present.has(b));
  const original = (u: Unit): string =>
    text.slice(view.starts[u.start] ?? 0, view.starts[u.end] ?? text.length);

  const pieces: Piece[] = [];
  const pending: Pending[] = [];
  const counts = scanUtf8(view.bytes, lost, (unit) => {
    if (unit.kind === "ascii" || unit.kind === "intact") {
      pieces.push({ text: String.fromCodePoint(unit.codePoint ?? 0xfffd), choice: -1 });
    } else if (unit.kind === "impossible") {
      pieces.push({ text: original(unit), choice: -1 });
    } else {
      const lead = view.bytes[unit.start] ?? NO_BYTE;
      const rest = Array.from(view.bytes.subarray(unit.start + 1, unit.end));
      const { chars, hangul } = repairCandidates(lead, rest, lost);
      if (chars.length === 0) {
        pieces.push({ text: original(unit), choice: -1 });
        return;
      }
      pieces.push({ text: null, choice: pending.length });
      pending.push({ unit, original: original(unit), chars, hangul });
    }
  });

  // Non-Hangul guesses first (by prior), so the Hangul lattice sees them as fixed text.
  const chosen: (string | null)[] = pending.map(() => null);
  const probs: number[][] = pending.map(() => []);
  let before = "";
  for (const piece of pieces) {
    const slot = piece.choice >= 0 ? pending[piece.choice] : undefined;
    if (slot && !slot.hangul) {
      const weights = slot.chars.map((c) => priorWeight(c, before));
      const total = weights.reduce((a, b) => a + b, 0);
      const best = weights.indexOf(Math.max(...weights));
      chosen[piece.choice] = slot.chars[best] ?? null;
      probs[piece.choice] = weights.map((w) => w / total);
    }
    const t = piece.text ?? chosen[piece.choice] ?? "";
    if (t) before = [...t].at(-1) ?? before;
  }

  // Token lattice over the whole text: fixed tokens have one id, broken syllables several.
  const slots: LatticeSlot[] = [];
  const slotOf: number[] = pending.map(() => -1);
  let lastClass: TokenClass | "hangul" | null = null;
  for (const piece of pieces) {
    const slot = piece.choice >= 0 ? pending[piece.choice] : undefined;
    if (slot?.hangul) {
      slotOf[piece.choice] = slots.length;
      slots.push(slot.chars.map((c) => model.id(c)));
      lastClass = "hangul";
      continue;
    }
    for (const ch of piece.text ?? chosen[piece.choice] ?? "") {
      const cls = classOf(ch.codePointAt(0) ?? 0);
      if (cls === "hangul") slots.push([model.id(ch)]);
      else if (cls !== lastClass) slots.push([model.id(CLASS[cls])]);
      lastClass = cls;
    }
  }
  const decoded = pending.some((p) => p.hangul) ? decodeLattice(model, slots) : null;
  pending.forEach((slot, i) => {
    const at = slotOf[i] ?? -1;
    if (!decoded || at < 0) return;
    chosen[i] = slot.chars[decoded.best[at] ?? 0] ?? null;
    probs[i] = decoded.posterior[at] ?? [];
  });

  // Assemble the text and the record of every choice.
  let out = "";
  let line = 1;
  let lineStart = 0;
  const choices: RepairChoice[] = [];
  for (const piece of pieces) {
    if (piece.choice < 0) {
      const t = piece.text ?? "";
      for (let k = t.indexOf("\n"); k !== -1; k = t.indexOf("\n", k + 1)) {
        line++;
        lineStart = out.length + k + 1;
      }
      out += t;
      continue;
    }
    const slot = pending[piece.choice] as Pending;
    const char = chosen[piece.choice] ?? slot.chars[0] ?? "\ufffd";
    const p = probs[piece.choice] ?? [];
    const candidates = slot.chars
      .map((c, k) => ({ char: c, p: p[k] ?? 0 }))
      .sort((a, b) => b.p - a.p);
    const pChosen = candidates.find((c) => c.char === char)?.p ?? 0;
    choices.push({
      offset: out.length,
      length: char.length,
      line,
      column: [...out.slice(lineStart)].length + 1,
      original: slot.original,
      chosen: char,
      candidates,
      lowConfidence: slot.chars.length > 1 && (!slot.hangul || pChosen < CONFIDENT_POSTERIOR),
    });
    out += char;
  }
  return { codePage, ...counts, text: out, lost, choices };
}
