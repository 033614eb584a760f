import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MapSchema } from './format';
import { describeValue, describeZodIssues, knownFieldsAt, valueAt } from './structural';
import { validateMap } from './validate';

/**
 * The sentences the schema's problems become (structural.ts): for each kind of mistake in a map, exactly the
 * words an author reads (where, what was expected, what was found, how to fix it).
 */
const FIXTURE = join(import.meta.dirname, '..', 'test', 'fixtures', 'valid-small.json');
// biome-ignore lint/suspicious/noExplicitAny: a map's JSON, edited freely to break it
const base = (): any => JSON.parse(readFileSync(FIXTURE, 'utf8'));
// biome-ignore lint/suspicious/noExplicitAny: as above
function problems(edit: (m: any) => void): string[] {
  const m = base();
  edit(m);
  const r = validateMap(m, 'm.json');
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
}

const ID = 'an id (lowercase letters, digits, "-" or "_"; 1-64 characters)';

describe('structural problems in words', () => {
  it('names what was found: nothing, null, strings (long ones cut), whole numbers, fractions, true/false, arrays, objects', () => {
    expect([undefined, null, 'abc', 7, -3, 2.5, true, false, [], [1], [1, 2], {}].map(describeValue)).toEqual([
      'nothing',
      'null',
      'the string "abc"',
      '7',
      '-3',
      'the fraction 2.5',
      'true',
      'false',
      'an array of 0 items',
      'an array of 1 item',
      'an array of 2 items',
      'an object',
    ]);
    expect(describeValue('x'.repeat(40))).toBe(`the string "${'x'.repeat(40)}"`);
    expect(describeValue('x'.repeat(41))).toBe(`the string "${'x'.repeat(37)}"… (41 characters)`);
  });

  it('valueAt follows own fields and indexes only, and finds nothing past a value that is not an object', () => {
    const input = { a: { b: [10, { c: null }] }, s: 'text' };
    expect(valueAt(input, ['a', 'b', 1, 'c'])).toBeNull();
    expect(valueAt(input, ['a', 'b', 0])).toBe(10);
    expect(valueAt(input, ['a', 'b', 1, 'c', 'd'])).toBeUndefined();
    expect(valueAt(input, ['s', 'length'])).toBeUndefined();
    expect(valueAt(input, ['a', 'toString'])).toBeUndefined();
    expect(valueAt(input, ['a', 'x'])).toBeUndefined();
  });

  it('knownFieldsAt: the fields allowed at a path, through defaults, optional fields, records, arrays and the objective kinds', () => {
    const map = base();
    expect(knownFieldsAt(MapSchema, map, ['squad', 0, 'pack'])).toEqual(['medkits']);
    expect(knownFieldsAt(MapSchema, map, ['breaches', 0])).toEqual(['x', 'y', 'sealsIn']);
    expect(knownFieldsAt(MapSchema, map, ['breachable', 0])).toEqual(['x', 'y', 'w', 'h']);
    expect(knownFieldsAt(MapSchema, map, ['weapons', 'rifle', 'damage'])).toEqual(['min', 'max']);
    expect(knownFieldsAt(MapSchema, map, ['weapons', 'rifle', 'rangeMods', 0])).toEqual(['upTo', 'mod']);
    expect(knownFieldsAt(MapSchema, { objective: { kind: 'reach' } }, ['objective'])).toEqual(['kind', 'tiles']);
    expect(knownFieldsAt(MapSchema, { objective: { kind: 'extract' } }, ['objective', 'tiles', 3])).toEqual(['x', 'y']);
    // A kind that is none of them: the first kind's fields.
    expect(knownFieldsAt(MapSchema, { objective: { kind: 'nope' } }, ['objective'])).toEqual(['kind', 'x', 'y']);
    // Not an object there, or no such field: none.
    expect(knownFieldsAt(MapSchema, map, ['squad', 0, 'hp'])).toEqual([]);
    expect(knownFieldsAt(MapSchema, map, ['name', 'x'])).toEqual([]);
    expect(knownFieldsAt(MapSchema, map, ['squad', 0, 'wings'])).toEqual([]);
    expect(knownFieldsAt(MapSchema, map, [0])).toEqual([]);
  });

  // biome-ignore lint/suspicious/noExplicitAny: a map's JSON, edited freely to break it
  const cases: [string, (m: any) => void, string[]][] = [
    ['an empty name', (m) => (m.name = ''), ['$.name: expected a string of at least 1 character, got an empty string']],
    [
      'a long name',
      (m) => (m.name = 'n'.repeat(81)),
      ['$.name: expected a string of at most 80 characters, got 81 characters'],
    ],
    ['a name of null', (m) => (m.name = null), ['$.name: expected a string, got null']],
    ['a name that is a list', (m) => (m.name = [1]), ['$.name: expected a string, got an array of 1 item']],
    ['a name that is a number', (m) => (m.name = 5), ['$.name: expected a string, got 5']],
    ['a missing name', (m) => delete m.name, ['$.name: missing required field "name" (expected a string); add it']],
    ['a unit that is null', (m) => (m.squad[0] = null), ['$.squad[0]: expected an object, got null']],
    [
      'an id in capitals',
      (m) => (m.id = 'X'.repeat(45)),
      [`$.id: expected ${ID}, got the string "${'X'.repeat(37)}"… (45 characters)`],
    ],
    [
      'a fraction of hit points',
      (m) => (m.squad[0].hp = 2.5),
      ['$.squad[0].hp: expected a whole number, got the fraction 2.5'],
    ],
    ['hit points true', (m) => (m.squad[0].hp = true), ['$.squad[0].hp: expected a number, got true']],
    [
      'hit points in words',
      (m) => (m.squad[0].hp = 'seven'),
      ['$.squad[0].hp: expected a number, got the string "seven"'],
    ],
    [
      'hit points in quotes',
      (m) => (m.squad[0].hp = '-3'),
      ['$.squad[0].hp: expected a number, got the string "-3"; write the number without quotes'],
    ],
    [
      'a name of digits in quotes (a string is right there)',
      (m) => (m.squad[0].name = 12),
      ['$.squad[0].name: expected a string, got 12'],
    ],
    [
      'hit points far below the least (the real bound only)',
      (m) => (m.squad[0].hp = -(2 ** 60)),
      ['$.squad[0].hp: expected a number at least 1, got -1152921504606847000'],
    ],
    ['no squad', (m) => (m.squad = []), ['$.squad: expected at least 1 item, got 0']],
    [
      'too many traits',
      (m) => (m.squad[0].traits = new Array(9).fill('boost')),
      ['$.squad[0].traits: expected at most 8 items, got 9'],
    ],
    [
      'an unknown trait (three choices)',
      (m) => (m.squad[0].traits = ['fly']),
      ['$.squad[0].traits[0]: expected "boost" or "haul" or "medic", got the string "fly"'],
    ],
    [
      'an unknown weapon kind (five choices)',
      (m) =>
        (m.weapons = {
          rifle: { name: 'R', kind: 'bow', damage: { min: 1, max: 2 }, ammo: null, rangeMods: [{ upTo: 3, mod: 0 }] },
        }),
      ['$.weapons.rifle.kind: expected one of "smg", "lmg", "pistol", "rifle", "energy", got the string "bow"'],
    ],
    [
      'another format',
      (m) => (m.format = 'x'),
      ['$.format: expected "denizens-map", got the string "x"; a map file starts with "format": "denizens-map"'],
    ],
    ['the version in quotes', (m) => (m.version = '1'), ['$.version: expected 1, got the string "1"']],
    [
      'no columns',
      (m) => (m.width = 0),
      ['$.width: expected a number at least 1, got 0; maps may be at most 256×256 tiles'],
    ],
    [
      'a row too long',
      (m) => (m.terrain[6] = '.'.repeat(257)),
      [
        '$.terrain[6]: expected a string of at most 256 characters, got 257 characters; maps may be at most 256 tiles wide',
      ],
    ],
    [
      'a height row too long',
      (m) => (m.heights = [...m.terrain.slice(0, 6).map((r: string) => r.replace(/./g, '0')), '0'.repeat(257)]),
      ['$.heights[6]: expected a string of at most 256 characters, got 257 characters'],
    ],
    [
      'an unknown field, two near names (the first one)',
      (m) => (m.objective = { kind: 'cell', x: 1, y: 1, z: 1 }),
      ['$.objective.z: unknown field "z"; did you mean "x"? remove it or fix its name (allowed here: kind, x, y)'],
    ],
    [
      'an unknown field of one objective kind',
      (m) => (m.objective = { kind: 'reach', tiles: [{ x: 8, y: 4 }], tilez: 1 }),
      [
        '$.objective.tilez: unknown field "tilez"; did you mean "tiles"? remove it or fix its name (allowed here: kind, tiles)',
      ],
    ],
    [
      'a misspelt field in a record',
      (m) => (m.enemyTypes = { bot: { name: 'B', hp: 1, aim: 1, mobility: 1, weapon: 'webley', tagz: [] } }),
      [
        '$.enemyTypes.bot.tagz: unknown field "tagz"; did you mean "tags"? remove it or fix its name (allowed here: name, hp, aim, mobility, vision, defense, weapon, tags)',
      ],
    ],
    [
      'a misspelt field with its last letter wrong',
      (m) => (m.squad[0].pack = { medkitz: 1 }),
      [
        '$.squad[0].pack.medkitz: unknown field "medkitz"; did you mean "medkits"? remove it or fix its name (allowed here: medkits)',
      ],
    ],
    [
      'a field far from every name',
      (m) => (m.squad[0].pack = { qqqq: 1 }),
      ['$.squad[0].pack.qqqq: unknown field "qqqq"; remove it or fix its name (allowed here: medkits)'],
    ],
    [
      'a field three letters past a name (too far for a guess)',
      (m) => (m.squad[0].pack = { medkitsxyz: 1 }),
      ['$.squad[0].pack.medkitsxyz: unknown field "medkitsxyz"; remove it or fix its name (allowed here: medkits)'],
    ],
    [
      'digits in quotes where an object belongs (no hint about numbers)',
      (m) => (m.squad[0].pack = '3'),
      ['$.squad[0].pack: expected an object, got the string "3"'],
    ],
  ];
  for (const [what, edit, want] of cases) {
    it(`a map with ${what}`, () => {
      // The issues at the paths named (a broken row also leaves the rows check a row short).
      const paths = new Set(want.map((w) => w.slice(0, w.indexOf(': '))));
      expect(problems(edit).filter((p) => paths.has(p.slice(0, p.indexOf(': '))))).toEqual(want);
    });
  }

  it('words for the mistakes other schemas can make (the function takes any schema)', () => {
    const words = (schema: z.ZodType, value: unknown) => {
      const r = schema.safeParse(value);
      return r.success ? [] : describeZodIssues(schema, value, r.error).map((i) => `${i.path}: ${i.message}`);
    };
    expect(words(z.number().multipleOf(5), 7)).toEqual(['$: expected a multiple of 5, got 7']);
    expect(words(z.union([z.string(), z.number()]), true)).toEqual([
      '$: expected one of the allowed shapes, got true; see docs/map-format.md',
    ]);
    expect(words(z.string().email(), 'nope')).toEqual(['$: expected a string in email format, got the string "nope"']);
    expect(
      words(
        z.string().refine(() => false, 'custom words'),
        'x',
      ),
    ).toEqual(['$: custom words']);
    expect(words(z.number().gt(3), 3)).toEqual(['$: expected a number more than 3, got 3']);
    expect(words(z.number().lt(3), 3)).toEqual(['$: expected a number less than 3, got 3']);
    expect(words(z.string().length(3), 'ab')).toEqual([
      '$: expected a string of exactly 3 characters, got 2 characters',
    ]);
    expect(words(z.array(z.number()).length(1), [])).toEqual(['$: expected exactly 1 item, got 0']);
    expect(words(z.set(z.number()).min(2), new Set([1]))).toEqual(['$: expected at least 2 items, got none']);
  });
});
