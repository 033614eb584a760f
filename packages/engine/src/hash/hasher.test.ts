import { describe, expect, it } from 'vitest';
import { canonicalJson, Hasher, hashJson } from './hasher';

describe('Hasher', () => {
  it('gives fixed digests (the same in every JavaScript engine: these values are part of the replay format)', () => {
    expect(new Hasher().digest()).toBe(new Hasher().digest());
    expect(new Hasher().int(0).digest()).toMatchInlineSnapshot(`"f27eec13195df282"`);
    expect(new Hasher().int(1).int(-1).str('willow').digest()).toMatchInlineSnapshot(`"1a35252bfe4d9046"`);
    expect(new Hasher().int(2 ** 40 + 5).digest()).toMatchInlineSnapshot(`"e7090b6947bf7b11"`);
  });

  it('tells apart values, order and lengths', () => {
    const d = (f: (h: Hasher) => void) => {
      const h = new Hasher();
      f(h);
      return h.digest();
    };
    const all = [
      d((h) => h.int(1).int(2)),
      d((h) => h.int(2).int(1)),
      d((h) => h.int(1)),
      d((h) => h.str('ab')),
      d((h) => h.str('a').str('b')),
      d((h) => h.ints([1, 2])),
      d((h) => h.int(2 ** 32)),
      d((h) => h.int(0)),
    ];
    expect(new Set(all).size).toBe(all.length);
  });

  it('hashes typed arrays by their bytes: fixed digests, the same aligned or not, every byte counts', () => {
    const a = Uint8Array.from({ length: 23 }, (_, i) => (i * 37) & 255);
    const digest = (x: Uint8Array | Int16Array) => new Hasher().bytes(x).digest();
    expect(digest(a)).toMatchInlineSnapshot(`"b79bcf92a483dff5"`);
    expect(digest(Int16Array.from([1, -1, 300]))).toMatchInlineSnapshot(`"cd945ca33f7ceb2e"`);
    const shifted = new Uint8Array(a.length + 1);
    shifted.set(a, 1);
    expect(digest(shifted.subarray(1))).toBe(digest(a));
    for (const i of [0, 5, 21, 22]) {
      const b = a.slice();
      b[i] = b[i]! ^ 1;
      expect(digest(b)).not.toBe(digest(a));
    }
    expect(digest(a.subarray(0, 22))).not.toBe(digest(a));
  });

  it('refuses a float: floats must never reach the state', () => {
    expect(() => new Hasher().int(0.5)).toThrow(/non-integer/);
    expect(() => new Hasher().int(Number.NaN)).toThrow(/non-integer/);
  });

  it('hashes JSON by canonical form, whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    expect(hashJson({ b: 1, a: 2 })).toBe(hashJson({ a: 2, b: 1 }));
    expect(hashJson({ a: 1 })).not.toBe(hashJson({ a: 2 }));
    expect(hashJson({ a: 1, b: undefined })).toBe(hashJson({ a: 1 }));
    expect(hashJson({ outer: { y: [1, 2], x: 'z' } })).toBe(hashJson({ outer: { x: 'z', y: [1, 2] } }));
  });

  it('tells apart values whose pieces are alike (strings, lists, kinds, nesting)', () => {
    const values: unknown[] = [
      null,
      false,
      true,
      0,
      1,
      -1,
      2 ** 40,
      0.5,
      '',
      '0',
      '1',
      'ab',
      ['ab'],
      ['a', 'b'],
      [],
      [[]],
      {},
      { a: 1 },
      { a: '1' },
      { a: [1] },
      { ab: 1 },
      { a: 1, b: 1 },
      { a: { b: 1 } },
      [1, [2]],
      [[1], 2],
      [1, 2],
      [null],
      [false],
    ];
    const digests = values.map((v) => hashJson(v));
    expect(new Set(digests).size).toBe(values.length);
    // Beyond 32 bits a whole number takes two words: they never run into the next value's.
    expect(hashJson([3 * 2 ** 32 + 3, 5])).not.toBe(hashJson([3, 3 * 2 ** 32 + 5]));
    expect(hashJson([2 ** 32])).not.toBe(hashJson([1, 0]));
  });
});
