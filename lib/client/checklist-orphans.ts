import type { ChecklistEntry, ChecklistState } from "./checklist-schema";

/**
 * Orphaned progress: stored changes whose item id is not in the current notes (the item was
 * reworded or deleted). They are listed with their old text until the reader re-attaches or
 * discards them; nothing is dropped silently.
 */

export interface Orphan {
  id: string;
  entry: ChecklistEntry;
}

/** Stored entries whose id is not among `known`, grouped by note, newest change first. */
export function findOrphans(
  state: Pick<ChecklistState, "items">,
  known: ReadonlySet<string>,
): Orphan[] {
  return Object.entries(state.items)
    .filter(([id]) => !known.has(id))
    .map(([id, entry]) => ({ id, entry }))
    .sort(
      (a, b) =>
        (a.entry.note ?? "").localeCompare(b.entry.note ?? "") ||
        b.entry.updatedAt.localeCompare(a.entry.updatedAt) ||
        a.id.localeCompare(b.id),
    );
}

/** Character bigrams (single characters for one-character strings); works for CJK without words. */
function bigrams(text: string): Map<string, number> {
  const chars = [...text.replace(/\s+/gu, " ").trim()];
  const grams = new Map<string, number>();
  const add = (gram: string) => grams.set(gram, (grams.get(gram) ?? 0) + 1);
  if (chars.length === 1) add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i += 1) add(chars[i]! + chars[i + 1]!);
  return grams;
}

/** Dice similarity of two already normalised strings, 0 (nothing shared) to 1 (same). */
export function similarity(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  let sizes = 0;
  for (const n of left.values()) sizes += n;
  for (const n of right.values()) sizes += n;
  if (sizes === 0) return 0;
  let shared = 0;
  for (const [gram, n] of left) shared += Math.min(n, right.get(gram) ?? 0);
  return (2 * shared) / sizes;
}

export interface Candidate {
  id: string;
  /** Plain item text. */
  text: string;
  note: string;
}

/**
 * Current items an orphan could be re-attached to, most likely first: items of the same note
 * before others, then by similarity of the normalised text.
 */
export function rankCandidates<C extends Candidate>(
  orphan: Orphan,
  candidates: readonly C[],
  normalize: (text: string) => string,
): C[] {
  const old = normalize(orphan.entry.text ?? "");
  return candidates
    .map((candidate) => ({
      candidate,
      sameNote: candidate.note === orphan.entry.note ? 1 : 0,
      score: similarity(old, normalize(candidate.text)),
    }))
    .sort((a, b) => b.sameNote - a.sameNote || b.score - a.score)
    .map((ranked) => ranked.candidate);
}
