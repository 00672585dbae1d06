import { ByteReader, ByteWriter } from "./varint";

/**
 * Binary posting lists and shard files.
 *
 * A posting list is, for each section (in increasing id order): the id delta, `tf << 1 | heading`
 * and, for positional tokens (CJK bigrams), `tf` position deltas (the first absolute).
 *
 * A shard file is: a version byte, the entry count, then per entry the token (length-prefixed
 * UTF-8), flags (1 = positional, 2 = stored in its own file), document frequency, byte length and,
 * for external entries, the file name; then the inline posting bytes in entry order.
 */

export const SHARD_VERSION = 1;
const FLAG_POSITIONAL = 1;
const FLAG_EXTERNAL = 2;

/** Accumulates one token's postings while sections are added in id order. */
export class PostingWriter {
  readonly out = new ByteWriter();
  df = 0;
  private last = -1;
  constructor(readonly positional: boolean) {}
  add(doc: number, tf: number, heading: boolean, positions: readonly number[] | null) {
    if (doc <= this.last)
      throw new RangeError(`postings must be added in id order (${doc} after ${this.last})`);
    this.out.varint(this.last < 0 ? doc : doc - this.last);
    this.out.varint((tf << 1) | (heading ? 1 : 0));
    if (this.positional) {
      if (!positions || positions.length !== tf)
        throw new RangeError("positional token needs tf positions");
      let prev = 0;
      positions.forEach((p, k) => {
        this.out.varint(k === 0 ? p : p - prev);
        prev = p;
      });
    }
    this.last = doc;
    this.df++;
  }
}

export interface ShardEntryInput {
  token: string;
  positional: boolean;
  df: number;
  bytes: Uint8Array;
  /** File name (relative to the index root) when the postings live in their own file. */
  external?: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeShard(entries: readonly ShardEntryInput[]): Uint8Array {
  const head = new ByteWriter(1024);
  head.varint(SHARD_VERSION);
  head.varint(entries.length);
  for (const e of entries) {
    const key = encoder.encode(e.token);
    head.varint(key.length);
    head.bytes(key);
    head.varint((e.positional ? FLAG_POSITIONAL : 0) | (e.external ? FLAG_EXTERNAL : 0));
    head.varint(e.df);
    head.varint(e.bytes.length);
    if (e.external) {
      const name = encoder.encode(e.external);
      head.varint(name.length);
      head.bytes(name);
    }
  }
  for (const e of entries) if (!e.external) head.bytes(e.bytes);
  return head.toBytes();
}

export interface ShardEntry {
  positional: boolean;
  df: number;
  /** Offset of the inline postings in the shard buffer (-1 when external). */
  offset: number;
  length: number;
  external: string | null;
}

export interface DecodedShard {
  buffer: Uint8Array;
  entries: Map<string, ShardEntry>;
}

export function decodeShard(buffer: Uint8Array): DecodedShard {
  const r = new ByteReader(buffer);
  const version = r.varint();
  if (version !== SHARD_VERSION)
    throw new Error(`search shard version ${version}, expected ${SHARD_VERSION}`);
  const count = r.varint();
  const pending: [string, ShardEntry][] = [];
  for (let i = 0; i < count; i++) {
    const token = decoder.decode(r.bytes(r.varint()));
    const flags = r.varint();
    const df = r.varint();
    const length = r.varint();
    const external = flags & FLAG_EXTERNAL ? decoder.decode(r.bytes(r.varint())) : null;
    pending.push([
      token,
      { positional: (flags & FLAG_POSITIONAL) !== 0, df, offset: -1, length, external },
    ]);
  }
  let offset = r.pos;
  for (const [, e] of pending) {
    if (e.external) continue;
    e.offset = offset;
    offset += e.length;
  }
  if (offset > buffer.length) throw new RangeError("search shard is truncated");
  return { buffer, entries: new Map(pending) };
}

/** A decoded posting list. Arrays are parallel, one slot per section. */
export interface Postings {
  docs: Int32Array;
  tf: Int32Array;
  heading: Uint8Array;
  /** For positional tokens: positions of slot i are `pos[posStart[i]] … pos[posStart[i+1]-1]`. */
  posStart: Int32Array | null;
  pos: Int32Array | null;
}

export function decodePostings(bytes: Uint8Array, df: number, positional: boolean): Postings {
  const r = new ByteReader(bytes);
  const docs = new Int32Array(df);
  const tf = new Int32Array(df);
  const heading = new Uint8Array(df);
  const posStart = positional ? new Int32Array(df + 1) : null;
  let pos: Int32Array | null = positional ? new Int32Array(Math.max(16, df * 2)) : null;
  let doc = 0;
  let np = 0;
  for (let i = 0; i < df; i++) {
    doc = i === 0 ? r.varint() : doc + r.varint();
    docs[i] = doc;
    const v = r.varint();
    const f = Math.floor(v / 2);
    tf[i] = f;
    heading[i] = v & 1;
    if (posStart && pos) {
      posStart[i] = np;
      if (np + f > pos.length) {
        const grown = new Int32Array(Math.max(pos.length * 2, np + f));
        grown.set(pos);
        pos = grown;
      }
      let p = 0;
      for (let k = 0; k < f; k++) {
        p = k === 0 ? r.varint() : p + r.varint();
        pos[np++] = p;
      }
    }
  }
  if (posStart) posStart[df] = np;
  return { docs, tf, heading, posStart, pos: pos ? pos.subarray(0, np) : null };
}
