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

  it('feeds a 32-bit integer as one word and a wider one as two, at the exact edges', () => {
    const one = (v: number) => new Hasher().int(v).digest();
    // ints() feeds its length then each value as one word: the same words as int() for 32-bit values.
    for (const v of [0x7fffffff, -0x80000000, 5, -7])
      expect(new Hasher().ints([v]).digest(), String(v)).toBe(new Hasher().int(1).int(v).digest());
    // Just beyond 32 bits: two words (high, low), never folded into one.
    expect(one(0x80000000)).toBe(new Hasher().int(0).int(-0x80000000).digest());
    expect(one(-0x80000001)).toBe(new Hasher().int(-1).int(0x7fffffff).digest());
    // Below: floor(v / 2^32) is -257 and the low word 2^32 - 7, fed as -7.
    expect(one(-(2 ** 40) - 7)).toBe(new Hasher().int(-257).int(-7).digest());
  });

  it('bool and ints feed the same words as int', () => {
    expect(new Hasher().bool(true).digest()).toBe(new Hasher().int(1).digest());
    expect(new Hasher().bool(false).digest()).toBe(new Hasher().int(0).digest());
    expect(new Hasher().ints([5, -7]).digest()).toBe(new Hasher().int(2).int(5).int(-7).digest());
    expect(new Hasher().ints(Int8Array.from([3])).digest()).toBe(new Hasher().int(1).int(3).digest());
  });

  it('hashes a byte array whose length is a multiple of four without a padding word', () => {
    const a = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
    // 8 bytes: the length, then two whole words; a ninth zero byte is a different array and digest.
    expect(new Hasher().bytes(a).digest()).toMatchInlineSnapshot(`"3700245119482773"`);
    expect(new Hasher().bytes(Uint8Array.from([...a, 0])).digest()).not.toBe(new Hasher().bytes(a).digest());
  });

  it('writes every digest as 16 hex digits, leading zeros kept', () => {
    const digests = Array.from({ length: 500 }, (_, i) => new Hasher().int(i).digest());
    for (const d of digests) expect(d).toMatch(/^[0-9a-f]{16}$/);
    // Some of them start a lane with a zero digit: the padding is exercised, not only allowed.
    expect(digests.some((d) => d[0] === '0' || d[8] === '0')).toBe(true);
  });

  it('writes canonical JSON for every kind of value (the text JSON.stringify gives, keys sorted)', () => {
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson('a"b')).toBe('"a\\"b"');
    expect(canonicalJson([1, null, 'x', true])).toBe('[1,null,"x",true]');
    expect(canonicalJson([{ b: 1, a: 2 }, [3, { d: null, c: [] }], null, 4])).toBe(
      '[{"a":2,"b":1},[3,{"c":[],"d":null}],null,4]',
    );
    expect(canonicalJson({ b: undefined, a: 1, c: { z: undefined } })).toBe('{"a":1,"c":{}}');
    // A key spelt "undefined" is an ordinary key.
    expect(canonicalJson({ undefined: 1, a: [] })).toBe('{"a":[],"undefined":1}');
  });

  /** The list with a hole where it says 'hole'. */
  const holey = (a: unknown[]) => {
    const out: unknown[] = [];
    a.forEach((v, i) => {
      if (v !== 'hole') out[i] = v;
    });
    out.length = a.length;
    return out;
  };

  it('leaves a hole in a list empty in canonical JSON, as Array.join does', () => {
    expect(canonicalJson(holey([1, 'hole', { b: 1, a: 2 }]))).toBe('[1,,{"a":2,"b":1}]');
  });

  it('gives fixed JSON digests (the map hash in every replay depends on them)', () => {
    const value = {
      yes: true,
      no: false,
      none: null,
      small: -7,
      big: 2 ** 40 + 3,
      negBig: -(2 ** 40) - 3,
      frac: 0.25,
      text: 'ruins',
      list: holey([1, 'hole', { z: [2], y: 'a' }]),
      gone: undefined,
      undefined: 'a key spelt undefined',
    };
    expect(hashJson(value)).toMatchInlineSnapshot(`"9e9cab6369bfd41d"`);
    // Each kind on its own, so a change names the kind.
    expect(
      [true, false, 2 ** 40 + 3, 0.25, holey([1, 'hole', 2]), { a: 1, b: undefined }].map(hashJson),
    ).toMatchInlineSnapshot(`
      [
        "ca78b63e3aa2fbb3",
        "da9d2e0e2f2018dc",
        "d4aa709d86173e3c",
        "94f5185eade6093a",
        "1609508b4fdfd8c5",
        "4c905d9733f739f1",
      ]
    `);
  });
});
