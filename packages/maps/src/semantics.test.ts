import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MapSchema } from './format';
import { checkSemantics, enemyTypeIdsOf, objectiveTiles, weaponIdsOf } from './semantics';
import { validateMap } from './validate';

/**
 * The meaning checks (semantics.ts) one by one, each on a small map broken in one place: exactly the issues an
 * author reads, with their paths and tiles. The fixture (10×7): a hull box (x 6-9, y 2-5) with the objective cell
 * at 7,3 inside, the squad at 0,3 and 0,4, a drone patrolling from 4,1 to 4,5, a strike on the breachable hull at
 * 6,3-6,4.
 */
const FIXTURE = join(import.meta.dirname, '..', 'test', 'fixtures', 'valid-small.json');
// biome-ignore lint/suspicious/noExplicitAny: a map's JSON, edited freely to break it
type Json = any;
const base = (): Json => JSON.parse(readFileSync(FIXTURE, 'utf8'));
function problems(edit: (m: Json) => void, m: Json = base()): string[] {
  edit(m);
  const r = validateMap(m, 'm.json');
  return r.ok ? [] : r.issues.map((i) => `${i.path}${i.tile ? ` (tile ${i.tile.x},${i.tile.y})` : ''}: ${i.message}`);
}

const RIFLE = {
  name: 'R',
  kind: 'rifle',
  damage: { min: 3, max: 3 },
  ammo: 4,
  rangeMods: [
    { upTo: 4, mod: 0 },
    { upTo: 8, mod: -10 },
  ],
};
const WEAPONS = 'thompson, bren, webley, lgf-needler, lgf-carbine, lgf-cannon';
const OUTSIDE = 'outside the 10x7 map (x 0-9, y 0-6); move it inside';

describe('the meaning checks, one by one', () => {
  const cases: [string, (m: Json) => void, string[]][] = [
    [
      'height rows of the right count, one too short',
      (m) => {
        m.heights = m.terrain.map((r: string) => r.replace(/./g, '0'));
        m.heights[2] = '000';
      },
      ['$.heights[2]: row is 3 digits long but width is 10; give one digit per tile'],
    ],
    ['a weapon whose least and most damage are equal, bands growing', (m) => (m.weapons = { rifle: RIFLE }), []],
    [
      'a weapon with two bands reaching equally far',
      (m) =>
        (m.weapons = {
          rifle: {
            ...RIFLE,
            rangeMods: [
              { upTo: 4, mod: 0 },
              { upTo: 4, mod: 1 },
            ],
          },
        }),
      [
        "$.weapons.rifle.rangeMods[1].upTo: upTo 4 is not above the previous band's 4; list range bands nearest first, upTo growing",
      ],
    ],
    [
      'an unknown sidearm',
      (m) => (m.squad[0].sidearm = 'musket'),
      [`$.squad[0].sidearm: unknown weapon "musket"; use one of ${WEAPONS} or define it in "weapons"`],
    ],
    ['a known sidearm', (m) => (m.squad[0].sidearm = 'webley'), []],
    [
      'an enemy type with an unknown weapon',
      (m) => (m.enemyTypes = { bot: { name: 'B', hp: 1, aim: 1, mobility: 1, weapon: 'musket' } }),
      [`$.enemyTypes.bot.weapon: unknown weapon "musket"; use one of ${WEAPONS} or define it in "weapons"`],
    ],
    [
      'a patrol waypoint off the map',
      (m) => (m.enemies[0].patrol = [{ x: 12, y: 1 }]),
      [`$.enemies[0].patrol[0] (tile 12,1): patrol waypoint of enemy "drone-1" is at 12,1, ${OUTSIDE}`],
    ],
    [
      'a patrol waypoint on an unknown code (reported once, by the codes check)',
      (m) => {
        m.terrain[1] = '..#.X.....';
        m.enemies[0].patrol = [{ x: 4, y: 1 }];
      },
      [
        '$.terrain[1] (tile 4,1): unknown terrain code "X"; use one of "." "," "#" "H" "_" "=" "o" " " "B" "C" or add it to "legend"',
      ],
    ],
    [
      'a patrol of three waypoints, the last walled off',
      (m) =>
        (m.enemies[0].patrol = [
          { x: 4, y: 1 },
          { x: 5, y: 1 },
          { x: 8, y: 3 },
        ]),
      [
        '$.enemies[0].patrol[2] (tile 8,3): patrol of enemy "drone-1" cannot walk from 5,1 to 8,3: walls, hull or void block every way; move the waypoint or open a path',
      ],
    ],
    [
      'a breach off the map',
      (m) => (m.breaches = [{ x: 10, y: 3 }]),
      [`$.breaches[0] (tile 10,3): pre-placed breach is at 10,3, ${OUTSIDE}`],
    ],
    [
      'a breach on breach terrain',
      (m) => {
        m.terrain[2] = '..#...HHHB';
        m.breaches = [{ x: 9, y: 2 }];
      },
      [],
    ],
    [
      'a breach on an unknown code (reported once, by the codes check)',
      (m) => {
        m.terrain[2] = '..#...HHHX';
        m.breaches = [{ x: 9, y: 2 }];
      },
      [
        '$.terrain[2] (tile 9,2): unknown terrain code "X"; use one of "." "," "#" "H" "_" "=" "o" " " "B" "C" or add it to "legend"',
      ],
    ],
    [
      'a breachable rect past the right edge',
      (m) => {
        m.breachable = [{ x: 6, y: 3, w: 5, h: 1 }];
      },
      ['$.breachable[0] (tile 6,3): rect 6,3 5x1 reaches past the 10x7 map; shrink it to fit'],
    ],
    [
      'a breachable rect past the bottom edge',
      (m) => (m.breachable = [{ x: 6, y: 3, w: 1, h: 5 }]),
      ['$.breachable[0] (tile 6,3): rect 6,3 1x5 reaches past the 10x7 map; shrink it to fit'],
    ],
    ['a breachable rect reaching exactly to both edges', (m) => (m.breachable = [{ x: 6, y: 2, w: 4, h: 5 }]), []],
    [
      'a light off the map',
      (m) =>
        (m.lights = [
          { x: 3, y: 7 },
          { x: 9, y: 6 },
        ]),
      [`$.lights[0] (tile 3,7): light is at 3,7, ${OUTSIDE}`],
    ],
    [
      'a reach tile off the map, the other one shut in the ship (no reachability check then)',
      (m) => {
        m.objective = {
          kind: 'reach',
          tiles: [
            { x: 8, y: 4 },
            { x: 10, y: 0 },
          ],
        };
        m.strikes = [];
      },
      [`$.objective.tiles[1] (tile 10,0): objective tile is at 10,0, ${OUTSIDE}`],
    ],
    [
      'a cell off the map',
      (m) => (m.objective = { kind: 'cell', x: 3, y: 9 }),
      [`$.objective (tile 3,9): objective tile is at 3,9, ${OUTSIDE}`],
    ],
    [
      'a cell on a wall (no reachability check then)',
      (m) => (m.objective = { kind: 'cell', x: 2, y: 1 }),
      [
        '$.objective (tile 2,1): objective cell is on wall; put it on a cell tile ("C") or another tile a unit can stand on',
      ],
    ],
    [
      'a cell on an unknown code (reported once, by the codes check)',
      (m) => {
        m.terrain[1] = '..X.......';
        m.objective = { kind: 'cell', x: 2, y: 1 };
      },
      [
        '$.terrain[1] (tile 2,1): unknown terrain code "X"; use one of "." "," "#" "H" "_" "=" "o" " " "B" "C" or add it to "legend"',
      ],
    ],
    [
      'extraction tiles of which one is reachable, the other shut in the ship',
      (m) => {
        m.objective = {
          kind: 'extract',
          tiles: [
            { x: 0, y: 0 },
            { x: 8, y: 4 },
          ],
        };
        m.strikes = [];
      },
      [],
    ],
    [
      'a reach tile inside the ship and one walled off outside it',
      (m) => {
        m.terrain[0] = '.......#.#';
        m.terrain[1] = '..#.....#.';
        m.objective = {
          kind: 'reach',
          tiles: [
            { x: 8, y: 0 },
            { x: 8, y: 4 },
          ],
        };
        m.strikes = [];
      },
      [
        '$.objective (tile 8,0): objective at 8,0 is inside the ship and no strike opens a way in; add a strike whose radius reaches breachable hull (e.g. at 6,3), or an entry in "breaches"',
      ],
    ],
    [
      'a ship no strike opens, every hull breachable',
      (m) => {
        delete m.breachable;
        m.strikes = [];
      },
      [
        '$.objective (tile 7,3): objective at 7,3 is inside the ship and no strike opens a way in; add a strike whose radius reaches breachable hull (e.g. at 6,2), or an entry in "breaches"',
      ],
    ],
    [
      'an enemy type of its own with a known weapon',
      (m) => {
        m.enemyTypes = { bot: { name: 'B', hp: 1, aim: 1, mobility: 1, weapon: 'webley' } };
        m.enemies[0].type = 'bot';
      },
      [],
    ],
    [
      'an enemy spawned on a wall with a walkable patrol (no route check from a wall)',
      (m) => {
        Object.assign(m.enemies[0], { x: 2, y: 1, patrol: [{ x: 4, y: 1 }] });
      },
      [
        '$.enemies[0] (tile 2,1): enemy "drone-1" stands on wall; move it to a tile a unit can stand on (ground, rubble, deck, conduit, crater or cell)',
      ],
    ],
    [
      'a captive named like two squad members (the first one is cited)',
      (m) => {
        m.squad[1].id = 'willow';
        m.captive = { id: 'willow', name: 'T', hp: 4, aim: 50, mobility: 5, extraction: [{ x: 0, y: 0 }] };
      },
      [
        '$.squad[1].id: duplicate unit id "willow" (already used at $.squad[0]); give every unit its own id',
        '$.captive.id: duplicate unit id "willow" (already used at $.squad[0]); give her her own id',
      ],
    ],
  ];
  for (const [what, edit, want] of cases) {
    it(`a map with ${what}`, () => {
      expect(problems(edit)).toEqual(want);
    });
  }

  /** A 5×4 map: a hull box (x 0-2) with a deck tile at 1,cellY to open, the squad at `at`, no strike. */
  const boxed = (terrain: string[], at: { x: number; y: number }, cellY = 1) => ({
    format: 'denizens-map',
    version: 1,
    id: 'box',
    name: 'Box',
    width: 5,
    height: 4,
    terrain,
    squad: [{ id: 'a', name: 'A', hp: 5, aim: 50, mobility: 4, weapon: 'webley', ...at }],
    objective: { kind: 'cell', x: 1, y: cellY },
  });
  const noStrike = (x: number, y: number, cellY = 1) =>
    `$.objective (tile 1,${cellY}): objective at 1,${cellY} is inside the ship and no strike opens a way in; add a strike whose radius reaches breachable hull (e.g. at ${x},${y}), or an entry in "breaches"`;

  it('names the first hull tile next to the squad, whichever side the squad is on', () => {
    // The squad east of the hull, north of it, south of it: the first hull tile in reading order that the squad's
    // ground touches, through its east, north or south side.
    expect(problems(() => {}, boxed(['HHH..', 'H_H..', 'HHH..', '##...'], { x: 4, y: 0 }))).toEqual([noStrike(2, 0)]);
    expect(problems(() => {}, boxed(['.....', 'HHH##', 'H_H##', 'HHH##'], { x: 4, y: 0 }, 2))).toEqual([
      noStrike(0, 1, 2),
    ]);
    expect(problems(() => {}, boxed(['HHH##', 'H_H##', 'HHH##', '.....'], { x: 4, y: 3 }))).toEqual([noStrike(0, 2)]);
  });

  it('objectiveTiles: the cell, the reach or extraction tiles, none to eliminate', () => {
    const map = MapSchema.parse(base());
    expect(objectiveTiles(map)).toEqual([{ x: 7, y: 3 }]);
    const tiles = [{ x: 1, y: 2 }];
    expect(objectiveTiles({ ...map, objective: { kind: 'reach', tiles } })).toEqual(tiles);
    expect(objectiveTiles({ ...map, objective: { kind: 'extract', tiles } })).toEqual(tiles);
    expect(objectiveTiles({ ...map, objective: { kind: 'eliminate' } })).toEqual([]);
  });

  it('checkSemantics: the meaning checks on a map the schema has read', () => {
    const map = MapSchema.parse(base());
    expect(checkSemantics(map, 'c.json')).toEqual([]);
    map.lights = [{ x: 20, y: 1 }];
    expect(checkSemantics(map, 'c.json')).toEqual([
      { file: 'c.json', path: '$.lights[0]', tile: { x: 20, y: 1 }, message: `light is at 20,1, ${OUTSIDE}` },
    ]);
  });

  it("the weapon and enemy type ids: the built-in ones, then the map's own new ones (a replaced one once)", () => {
    const stub = {} as never;
    expect(weaponIdsOf({ weapons: { thompson: stub, rifle: stub } })).toEqual([...WEAPONS.split(', '), 'rifle']);
    expect(enemyTypeIdsOf({ enemyTypes: { drone: stub, bot: stub } })).toEqual(['drone', 'trooper', 'heavy', 'bot']);
  });
});
