/** A growable byte buffer with unsigned LEB128 varints. */
export class ByteWriter {
  private buf: Uint8Array;
  length = 0;
  constructor(capacity = 16) {
    this.buf = new Uint8Array(capacity);
  }
  private ensure(extra: number) {
    if (this.length + extra <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.length + extra) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  varint(value: number) {
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`varint ${value} is not a non-negative integer`);
    this.ensure(5);
    let v = value;
    while (v >= 0x80) {
      this.buf[this.length++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    this.buf[this.length++] = v;
  }
  bytes(data: Uint8Array) {
    this.ensure(data.length);
    this.buf.set(data, this.length);
    this.length += data.length;
  }
  toBytes(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/** Reads varints from a byte array; throws on truncated input. */
export class ByteReader {
  pos: number;
  constructor(
    readonly buf: Uint8Array,
    pos = 0,
    readonly limit = buf.length,
  ) {
    this.pos = pos;
  }
  varint(): number {
    let result = 0;
    let shift = 1;
    for (let i = 0; i < 6; i++) {
      if (this.pos >= this.limit) throw new RangeError("truncated varint in search index");
      const byte = this.buf[this.pos++]!;
      result += (byte & 0x7f) * shift;
      if (byte < 0x80) return result;
      shift *= 128;
    }
    throw new RangeError("varint too long in search index");
  }
  bytes(length: number): Uint8Array {
    if (this.pos + length > this.limit) throw new RangeError("truncated bytes in search index");
    const out = this.buf.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }
}
