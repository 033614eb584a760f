import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatIssue,
  formatWarning,
  locateIssues,
  MAX_ISSUES,
  type MapIssue,
  parseMapText,
  validateMap,
} from './validate';

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures');

/** Each broken fixture and the exact messages it must produce (file, JSON path, tile, what and how to fix). */
const EXPECTED: Record<string, string[]> = {
  'breach-not-on-hull.json': [
    'breach-not-on-hull.json:81:3: $.breaches[0] (tile 1,1): pre-placed breach is on ground; put it on a hull (or breach) tile',
  ],
  'duplicate-ids.json': [
    'duplicate-ids.json:30:4: $.squad[1].id: duplicate unit id "willow" (already used at $.squad[0]); give every unit its own id',
  ],
  'eliminate-without-enemies.json': [
    'eliminate-without-enemies.json:41:2: $.objective: objective is "eliminate" but the map has no enemies; add enemies or choose another objective kind',
  ],
  'heights-shape.json': [
    'heights-shape.json:80:2: $.heights: has 2 rows but height is 7; give one row per terrain row',
    'heights-shape.json:82:3: $.heights[1]: row is 3 digits long but width is 10; give one digit per tile',
  ],
  'objective-inside-no-breachable-hull.json': [
    'objective-inside-no-breachable-hull.json:58:2: $.objective (tile 7,3): objective at 7,3 is inside the ship and no hull tile on the squad\'s side is breachable; add a "breachable" rect over that hull, or an entry in "breaches"',
  ],
  'objective-inside-no-strike.json': [
    'objective-inside-no-strike.json:58:2: $.objective (tile 7,3): objective at 7,3 is inside the ship and no strike opens a way in; add a strike whose radius reaches breachable hull (e.g. at 6,3), or an entry in "breaches"',
  ],
  'objective-unreachable.json': [
    'objective-unreachable.json:58:2: $.objective (tile 7,4): objective at 7,4 cannot be reached from any squad spawn: walls, void or closed hull cut it off; open a path or move the objective',
  ],
  'patrol-through-walls.json': [
    'patrol-through-walls.json:51:5: $.enemies[0].patrol[1] (tile 4,0): patrol of enemy "drone-1" cannot walk from 0,0 to 4,0: walls, hull or void block every way; move the waypoint or open a path',
  ],
  'patrol-waypoint-on-hull.json': [
    'patrol-waypoint-on-hull.json:51:5: $.enemies[0].patrol[1] (tile 7,2): patrol waypoint of enemy "drone-1" is on hull; put it on a tile a unit can walk on (ground, rubble, deck, conduit, crater or cell)',
  ],
  'ragged-rows.json': [
    'ragged-rows.json:16:3: $.terrain[6]: row is 9 characters long but width is 10; every row must be exactly width long',
    'ragged-rows.json:1:1: $: not checked until the problems above in terrain are fixed: patrol routes, objective reachability; fix them and validate again',
  ],
  'row-count.json': [
    'row-count.json:9:2: $.terrain: has 6 rows but height is 7; give exactly one row per y (or fix height)',
    'row-count.json:1:1: $: not checked until the problems above in terrain are fixed: patrol routes, objective reachability; fix them and validate again',
  ],
  'spawn-on-wall.json': [
    'spawn-on-wall.json:29:3: $.squad[1] (tile 2,1): squad member "buffy" stands on wall; move it to a tile a unit can stand on (ground, rubble, deck, conduit, crater or cell)',
  ],
  'spawn-outside.json': [
    'spawn-outside.json:29:3: $.squad[1] (tile 12,4): squad member "buffy" is at 12,4, outside the 10x7 map (x 0-9, y 0-6); move it inside',
  ],
  'strike-outside.json': [
    'strike-outside.json:79:3: $.strikes[1] (tile 30,2): strike target is at 30,2, outside the 10x7 map (x 0-9, y 0-6); move it inside',
  ],
  'structural.json': [
    'structural.json:1:1: $.name: missing required field "name" (expected a string); add it',
    'structural.json:4:2: $.version: expected 1, got 2; this build reads map format version 1: convert the map (see docs/map-format.md, "Versioning")',
    'structural.json:21:4: $.squad[0].hp: expected a number, got the string "7"; write the number without quotes',
    'structural.json:37:4: $.squad[1].mobilty: unknown field "mobilty"; did you mean "mobility"? remove it or fix its name (allowed here: id, name, role, hp, aim, mobility, vision, defense, weapon, sidearm, pack, traits, x, y)',
    'structural.json:59:3: $.objective.kind: expected one of "cell", "reach", "eliminate", "extract", got the string "escape"',
    'structural.json:1:1: $: not checked until the problems above in objective, squad are fixed: the objective, objective reachability, story triggers and the captive; fix them and validate again',
  ],
  'three-kinds.json': [
    'three-kinds.json:16:3: $.terrain[6]: row is 9 characters long but width is 10; every row must be exactly width long',
    'three-kinds.json:29:3: $.squad[1].mobility: missing required field "mobility" (expected a number); add it',
    'three-kinds.json:37:4: $.squad[1].mobilty: unknown field "mobilty"; did you mean "mobility"? remove it or fix its name (allowed here: id, name, role, hp, aim, mobility, vision, defense, weapon, sidearm, pack, traits, x, y)',
    'three-kinds.json:57:3: $.enemies[1] (tile 2,1): enemy "drone-2" stands on wall; move it to a tile a unit can stand on (ground, rubble, deck, conduit, crater or cell)',
    'three-kinds.json:1:1: $: not checked until the problems above in terrain, squad are fixed: patrol routes, objective reachability, story triggers and the captive; fix them and validate again',
  ],
  'too-large.json': [
    'too-large.json:7:2: $.width: expected a number at most 256, got 300; maps may be at most 256×256 tiles',
    'too-large.json:8:2: $.height: expected a number at most 256, got 257; maps may be at most 256×256 tiles',
    'too-large.json:1:1: $: not checked until the problems above in width, height, terrain are fixed: terrain rows, height rows, unit spawn tiles, patrol waypoints, patrol routes, strike targets, pre-placed breaches, breachable areas, lights, the objective, objective reachability, story triggers and the captive; fix them and validate again',
  ],
  'two-units-one-tile.json': [
    'two-units-one-tile.json:41:3: $.enemies[0] (tile 0,3): enemy "drone-1" shares tile 0,3 with squad member "willow"; give each unit its own tile',
  ],
  'unknown-terrain-code.json': [
    'unknown-terrain-code.json:11:9: $.terrain[1] (tile 5,1): unknown terrain code "X"; use one of "." "," "#" "H" "_" "=" "o" " " "B" "C" or add it to "legend"',
    'unknown-terrain-code.json:1:1: $: not checked until the problems above in terrain are fixed: patrol routes, objective reachability; fix them and validate again',
  ],
  'unknown-weapon-and-type.json': [
    'unknown-weapon-and-type.json:25:4: $.squad[0].weapon: unknown weapon "musket"; use one of thompson, bren, webley, lgf-needler, lgf-carbine, lgf-cannon or define it in "weapons"',
    'unknown-weapon-and-type.json:43:4: $.enemies[0].type: unknown enemy type "dragon"; use one of drone, trooper, heavy or define it in "enemyTypes"',
  ],
  'weapon-inconsistent.json': [
    'weapon-inconsistent.json:84:4: $.weapons.rifle.damage: min 5 is above max 3; make min at most max',
    "weapon-inconsistent.json:95:6: $.weapons.rifle.rangeMods[1].upTo: upTo 4 is not above the previous band's 6; list range bands nearest first, upTo growing",
  ],
};

function check(file: string): { ok: boolean; lines: string[]; issues: MapIssue[] } {
  const r = parseMapText(readFileSync(join(FIXTURES, 'invalid', file), 'utf8'), file);
  return r.ok
    ? { ok: true, lines: [], issues: [] }
    : { ok: false, lines: [...r.issues, ...r.notes].map(formatIssue), issues: r.issues };
}

describe('validateMap on broken fixtures', () => {
  it('has an expectation for every fixture and a fixture for every expectation', () => {
    expect(readdirSync(join(FIXTURES, 'invalid')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, lines] of Object.entries(EXPECTED)) {
    it(`${file}: reports exactly its mistakes`, () => {
      const r = check(file);
      expect(r.ok).toBe(false);
      expect(r.lines).toEqual(lines);
    });
  }

  it('accepts the base the fixtures were made from', () => {
    const r = parseMapText(readFileSync(join(FIXTURES, 'valid-small.json'), 'utf8'), 'valid-small.json');
    expect(r.ok).toBe(true);
  });

  it('fills defaults in a valid map', () => {
    const r = parseMapText(readFileSync(join(FIXTURES, 'valid-small.json'), 'utf8'), 'valid-small.json');
    if (!r.ok) throw new Error('fixture invalid');
    expect(r.map.squad[0]).toMatchObject({ vision: 12, defense: 0, traits: [], pack: { medkits: 0 } });
    expect(r.map.sealTurns).toBe(3);
  });
});

describe('issue details', () => {
  it('puts a tile on issues about a place and names the file in every issue', () => {
    const r = check('spawn-on-wall.json');
    expect(r.issues).toEqual([
      expect.objectContaining({ file: 'spawn-on-wall.json', path: '$.squad[1]', tile: { x: 2, y: 1 } }),
    ]);
  });

  it('caps a flood of issues and says how many more there are', () => {
    const rows = Array.from({ length: 100 }, () => 'X'.repeat(100));
    const r = validateMap(
      {
        format: 'denizens-map',
        version: 1,
        id: 'flood',
        name: 'Flood',
        width: 100,
        height: 100,
        terrain: rows,
        squad: [{ id: 'a', name: 'A', hp: 5, aim: 50, mobility: 4, weapon: 'webley', x: 0, y: 0 }],
        objective: { kind: 'eliminate' },
      },
      'flood.json',
    );
    if (r.ok) throw new Error('should fail');
    expect(r.issues).toHaveLength(51);
    expect(r.issues[50]!.message).toBe('…and 51 more issues; fix these first');
    expect(r.notes[0]!.message).toBe(
      'not checked until the problems above in terrain are fixed: patrol routes, objective reachability; fix them and validate again',
    );
  });

  it('checks the walk from the spawn to the first waypoint', () => {
    const base = JSON.parse(readFileSync(join(FIXTURES, 'valid-small.json'), 'utf8'));
    base.enemies[0].patrol = [
      { x: 1, y: 6 },
      { x: 4, y: 6 },
      { x: 4, y: 1 },
    ];
    expect(validateMap(base, 'walk.json').ok).toBe(true);
    base.enemies[0].patrol = [
      { x: 1, y: 6 },
      { x: 4, y: 6 },
    ];
    base.terrain[5] = '######HHHH';
    const r = validateMap(base, 'walk.json');
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([
      'walk.json: $.enemies[0].patrol[0] (tile 1,6): patrol of enemy "drone-1" cannot walk from 4,1 to 1,6: walls, hull or void block every way; move the waypoint or open a path',
    ]);
  });

  it('counts a pre-placed breach as a way into the ship', () => {
    const base = JSON.parse(readFileSync(join(FIXTURES, 'invalid', 'objective-inside-no-strike.json'), 'utf8'));
    base.breaches = [{ x: 6, y: 4 }];
    expect(validateMap(base, 'b.json').ok).toBe(true);
  });

  it('treats all hull as breachable when the map gives no breachable rects', () => {
    const base = JSON.parse(
      readFileSync(join(FIXTURES, 'invalid', 'objective-inside-no-breachable-hull.json'), 'utf8'),
    );
    delete base.breachable;
    expect(validateMap(base, 'b.json').ok).toBe(true);
  });

  it('names the real limit of a number out of range (not 2^53)', () => {
    const base = JSON.parse(readFileSync(join(FIXTURES, 'valid-small.json'), 'utf8'));
    base.squad[0].hp = 2 ** 60;
    base.width = 1e20;
    const r = validateMap(base, 'n.json');
    expect(r.ok ? [] : [...r.issues, ...r.notes].map(formatIssue)).toEqual([
      'n.json: $.width: expected a number at most 256, got 100000000000000000000; maps may be at most 256×256 tiles',
      'n.json: $.squad[0].hp: expected a number at most 100, got 1152921504606847000',
      'n.json: $: not checked until the problems above in width, terrain, squad are fixed: terrain rows, height rows, unit spawn tiles, patrol waypoints, patrol routes, strike targets, pre-placed breaches, breachable areas, lights, the objective, objective reachability, story triggers and the captive; fix them and validate again',
    ]);
  });

  it('takes a legend key of exactly one character (one code point, one UTF-16 unit)', () => {
    const base = JSON.parse(readFileSync(join(FIXTURES, 'valid-small.json'), 'utf8'));
    base.legend = { é: 'ground', '.': 'ground', '#': 'wall', H: 'hull', C: 'cell', _: 'deck', ' ': 'void' };
    expect(validateMap(base, 'l.json').ok).toBe(true);
    const why =
      'expected one character (a single code point such as a letter, digit or symbol; not an emoji or an accent combined with a letter)';
    const combined = 'e\u0301'; // "e" and a combining acute accent: two code points
    base.legend = { ...base.legend, '👍': 'wall', [combined]: 'wall', ab: 'wall', '': 'wall' };
    const r = validateMap(base, 'l.json');
    expect(r.ok ? [] : [...r.issues, ...r.notes].map(formatIssue)).toEqual([
      `l.json: $.legend["👍"]: invalid key "👍": ${why}, got the string "👍"`,
      `l.json: $.legend["${combined}"]: invalid key "${combined}": ${why}, got the string "${combined}"`,
      `l.json: $.legend.ab: invalid key "ab": ${why}, got the string "ab"`,
      `l.json: $.legend[""]: invalid key "": ${why}, got the string ""`,
      'l.json: $: not checked until the problems above in legend are fixed: terrain codes, patrol routes, objective reachability; fix them and validate again',
    ]);
  });
});

/** Each warning fixture (a valid map with a likely mistake) and the exact warnings it must produce. */
const WARNINGS: Record<string, string[]> = {
  'breach-seals-first.json': [
    'breach-seals-first.json:81:3: warning: $.breaches[0] (tile 6,3): breach at 6,3 seals after 1 turn, but the nearest squad member ("willow", 5 tiles away, at most 2 a turn) needs 3 turns to get next to it; raise its sealsIn to 3 or move it closer',
  ],
  'enemy-unreachable.json': [
    'enemy-unreachable.json:41:3: warning: $.enemies[0] (tile 8,4): enemy "drone-1" at 8,4 cannot be reached by any squad member (walls, void or closed hull cut it off), so "eliminate" can never be won; open a path or move the enemy',
  ],
  'objective-too-far.json': [
    'objective-too-far.json:58:2: warning: $.objective (tile 7,3): objective at 7,3 is 7 tiles from the nearest squad member ("willow", at most 2 tiles a turn at full speed), who needs 4 turns, but the turn limit is 1; raise turnLimit to at least 4 or move the objective closer',
  ],
  'patrol-stands-still.json': [
    'patrol-stands-still.json:46:4: warning: $.enemies[0].patrol (tile 4,1): patrol of enemy "drone-1" never leaves its spawn 4,1 (every waypoint is that tile); add a waypoint elsewhere or remove the patrol',
  ],
  'strike-after-limit.json': [
    'strike-after-limit.json:73:4: warning: $.strikes[0].turn (tile 6,3): strike lands on turn 3, after the turn limit (2), so it never happens; schedule it on turn 2 or earlier, or raise turnLimit',
  ],
  'unused-legend-code.json': [
    'unused-legend-code.json:14:3: warning: $.legend.x: legend code "x" (wall) is not used in terrain; remove it or paint some tiles with it',
  ],
};

describe('warnings', () => {
  it('has an expectation for every warning fixture', () => {
    expect(readdirSync(join(FIXTURES, 'warnings')).sort()).toEqual(Object.keys(WARNINGS).sort());
  });

  for (const [file, lines] of Object.entries(WARNINGS)) {
    it(`${file}: is valid and warns exactly`, () => {
      const r = parseMapText(readFileSync(join(FIXTURES, 'warnings', file), 'utf8'), file);
      expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([]);
      expect(r.warnings.map(formatWarning)).toEqual(lines);
    });
  }

  it('finds none in the base the fixtures were made from', () => {
    const r = parseMapText(readFileSync(join(FIXTURES, 'valid-small.json'), 'utf8'), 'valid-small.json');
    expect(r.warnings).toEqual([]);
  });
});

describe('placing issues in the text, the cap, input that is no object', () => {
  const text = '{\n  "a": 1,\n  "b": [1, 2]\n}';

  it('locateIssues places the issues without a line and keeps the line of those that have one', () => {
    const placed: MapIssue = { file: 'x.json', path: '$.a', message: 'placed', line: 9, column: 9 };
    expect(locateIssues(text, [placed])).toEqual([placed]);
    expect(locateIssues(text, [{ file: 'x.json', path: '$.b[1]', message: 'm' }, placed])).toEqual([
      { file: 'x.json', path: '$.b[1]', message: 'm', line: 3, column: 12 },
      placed,
    ]);
    // Text that is not JSON: nothing to place them by; the issues come back as they were.
    expect(locateIssues('not json', [{ file: 'x.json', path: '$.b[1]', message: 'm' }])).toEqual([
      { file: 'x.json', path: '$.b[1]', message: 'm' },
    ]);
  });

  /** A map with one unknown terrain code per row and an "eliminate" objective without enemies: rows + 1 issues. */
  const flooded = (rows: number) =>
    validateMap(
      {
        format: 'denizens-map',
        version: 1,
        id: 'f',
        name: 'F',
        width: 3,
        height: rows,
        terrain: Array.from({ length: rows }, () => 'X..'),
        squad: [{ id: 'a', name: 'A', hp: 5, aim: 50, mobility: 4, weapon: 'webley', x: 1, y: 0 }],
        objective: { kind: 'eliminate' },
      },
      'f.json',
    );

  it(`shows up to ${MAX_ISSUES} issues as they are; one more is summed up in a last issue about the whole file`, () => {
    const exactly = flooded(MAX_ISSUES - 1);
    expect(exactly.ok ? 0 : exactly.issues.length).toBe(MAX_ISSUES);
    expect(exactly.ok ? '' : exactly.issues.at(-1)!.path).toBe('$.objective');
    const oneMore = flooded(MAX_ISSUES);
    expect(oneMore.ok ? [] : oneMore.issues.slice(MAX_ISSUES)).toEqual([
      { file: 'f.json', path: '$', message: '…and 1 more issue; fix these first' },
    ]);
  });

  it('input that is not an object: one issue, and no note about checks left out', () => {
    for (const [value, got] of [
      [42, '42'],
      [null, 'null'],
      [[], 'an array of 0 items'],
      ['x', 'the string "x"'],
    ] as const) {
      expect(validateMap(value, 'v.json')).toEqual({
        ok: false,
        issues: [{ file: 'v.json', path: '$', message: `expected an object, got ${got}` }],
        warnings: [],
        notes: [],
      });
    }
  });
});

describe('hostile input and plain issues', () => {
  it('a hostile key: that one issue, no warnings, no notes; the file is "<map>" when none is named', () => {
    expect(validateMap(JSON.parse('{"legend": {"__proto__": "wall"}}'))).toEqual({
      ok: false,
      issues: [
        {
          file: '<map>',
          path: '$.legend.__proto__',
          message: 'the key "__proto__" is not allowed (it could alter object prototypes); remove it',
        },
      ],
      warnings: [],
      notes: [],
    });
  });

  it('an issue without a place in the text or an excerpt is one line: file, path, message', () => {
    expect(formatIssue({ file: 'f.json', path: '$.a', message: 'm' })).toBe('f.json: $.a: m');
    expect(formatWarning({ file: 'f.json', path: '$.a', message: 'm', tile: { x: 1, y: 2 } })).toBe(
      'f.json: warning: $.a (tile 1,2): m',
    );
  });
});
