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
  const decoded = decodeInClusters(model, slots);
  pending.forEach((slot, i) => {
    const at = slotOf[i] ?? -1;
    const pick = decoded.get(at);
    if (!pick) return;
    chosen[i] = slot.chars[pick.best] ?? null;
    probs[i] = pick.posterior;
  });

  // Assemble the text and the record of every choice.
  const parts: string[] = [];
  let length = 0;
  let line = 1;
  let column = 1; // in code points, of the next character
  const choices: RepairChoice[] = [];
  for (const piece of pieces) {
    if (piece.choice < 0) {
      const t = piece.text ?? "";
      const newline = t.lastIndexOf("\n");
      if (newline === -1) column += codePoints(t);
      else {
        for (let k = t.indexOf("\n"); k !== -1; k = t.indexOf("\n", k + 1)) line++;
        column = 1 + codePoints(t.slice(newline + 1));
      }
      parts.push(t);
      length += t.length;
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
      offset: length,
      length: char.length,
      line,
      column,
      original: slot.original,
      chosen: char,
      candidates,
      lowConfidence: slot.chars.length > 1 && (!slot.hangul || pChosen < CONFIDENT_POSTERIOR),
    });
    parts.push(char);
    length += char.length;
    column += 1;
  }
  return { codePage, ...counts, text: parts.join(""), lost, choices };
}

function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/**
 * Decodes only around the ambiguous slots. Two fixed tokens in a row cut the trigram chain, so
 * each cluster of ambiguous slots is decoded with two fixed tokens of context on either side:
 * the same result as decoding the whole text, in memory proportional to the cluster.
 */
function decodeInClusters(
  model: KoLanguageModel,
  slots: readonly LatticeSlot[],
): Map<number, { best: number; posterior: number[] }> {
  const out = new Map<number, { best: number; posterior: number[] }>();
  const ambiguous = slots.flatMap((s, i) => (s.length > 1 ? [i] : []));
  let k = 0;
  while (k < ambiguous.length) {
    const first = ambiguous[k] ?? 0;
    let last = first;
    while (k + 1 < ambiguous.length && (ambiguous[k + 1] ?? 0) - last <= 2)
      last = ambiguous[++k] ?? last;
    k++;
    const from = Math.max(0, first - 2);
    const result = decodeLattice(model, slots.slice(from, Math.min(slots.length, last + 3)));
    for (let i = first; i <= last; i++) {
      out.set(i, { best: result.best[i - from] ?? 0, posterior: result.posterior[i - from] ?? [] });
    }
  }
  return out;
}
