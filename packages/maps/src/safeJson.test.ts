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
      warnings: [],
      notes: [],
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
            line: 1,
            column: 53,
          },
        ],
        warnings: [],
        notes: [],
      });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('refuses hostile keys in already-parsed objects too', () => {
    const obj = JSON.parse('{"legend":{"__proto__":"wall"}}');
    expect(validateMap(obj, 'x.json')).toMatchObject({ ok: false, issues: [{ path: '$.legend.__proto__' }] });
    expect(findHostileKey({ a: [{ b: 1 }] })).toBeUndefined();
  });

  it('reports JSON syntax errors as an issue with line, column, the line and a caret, and what to do', () => {
    const cases: [string, string, number, number, string][] = [
      [
        '{"a":',
        'the file ends before the JSON is complete (a bracket, brace or string is not closed)',
        1,
        6,
        '  {"a":\n       ^',
      ],
      [
        '{\n  "a": 1,\n  "b": 2,\n}',
        'a comma before the closing "}" (JSON allows none); remove the comma',
        3,
        9,
        '    "b": 2,\n          ^',
      ],
      [
        '{\n  "a": 1\n  "b": 2\n}',
        'a comma is missing before this value; add "," after the previous one',
        3,
        3,
        '    "b": 2\n    ^',
      ],
      ["{'a': 1}", 'JSON needs double quotes (") around strings and keys, not single quotes', 1, 2, "  {'a': 1}\n   ^"],
      [
        '{"a": "x\ny"}',
        'a line break or control character inside a string; write it as \\n (or remove it) and close the string',
        1,
        9,
        '  {"a": "x\n          ^',
      ],
      [
        '{"a": tru}',
        'unexpected word "tru"; write true, false, null, a number or a "quoted string"',
        1,
        7,
        '  {"a": tru}\n        ^',
      ],
      ['[1, 2]]', 'unexpected "]"; check the brackets, commas and quotes around it', 1, 7, '  [1, 2]]\n        ^'],
    ];
    for (const [text, why, line, column, excerpt] of cases) {
      const r = parseJsonSafely(text);
      expect(r.ok, text).toBe(false);
      if (r.ok) continue;
      expect(r.problem, text).toEqual({ path: '$', message: `not valid JSON: ${why}`, line, column, excerpt });
    }
  });

  it('accepts a UTF-8 byte-order mark before the JSON', () => {
    expect(parseJsonSafely('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('handles a wide, flat hostile document within the limits', () => {
    const text = `[${Array.from({ length: 200_000 }, () => '{}').join(',')}]`;
    expect(parseMapText(text, 'wide.json')).toMatchObject({
      ok: false,
      issues: [{ path: '$', message: 'expected an object, got an array of 200000 items' }],
    });
  });
});
