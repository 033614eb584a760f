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
});
