import { describe, expect, it } from 'vitest';
import { findHostileKey, jsonNestingDepth, parseJsonSafely } from './safeJson';
import { parseMapText, validateMap } from './validate';

describe('untrusted JSON', () => {
  it('refuses oversized text before parsing it', () => {
    const text = `{"pad":"${'x'.repeat(3 * 1024 * 1024)}"}`;
    const r = parseMapText(text, 'big.json');
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          file: 'big.json',
          path: '$',
          message: `file is ${text.length} bytes; the limit is 2097152 bytes, so it was not parsed (split or simplify the map)`,
        },
      ],
    });
  });

  it('refuses deep nesting before parsing it', () => {
    const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const r = parseMapText(text, 'deep.json');
    expect(r.ok ? '' : r.issues[0]!.message).toBe(
      'JSON nests deeper than 32 levels, so it was not parsed; a map never needs that',
    );
  });

  it('counts nesting outside strings only', () => {
    expect(jsonNestingDepth('{"a":"[[[[{{{{","b":[1,[2]]}')).toBe(3);
    expect(jsonNestingDepth('["\\"[[["]')).toBe(1);
  });

  for (const key of ['__proto__', 'constructor', 'prototype']) {
    it(`refuses a ${key} key anywhere, with its path`, () => {
      const text = `{"format":"denizens-map","squad":[{"id":"a","pack":{"${key}":{"polluted":true}}}]}`;
      const r = parseMapText(text, 'evil.json');
      expect(r).toEqual({
        ok: false,
        issues: [
          {
            file: 'evil.json',
            path: `$.squad[0].pack.${key}`,
            message: `the key "${key}" is not allowed (it could alter object prototypes); remove it`,
          },
        ],
      });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('refuses hostile keys in already-parsed objects too', () => {
    const obj = JSON.parse('{"legend":{"__proto__":"wall"}}');
    expect(validateMap(obj, 'x.json')).toMatchObject({ ok: false, issues: [{ path: '$.legend.__proto__' }] });
    expect(findHostileKey({ a: [{ b: 1 }] })).toBeUndefined();
  });

  it('reports JSON syntax errors as an issue, not an exception', () => {
    const r = parseJsonSafely('{"a":');
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.problem.message).toMatch(/^not valid JSON \(.*\); fix the syntax$/);
  });

  it('handles a wide, flat hostile document within the limits', () => {
    const text = `[${Array.from({ length: 200_000 }, () => '{}').join(',')}]`;
    expect(parseMapText(text, 'wide.json')).toMatchObject({
      ok: false,
      issues: [{ path: '$', message: 'expected an object, got an array of 200000 items' }],
    });
  });
});
