/**
 * A Korean syllable trigram language model with interpolated Kneser-Ney smoothing. The file
 * holds only trigram counts (varint, delta-coded, gzipped); every lower order is derived from
 * them when the model loads.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import { z } from "zod";
import { CLASS, isHangulSyllable } from "./ko-tokens";

const MAGIC = "SHIORI-KOLM1\n";

/** Metadata stored in the model file next to the counts. */
export const modelHeaderSchema = z.object({
  /** Format version (2: several training corpora, each with its licence). */
  version: z.literal(2),
  /** Token texts, index = token id. Ids 0–3 are the CLASS tokens. */
  vocab: z.array(z.string().min(1)),
  /** Number of distinct trigrams that follow the header. */
  trigrams: z.number().int().nonnegative(),
  /** Where the counts came from, for the NOTICE and the bench: one entry per training corpus. */
  sources: z
    .array(
      z.object({
        corpus: z.string(),
        licence: z.string(),
        files: z.number().int(),
        heldOutFiles: z.number().int(),
        syllables: z.number().int(),
      }),
    )
    .min(1),
});
export type ModelHeader = z.infer<typeof modelHeaderSchema>;

/** The four class tokens come first so their ids are fixed. */
export const CLASS_TOKENS = [CLASS.space, CLASS.latin, CLASS.digit, CLASS.other] as const;
export const SPACE_ID = 0;
/** Token id for syllables the model never saw. */
export const UNKNOWN_ID = -1;

/** Number of possible tokens: every Hangul syllable plus the class tokens. */
const UNIVERSE = 11172 + CLASS_TOKENS.length;
const DISCOUNT = 0.75;

function writeVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

function readVarint(buf: Uint8Array, pos: { at: number }): number {
  let value = 0;
  let scale = 1;
  for (;;) {
    const b = buf[pos.at++];
    if (b === undefined) throw new Error("ko-lm: truncated model file");
    value += (b & 0x7f) * scale;
    if (b < 0x80) return value;
    scale *= 0x80;
  }
}

/** Serialises trigram counts (keys are token-id triples) into the gzipped model format. */
export function encodeModel(
  header: Omit<ModelHeader, "trigrams" | "version">,
  trigrams: Map<number, number>,
): Uint8Array {
  const keys = [...trigrams.keys()].sort((a, b) => a - b);
  const body: number[] = [];
  let prev = 0;
  for (const key of keys) {
    writeVarint(body, key - prev);
    prev = key;
  }
  for (const key of keys) writeVarint(body, trigrams.get(key) ?? 0);
  const head = new TextEncoder().encode(
    MAGIC + JSON.stringify({ version: 2, trigrams: keys.length, ...header }) + "\n",
  );
  const all = new Uint8Array(head.length + body.length);
  all.set(head, 0);
  all.set(body, head.length);
  return gzipSync(all, { level: 9 });
}

/** Trigram key for three token ids in a vocabulary of size `v`. */
export function trigramKey(u: number, v: number, w: number, size: number): number {
  return (u * size + v) * size + w;
}

export class KoLanguageModel {
  readonly header: ModelHeader;
  private readonly ids = new Map<string, number>();
  private readonly size: number;
  private readonly c3 = new Map<number, number>();
  /** Context (u,v): total count and number of distinct followers. */
  private readonly ctx3 = new Map<number, { total: number; types: number }>();
  /** Continuation counts N1+(• v w) keyed by v*size+w. */
  private readonly b2 = new Map<number, number>();
  private readonly ctx2: { total: number; types: number }[];
  private readonly uni: Float64Array;
  private readonly uniTotal: number;
  private readonly uniTypes: number;
  private readonly cache = new Map<number, number>();

  constructor(header: ModelHeader, trigrams: Iterable<[number, number]>) {
    this.header = header;
    header.vocab.forEach((t, i) => this.ids.set(t, i));
    const size = (this.size = header.vocab.length);
    this.ctx2 = Array.from({ length: size }, () => ({ total: 0, types: 0 }));
    this.uni = new Float64Array(size);
    for (const [key, count] of trigrams) {
      this.c3.set(key, count);
      const uv = Math.floor(key / size);
      const ctx = this.ctx3.get(uv) ?? { total: 0, types: 0 };
      ctx.total += count;
      ctx.types += 1;
      this.ctx3.set(uv, ctx);
      const vw = key % (size * size);
      this.b2.set(vw, (this.b2.get(vw) ?? 0) + 1);
    }
    let uniTotal = 0;
    for (const [vw, n] of this.b2) {
      const v = Math.floor(vw / size);
      const w = vw % size;
      const c = this.ctx2[v];
      if (c) {
        c.total += n;
        c.types += 1;
      }
      this.uni[w] = (this.uni[w] ?? 0) + 1;
      uniTotal += 1;
    }
    this.uniTotal = uniTotal;
    this.uniTypes = this.uni.reduce((n, x) => n + (x > 0 ? 1 : 0), 0);
  }

  /** Token id of a token text, or UNKNOWN_ID for a syllable the model never saw. */
  id(token: string): number {
    return this.ids.get(token) ?? UNKNOWN_ID;
  }

  /** True when the model has seen this syllable. */
  knows(syllable: string): boolean {
    return this.ids.has(syllable);
  }

  private p1(w: number): number {
    const floor = (DISCOUNT * this.uniTypes) / this.uniTotal / UNIVERSE;
    if (w === UNKNOWN_ID) return floor;
    return Math.max((this.uni[w] ?? 0) - DISCOUNT, 0) / this.uniTotal + floor;
  }

  private p2(v: number, w: number): number {
    const ctx = v === UNKNOWN_ID ? undefined : this.ctx2[v];
    if (!ctx || ctx.total === 0) return this.p1(w);
    const n = w === UNKNOWN_ID ? 0 : (this.b2.get(v * this.size + w) ?? 0);
    return (
      Math.max(n - DISCOUNT, 0) / ctx.total + ((DISCOUNT * ctx.types) / ctx.total) * this.p1(w)
    );
  }

  /** log P(w | u v), interpolated Kneser-Ney. Ids may be UNKNOWN_ID. */
  logProb(u: number, v: number, w: number): number {
    const size = this.size;
    const cacheKey = ((u + 1) * (size + 1) + (v + 1)) * (size + 1) + (w + 1);
    const hit = this.cache.get(cacheKey);
    if (hit !== undefined) return hit;
    let p: number;
    const ctx = u === UNKNOWN_ID || v === UNKNOWN_ID ? undefined : this.ctx3.get(u * size + v);
    if (!ctx) p = this.p2(v, w);
    else {
      const n = w === UNKNOWN_ID ? 0 : (this.c3.get(trigramKey(u, v, w, size)) ?? 0);
      p =
        Math.max(n - DISCOUNT, 0) / ctx.total +
        ((DISCOUNT * ctx.types) / ctx.total) * this.p2(v, w);
    }
    const lp = Math.log(p);
    if (this.cache.size < 2_000_000) this.cache.set(cacheKey, lp);
    return lp;
  }
}

/** Reads a model file (gzipped). Throws with a clear message on a damaged file. */
export function decodeModel(gz: Uint8Array): KoLanguageModel {
  const buf = gunzipSync(gz);
  const magic = new TextEncoder().encode(MAGIC);
  if (!magic.every((b, i) => buf[i] === b))
    throw new Error("ko-lm: not a Shiori Korean model file");
  const end = buf.indexOf(0x0a, magic.length);
  if (end === -1) throw new Error("ko-lm: truncated model file");
  const header = modelHeaderSchema.parse(
    JSON.parse(new TextDecoder().decode(buf.subarray(magic.length, end))),
  );
  const pos = { at: end + 1 };
  const keys: number[] = new Array<number>(header.trigrams);
  let key = 0;
  for (let i = 0; i < header.trigrams; i++) {
    key += readVarint(buf, pos);
    keys[i] = key;
  }
  const pairs: [number, number][] = keys.map((k) => [k, readVarint(buf, pos)]);
  if (
    header.vocab.some(
      (t, i) => i >= CLASS_TOKENS.length && !isHangulSyllable(t.codePointAt(0) ?? 0),
    )
  ) {
    throw new Error("ko-lm: vocabulary holds a token that is not a Hangul syllable");
  }
  return new KoLanguageModel(header, pairs);
}
