/**
 * Choosing among candidate syllables with the trigram model: Viterbi over states of two tokens
 * for the best reading, forward-backward for each candidate's posterior probability.
 */
import { SPACE_ID, type KoLanguageModel } from "./ko-lm";

/** One token position: the model ids of its candidates (one id for a fixed token). */
export type LatticeSlot = readonly number[];

export interface LatticeResult {
  /** Index of the chosen candidate at each slot (the Viterbi path). */
  best: number[];
  /** Posterior probability of each candidate at each slot. */
  posterior: number[][];
}

function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/** Decodes a lattice; the text is taken to start after two space tokens. */
export function decodeLattice(
  model: KoLanguageModel,
  slots: readonly LatticeSlot[],
): LatticeResult {
  const p: LatticeSlot[] = [[SPACE_ID], [SPACE_ID], ...slots];
  const n = p.length;
  const size = (j: number): number => p[j]?.length ?? 0;
  const id = (j: number, k: number): number => p[j]?.[k] ?? SPACE_ID;
  // Pair tables at j: index a * size(j) + b for a in p[j-1], b in p[j].
  const alpha: Float64Array[] = new Array<Float64Array>(n);
  const delta: Float64Array[] = new Array<Float64Array>(n);
  const back: Int32Array[] = new Array<Int32Array>(n);
  alpha[1] = new Float64Array([0]);
  delta[1] = new Float64Array([0]);
  back[1] = new Int32Array([0]);
  for (let j = 2; j < n; j++) {
    const kc = size(j - 2);
    const ka = size(j - 1);
    const kb = size(j);
    const al = new Float64Array(ka * kb).fill(-Infinity);
    const de = new Float64Array(ka * kb).fill(-Infinity);
    const bk = new Int32Array(ka * kb);
    const prevA = alpha[j - 1] as Float64Array;
    const prevD = delta[j - 1] as Float64Array;
    for (let a = 0; a < ka; a++) {
      for (let b = 0; b < kb; b++) {
        let sum = -Infinity;
        let max = -Infinity;
        let arg = 0;
        for (let c = 0; c < kc; c++) {
          const lp = model.logProb(id(j - 2, c), id(j - 1, a), id(j, b));
          sum = logAddExp(sum, (prevA[c * ka + a] ?? -Infinity) + lp);
          const d = (prevD[c * ka + a] ?? -Infinity) + lp;
          if (d > max) {
            max = d;
            arg = c;
          }
        }
        al[a * kb + b] = sum;
        de[a * kb + b] = max;
        bk[a * kb + b] = arg;
      }
    }
    alpha[j] = al;
    delta[j] = de;
    back[j] = bk;
  }

  // Backward pass.
  const beta: Float64Array[] = new Array<Float64Array>(n);
  beta[n - 1] = new Float64Array(size(n - 2) * size(n - 1)).fill(0);
  for (let j = n - 2; j >= 1; j--) {
    const ka = size(j - 1);
    const kb = size(j);
    const kc = size(j + 1);
    const next = beta[j + 1] as Float64Array;
    const be = new Float64Array(ka * kb).fill(-Infinity);
    for (let a = 0; a < ka; a++) {
      for (let b = 0; b < kb; b++) {
        let sum = -Infinity;
        for (let c = 0; c < kc; c++) {
          const lp = model.logProb(id(j - 1, a), id(j, b), id(j + 1, c));
          sum = logAddExp(sum, lp + (next[b * kc + c] ?? -Infinity));
        }
        be[a * kb + b] = sum;
      }
    }
    beta[j] = be;
  }

  // Viterbi path, read backwards through the back pointers.
  const pick = new Array<number>(n).fill(0);
  {
    const last = delta[n - 1] as Float64Array;
    const kb = size(n - 1);
    let bestScore = -Infinity;
    for (let i = 0; i < last.length; i++) {
      if ((last[i] ?? -Infinity) > bestScore) {
        bestScore = last[i] ?? -Infinity;
        pick[n - 2] = Math.floor(i / kb);
        pick[n - 1] = i % kb;
      }
    }
    for (let j = n - 1; j >= 3; j--) {
      const kb2 = size(j);
      pick[j - 2] = (back[j] as Int32Array)[(pick[j - 1] ?? 0) * kb2 + (pick[j] ?? 0)] ?? 0;
    }
  }

  const posterior: number[][] = [];
  for (let j = 2; j < n; j++) {
    const ka = size(j - 1);
    const kb = size(j);
    const al = alpha[j] as Float64Array;
    const be = beta[j] as Float64Array;
    const scores = new Array<number>(kb).fill(-Infinity);
    for (let a = 0; a < ka; a++) {
      for (let b = 0; b < kb; b++) {
        scores[b] = logAddExp(
          scores[b] ?? -Infinity,
          (al[a * kb + b] ?? 0) + (be[a * kb + b] ?? 0),
        );
      }
    }
    const z = scores.reduce(logAddExp, -Infinity);
    posterior.push(scores.map((s) => Math.exp(s - z)));
  }
  return { best: pick.slice(2), posterior };
}
