// Bytes in and out of a result code: single bytes, varints and length-prefixed UTF-8 texts.

export class Writer {
  bytes: number[] = [];
  byte(b: number) {
    this.bytes.push(b & 0xff);
  }
  varint(n: number) {
    let x = n;
    while (x >= 0x80) {
      this.byte((x & 0x7f) | 0x80);
      x = Math.floor(x / 128);
    }
    this.byte(x);
  }
  text(s: string | undefined) {
    if (s === undefined) return this.varint(0);
    const b = new TextEncoder().encode(s);
    this.varint(b.length + 1);
    for (const x of b) this.byte(x);
  }
}

/** The code ends before its contents do. */
export class Truncated extends Error {}

export class Reader {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}
  byte(): number {
    if (this.pos >= this.bytes.length) throw new Truncated();
    return this.bytes[this.pos++] as number;
  }
  varint(): number {
    let n = 0;
    let mul = 1;
    for (let i = 0; i < 5; i++) {
      const b = this.byte();
      n += (b & 0x7f) * mul;
      if (b < 0x80) return n;
      mul *= 128;
    }
    throw new Error('varint');
  }
  text(limit: number): string | undefined {
    const len = this.varint();
    if (len === 0) return undefined;
    if (len - 1 > limit * 4) throw new Error('text');
    const out = this.bytes.slice(this.pos, this.pos + len - 1);
    if (out.length < len - 1) throw new Truncated();
    this.pos += len - 1;
    return new TextDecoder('utf-8', { fatal: true }).decode(out);
  }
}

/** The position of a value in a list, for writing; a value not in the list cannot be encoded. */
export function indexIn<T>(list: readonly T[], value: T): number {
  const i = list.indexOf(value);
  if (i < 0) throw new Error(`cannot encode ${String(value)}`);
  return i;
}

/** The value at a position, for reading; a position past the list is a corrupt code. */
export function pick<T>(list: readonly T[], i: number): T {
  const v = list[i];
  if (v === undefined) throw new Error('index');
  return v;
}
