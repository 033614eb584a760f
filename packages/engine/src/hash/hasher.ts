const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * A small, fast, pure-JS 64-bit digest (two 32-bit lanes of Murmur3-style mixing) over a stream of
 * integers and strings. Only Math.imul and 32-bit integer arithmetic: Node and every browser agree.
 * Not cryptographic: it detects divergence and tampering by accident, not by a determined forger
 * (a replay's authority comes from re-simulation, not from its hashes).
 */
export class Hasher {
  private h1 = 0x2f5e_c3a1 | 0;
  private h2 = 0x6b43_a9b5 | 0;
  private n = 0;

  /** Feeds one integer. Throws on a non-integer: a float reaching the hash means a float reached the state. */
  int(v: number): this {
    if (!Number.isInteger(v)) throw new Error(`hash: non-integer value ${v} in game state`);
    // Integers beyond 32 bits (e.g. RNG state words scaled to 2^32) go in as two words.
    if (v > 0x7fffffff || v < -0x80000000) {
      this.word(Math.floor(v / 0x1_0000_0000) | 0);
      this.word(v >>> 0);
    } else this.word(v | 0);
    return this;
  }

  str(s: string): this {
    this.word(s.length | 0);
    // `word` per character, written out with the lanes in locals (same digest).
    let h1 = this.h1;
    let h2 = this.h2;
    const n = s.length;
    for (let i = 0; i < n; i++) {
      const k0 = s.charCodeAt(i);
      let k = Math.imul(k0, 0xcc9e2d51);
      k = (k << 15) | (k >>> 17);
      k = Math.imul(k, 0x1b873593);
      let h = h1 ^ k;
      h = (h << 13) | (h >>> 19);
      h1 = (Math.imul(h, 5) + 0xe6546b64) | 0;
      let j = Math.imul(k0 ^ 0x5bd1e995, 0x85ebca6b);
      j = (j << 17) | (j >>> 15);
      j = Math.imul(j, 0xc2b2ae35);
      let g = h2 ^ j;
      g = (g << 11) | (g >>> 21);
      h2 = (Math.imul(g, 9) + 0x7a3d1b29) | 0;
    }
    this.h1 = h1;
    this.h2 = h2;
    this.n += n;
    return this;
  }

  bool(b: boolean): this {
    return this.int(b ? 1 : 0);
  }

  /** Feeds a whole integer array (typed or plain). */
  ints(a: ArrayLike<number>): this {
    this.word(a.length | 0);
    for (let i = 0; i < a.length; i++) this.word(a[i]! | 0);
    return this;
  }

  /**
   * Feeds a typed array's bytes as little-endian 32-bit words (the last word zero-padded), after its
   * length in elements: a quarter of the words `ints` takes for a byte array, the same on every platform,
   * each mixed more lightly than `word` does (the digest still depends on every bit and on the order).
   */
  bytes(a: Uint8Array | Int8Array | Int16Array | Uint16Array | Int32Array | Uint32Array): this {
    this.word(a.length | 0);
    const u8 = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const n = u8.length;
    const full = n & ~3;
    let h1 = this.h1;
    let h2 = this.h2;
    let count = this.n;
    const words = full >> 2;
    // Bulk data takes a lighter mix per word than `word` (one multiply and one rotation per lane).
    if (LITTLE_ENDIAN && (u8.byteOffset & 3) === 0) {
      const u32 = new Int32Array(u8.buffer, u8.byteOffset, words);
      for (let i = 0; i < words; i++) {
        const k0 = u32[i]!;
        const h = Math.imul(h1 ^ k0, 0x9e3779b1);
        h1 = (h << 15) | (h >>> 17);
        const g = Math.imul((h2 + k0) | 0, 0x85ebca77);
        h2 = (g << 13) | (g >>> 19);
      }
    } else {
      for (let i = 0; i < full; i += 4) {
        const k0 = u8[i]! | (u8[i + 1]! << 8) | (u8[i + 2]! << 16) | (u8[i + 3]! << 24);
        const h = Math.imul(h1 ^ k0, 0x9e3779b1);
        h1 = (h << 15) | (h >>> 17);
        const g = Math.imul((h2 + k0) | 0, 0x85ebca77);
        h2 = (g << 13) | (g >>> 19);
      }
    }
    count += words;
    this.h1 = h1;
    this.h2 = h2;
    this.n = count;
    if (full < n) {
      let k0 = 0;
      for (let i = full; i < n; i++) k0 |= u8[i]! << ((i - full) * 8);
      this.word(k0);
    }
    return this;
  }

  private word(k0: number): void {
    let k = Math.imul(k0, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    let h = this.h1 ^ k;
    h = (h << 13) | (h >>> 19);
    this.h1 = (Math.imul(h, 5) + 0xe6546b64) | 0;
    let j = Math.imul(k0 ^ 0x5bd1e995, 0x85ebca6b);
    j = (j << 17) | (j >>> 15);
    j = Math.imul(j, 0xc2b2ae35);
    let g = this.h2 ^ j;
    g = (g << 11) | (g >>> 21);
    this.h2 = (Math.imul(g, 9) + 0x7a3d1b29) | 0;
    this.n++;
  }

  /** The digest as 16 lowercase hex characters. */
  digest(): string {
    let a = this.h1 ^ this.n;
    let b = this.h2 ^ Math.imul(this.n, 0x9e3779b1);
    a = (a + b) | 0;
    b = (b + a) | 0;
    a = fmix(a);
    b = fmix(b);
    a = (a + b) | 0;
    b = (b + a) | 0;
    return hex8(a) + hex8(b);
  }
}

function fmix(h0: number): number {
  let h = h0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

function hex8(v: number): string {
  return (v >>> 0).toString(16).padStart(8, '0');
}

/** JSON text with object keys sorted at every level: the canonical form of plain data. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    // An array of plain values (no objects or arrays inside) has no keys to sort: JSON.stringify gives the same text.
    let flat = true;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if ((v !== null && typeof v === 'object') || !(i in value)) {
        flat = false;
        break;
      }
    }
    if (flat) return JSON.stringify(value);
    // Loops rather than map/join closures (the same text; a hole stays empty, as join leaves it).
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      if (i in value) out += canonicalJson(value[i]);
    }
    return `${out}]`;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  let out = '{';
  let first = true;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const v = obj[k];
    if (v === undefined) continue;
    if (!first) out += ',';
    first = false;
    out += `${JSON.stringify(k)}:${canonicalJson(v)}`;
  }
  return `${out}}`;
}

/**
 * Digest of any plain JSON data (e.g. a map) in canonical order: object keys sorted, members whose
 * value is undefined left out (as canonicalJson writes it). The data is fed to the hasher value by
 * value, each with a tag and every string and list with its length (so no two values feed the same
 * words), without building the canonical text first.
 */
export function hashJson(value: unknown): string {
  const h = new Hasher();
  feedJson(h, value);
  return h.digest();
}

/** Tags of hashJson's value kinds. */
const J_NULL = 0;
const J_FALSE = 1;
const J_TRUE = 2;
const J_INT = 3;
const J_NUMBER = 4;
const J_STRING = 5;
const J_ARRAY = 6;
const J_OBJECT = 7;
const J_HOLE = 8;
const J_INT53 = 9;

function feedJson(h: Hasher, v: unknown): void {
  switch (typeof v) {
    case 'boolean':
      h.int(v ? J_TRUE : J_FALSE);
      return;
    case 'number':
      // Whole numbers as one word (32-bit) or two (beyond: a tag of their own, so the words never run
      // into the next value's); anything else (fractions, NaN, ±Infinity) by its JSON text.
      if ((v | 0) === v) h.int(J_INT).int(v);
      else if (Number.isSafeInteger(v))
        h.int(J_INT53)
          .int(Math.floor(v / 0x1_0000_0000) | 0)
          .int(v | 0);
      else h.int(J_NUMBER).str(JSON.stringify(v));
      return;
    case 'string':
      h.int(J_STRING).str(v);
      return;
    case 'object': {
      if (v === null) break;
      if (Array.isArray(v)) {
        h.int(J_ARRAY).int(v.length);
        for (let i = 0; i < v.length; i++) {
          if (i in v) feedJson(h, v[i]);
          else h.int(J_HOLE);
        }
        return;
      }
      const obj = v as Record<string, unknown>;
      const keys = Object.keys(obj).sort();
      let n = 0;
      for (let i = 0; i < keys.length; i++) if (obj[keys[i]!] !== undefined) n++;
      h.int(J_OBJECT).int(n);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        const member = obj[k];
        if (member === undefined) continue;
        h.str(k);
        feedJson(h, member);
      }
      return;
    }
  }
  // null, and what JSON has no value for (undefined, functions, symbols, bigints), as null.
  h.int(J_NULL);
}
