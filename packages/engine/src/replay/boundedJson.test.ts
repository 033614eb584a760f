import { describe, expect, it } from 'vitest';
import { boundedJson } from './boundedJson';

describe('boundedJson', () => {
  it('prints small values as JSON', () => {
    expect(boundedJson({ type: 'move', unit: 'willow', to: { x: 7, y: 12 } })).toBe(
      '{"type":"move","unit":"willow","to":{"x":7,"y":12}}',
    );
    expect(boundedJson([1, 'a', null, true])).toBe('[1,"a",null,true]');
  });

  it('prints a value nested 100,000 levels deep without overflowing, cut at the depth bound', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(boundedJson(deep, 200, 3)).toBe('{"a":{"a":{"a":{…}}}}');
  });

  it('cuts long text at the length bound', () => {
    const s = boundedJson({ list: Array.from({ length: 10_000 }, (_, i) => i) }, 50);
    expect(s.length).toBe(50);
    expect(s.endsWith('…')).toBe(true);
  });

  it('writes what JSON has no value for as null, and cuts long strings and keys', () => {
    expect(boundedJson([Number.NaN, Number.POSITIVE_INFINITY, -1.5, undefined, () => 1, false])).toBe(
      '[null,null,-1.5,null,null,false]',
    );
    expect(boundedJson({ [`k${'e'.repeat(45)}`]: 'v' })).toBe(`{"k${'e'.repeat(39)}…":"v"}`);
    expect(boundedJson('abcdefghij', 5)).toBe('"abc…');
    expect(boundedJson(['abcdefghij'], 14)).toBe('["abcdefghij"]');
    expect(boundedJson({ a: [[[1]]], b: {} }, 200, 2)).toBe('{"a":[[…]],"b":{}}');
  });

  it('keeps a text of exactly the bound whole, and cuts one character more', () => {
    expect(boundedJson([1, 2, 3], 7)).toBe('[1,2,3]');
    expect(boundedJson([1, 2, 3], 6)).toBe('[1,2,…');
    expect(boundedJson({ a: 1, b: 2 }, 13)).toBe('{"a":1,"b":2}');
    expect(boundedJson({ a: 1, b: 2 }, 12)).toBe('{"a":1,"b":…');
  });
});

describe('boundedJson keys', () => {
  it('prints a key of up to 40 characters whole and cuts a longer one after 40', () => {
    const k40 = 'k'.repeat(40);
    expect(boundedJson({ [k40]: 1 })).toBe(`{"${k40}":1}`);
    expect(boundedJson({ [`${k40}x`]: 1 })).toBe(`{"${k40}…":1}`);
  });
});
