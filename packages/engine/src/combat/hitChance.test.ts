import type { MapInput } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { createGame } from '../setup/createGame';
import { canSeeTileFrom } from '../vision/sight';
import { setDust } from '../world/grid';
import { add, unitById } from '../world/units';
import type { GameWorld } from '../world/world';
import { computeOdds, emptyOdds, hitChance, oddsSeeing } from './hitChance';
import { armOf } from './weapons';

/** A world from rows (S = the shooter s1, E = the target e1) with optional setup. */
function world(rows: string[], extra: Partial<MapInput> = {}, setup?: (w: GameWorld) => void): GameWorld {
  const w = createGame(tinyMap(rows, extra), 1);
  setup?.(w);
  return w;
}

const ids = (w: GameWorld) => [unitById(w, 's1')!, unitById(w, 'e1')!] as const;

interface Case {
  name: string;
  rows: string[];
  extra?: Partial<MapInput>;
  setup?: (w: GameWorld) => void;
  opts?: { reaction?: boolean; sidearm?: boolean };
  percent: number;
  breakdown: [string, number][];
  critPercent: number;
  crit: [string, number][];
  flanked: boolean;
}

// Shooter s1: aim 70, Thompson (range +20 to 2 tiles, +10 to 5, 0 to 8, −20 to 12, −40 to 16; crit 10).
// Target e1: an LGF trooper (defence 0) unless stated.
const CASES: Case[] = [
  {
    name: 'in the open at 2 tiles: close-range bonus, flanked',
    rows: ['.....', '..E..', '.....', '..S..'],
    percent: 90,
    breakdown: [
      ['aim', 70],
      ['range', 20],
    ],
    critPercent: 60,
    crit: [
      ['weapon', 10],
      ['flanked', 50],
    ],
    flanked: true,
  },
  {
    name: 'half cover (rubble) on the side facing the shooter',
    rows: ['..E..', '..,..', '.....', '.....', '..S..'],
    percent: 60,
    breakdown: [
      ['aim', 70],
      ['range', 10],
      ['cover', -20],
    ],
    critPercent: 10,
    crit: [['weapon', 10]],
    flanked: false,
  },
  {
    name: 'full cover: a wall on the east side, the shooter peeks past it from the north-east',
    rows: ['.....S', '......', '......', '..E#..'],
    percent: 40,
    breakdown: [
      ['aim', 70],
      ['range', 10],
      ['cover', -40],
    ],
    critPercent: 10,
    crit: [['weapon', 10]],
    flanked: false,
  },
  {
    name: 'hunkered down in half cover: cover doubled',
    rows: ['..E..', '..,..', '.....', '.....', '..S..'],
    setup: (w) => add(w, unitById(w, 'e1')!, 'Hunkered'),
    percent: 40,
    breakdown: [
      ['aim', 70],
      ['range', 10],
      ['cover', -20],
      ['hunkered', -20],
    ],
    critPercent: 10,
    crit: [['weapon', 10]],
    flanked: false,
  },
  {
    name: 'hunkered in the open: nothing to double, still flanked',
    rows: ['..E..', '.....', '.....', '.....', '..S..'],
    setup: (w) => add(w, unitById(w, 'e1')!, 'Hunkered'),
    percent: 80,
    breakdown: [
      ['aim', 70],
      ['range', 10],
    ],
    critPercent: 60,
    crit: [
      ['weapon', 10],
      ['flanked', 50],
    ],
    flanked: true,
  },
  {
    name: 'dust on the line of fire',
    rows: ['..E..', '.....', '.....', '.....', '..S..'],
    setup: (w) => {
      setDust(w.grid, 2 * w.grid.width + 2, 2);
    },
    percent: 60,
    breakdown: [
      ['aim', 70],
      ['range', 10],
      ['dust', -20],
    ],
    critPercent: 60,
    crit: [
      ['weapon', 10],
      ['flanked', 50],
    ],
    flanked: true,
  },
  {
    name: 'height advantage',
    rows: ['..E..', '.....', '.....', '.....', '..S..'],
    extra: { heights: ['00000', '00000', '00000', '00000', '00100'] },
    percent: 90,
    breakdown: [
      ['aim', 70],
      ['range', 10],
      ['height', 10],
    ],
    critPercent: 60,
    crit: [
      ['weapon', 10],
      ['flanked', 50],
    ],
    flanked: true,
  },
  {
    name: 'a drone target: its defence counts',
    rows: ['..E..', '.....', '.....', '.....', '..S..'],
    extra: { enemies: [{ id: 'e1', type: 'drone', x: 2, y: 0 }] },
    percent: 70,
    breakdown: [
      ['aim', 70],
      ['range', 10],
      ['defense', -10],
    ],
    critPercent: 60,
    crit: [
      ['weapon', 10],
      ['flanked', 50],
    ],
    flanked: true,
  },
  {
    name: 'over 100 is capped, and the cap is shown',
    rows: ['.....', '..E..', '.....', '..S..'],
    setup: (w) => {
      w.c.Stats.aim[unitById(w, 's1')!] = 95;
    },
    percent: 100,
    breakdown: [
      ['aim', 95],
      ['range', 20],
      ['limit', -15],
    ],
    critPercent: 60,
    crit: [
      ['weapon', 10],
      ['flanked', 50],
    ],
    flanked: true,
  },
  {
    name: 'a reaction shot: ×0.7 rounded down, no crits',
    rows: ['..E..', '.....', '.....', '.....', '..S..'],
    opts: { reaction: true },
    percent: 56,
    breakdown: [
      ['aim', 70],
      ['range', 10],
      ['reaction', -24],
    ],
    critPercent: 0,
    crit: [['reaction', 0]],
    flanked: true,
  },
  {
    name: 'the sidearm (Webley: +10 to 3 tiles, 0 to 7, no crit bonus)',
    rows: ['..E..', '.....', '.....', '.....', '..S..'],
    extra: {
      squad: [
        { id: 's1', name: 'Willow', hp: 7, aim: 70, mobility: 5, weapon: 'thompson', sidearm: 'webley', x: 2, y: 4 },
      ],
    },
    opts: { sidearm: true },
    percent: 70,
    breakdown: [['aim', 70]],
    critPercent: 50,
    crit: [['flanked', 50]],
    flanked: true,
  },
];

describe('hitChance: a table of cases and their breakdowns', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const w = world(c.rows, c.extra, c.setup);
      const [s, e] = ids(w);
      const h = hitChance(w, s, e, c.opts);
      expect(h.canSee).toBe(true);
      expect(h.inRange).toBe(true);
      expect(h.percent).toBe(c.percent);
      expect(h.breakdown.map((m) => [m.key, m.value])).toEqual(c.breakdown);
      expect(h.critPercent).toBe(c.critPercent);
      expect(h.critBreakdown.map((m) => [m.key, m.value])).toEqual(c.crit);
      expect(h.flanked).toBe(c.flanked);
      // The lines always add up to the numbers shown, and every line has words for people.
      expect(h.breakdown.reduce((a, m) => a + m.value, 0)).toBe(h.percent);
      expect(h.critBreakdown.reduce((a, m) => a + m.value, 0)).toBe(h.critPercent);
      for (const m of [...h.breakdown, ...h.critBreakdown]) expect(m.label.length).toBeGreaterThan(0);
    });
  }

  it('is 0 with an empty breakdown when a wall blocks the line of sight', () => {
    const w = world(['..E..', '.###.', '.....', '..S..']);
    const [s, e] = ids(w);
    const h = hitChance(w, s, e);
    expect(h).toMatchObject({ canSee: false, percent: 0, breakdown: [], critPercent: 0 });
  });

  it('is 0 out of the weapon range even in sight', () => {
    const w = world(['E.......S'], {
      weapons: {
        pea: {
          name: 'Pea shooter',
          kind: 'pistol',
          damage: { min: 1, max: 1 },
          ammo: null,
          rangeMods: [{ upTo: 3, mod: 0 }],
        },
      },
      squad: [{ id: 's1', name: 'P', hp: 5, aim: 70, mobility: 5, weapon: 'pea', x: 8, y: 0 }],
    });
    const [s, e] = ids(w);
    expect(hitChance(w, s, e)).toMatchObject({ canSee: true, inRange: false, percent: 0, distance: 8 });
  });

  it('never changes the world (pure)', () => {
    const w = world(['..E..', '.....', '..S..']);
    const [s, e] = ids(w);
    const before = JSON.stringify([w.rng.draws, w.c.Weapon.ammo[s], w.c.Health.hp[e]]);
    hitChance(w, s, e);
    hitChance(w, s, e, { from: { x: 0, y: 2 } });
    expect(JSON.stringify([w.rng.draws, w.c.Weapon.ammo[s], w.c.Health.hp[e]])).toBe(before);
  });
});

/** A Thompson as given, with another crit, range bands or both (a map may replace a built-in weapon by its id). */
function thompson(change: { crit?: number; rangeMods?: { upTo: number; mod: number }[] }): Partial<MapInput> {
  return {
    weapons: {
      thompson: {
        name: 'Thompson submachine gun',
        kind: 'smg',
        damage: { min: 3, max: 5 },
        ammo: 4,
        rangeMods: change.rangeMods ?? [
          { upTo: 2, mod: 20 },
          { upTo: 5, mod: 10 },
          { upTo: 8, mod: 0 },
          { upTo: 12, mod: -20 },
          { upTo: 16, mod: -40 },
        ],
        crit: change.crit ?? 10,
      },
    },
  };
}

/** A Thompson that reaches 3 tiles (+0). */
const SHORT = thompson({ rangeMods: [{ upTo: 3, mod: 0 }] });

const lines = (ms: { key: string; label: string; value: number }[]) => ms.map((m) => [m.key, m.label, m.value]);

describe('hitChance: the words of the breakdown', () => {
  it('floors a sum below 0 at 0, and says so', () => {
    // aim 5, +10 at 4 tiles, full cover −40: −25, floored.
    const w = world(['.....S', '......', '......', '..E#..'], {}, (w) => {
      w.c.Stats.aim[unitById(w, 's1')!] = 5;
    });
    const [s, e] = ids(w);
    const h = hitChance(w, s, e);
    expect(h.percent).toBe(0);
    expect(lines(h.breakdown)).toEqual([
      ['aim', 'aim', 5],
      ['range', 'range 4 (Thompson submachine gun)', 10],
      ['cover', 'full cover', -40],
      ['limit', 'floored at 0', 25],
    ]);
  });

  it('caps a sum over 100 at 100 with the words "capped at 100"', () => {
    const w = world(['.....', '..E..', '.....', '..S..'], {}, (w) => {
      w.c.Stats.aim[unitById(w, 's1')!] = 95;
    });
    const [s, e] = ids(w);
    expect(lines(hitChance(w, s, e).breakdown)).toEqual([
      ['aim', 'aim', 95],
      ['range', 'range 2 (Thompson submachine gun)', 20],
      ['limit', 'capped at 100', -15],
    ]);
  });

  it('names each modifier: cover, hunkering, defence, dust, height', () => {
    const w = world(
      ['..E..', '..,..', '.....', '.....', '..S..'],
      { enemies: [{ id: 'e1', type: 'drone', x: 2, y: 0 }], heights: ['00000', '00000', '00000', '00000', '00100'] },
      (w) => {
        add(w, unitById(w, 'e1')!, 'Hunkered');
        setDust(w.grid, 3 * w.grid.width + 2, 2);
      },
    );
    const [s, e] = ids(w);
    expect(lines(hitChance(w, s, e).breakdown)).toEqual([
      ['aim', 'aim', 70],
      ['range', 'range 4 (Thompson submachine gun)', 10],
      ['cover', 'half cover', -20],
      ['hunkered', 'hunkered down (cover doubled)', -20],
      ['defense', 'target defence', -10],
      ['dust', 'dust on the line of fire', -20],
      ['height', 'height advantage', 10],
    ]);
  });

  it('crit: a weapon crit of 60 on a flanked target is capped at 100, with the line that says so', () => {
    const w = world(['..E..', '.....', '.....', '.....', '..S..'], thompson({ crit: 60 }));
    const [s, e] = ids(w);
    const h = hitChance(w, s, e);
    expect(h.critPercent).toBe(100);
    expect(lines(h.critBreakdown)).toEqual([
      ['weapon', 'Thompson submachine gun crit', 60],
      ['flanked', 'flanked', 50],
      ['limit', 'capped at 100', -10],
    ]);
  });

  it('crit: exactly 100 (weapon 50, flanked 50) needs no cap line', () => {
    const w = world(['..E..', '.....', '.....', '.....', '..S..'], thompson({ crit: 50 }));
    const [s, e] = ids(w);
    const h = hitChance(w, s, e);
    expect(h.critPercent).toBe(100);
    expect(h.critBreakdown.map((m) => m.key)).toEqual(['weapon', 'flanked']);
  });

  it('crit on a reaction shot: the "no crits" line only when there was a crit to lose', () => {
    // Weapon crit 50 and flanked: 100 lost.
    const open = world(['..E..', '.....', '.....', '.....', '..S..'], thompson({ crit: 50 }));
    const [s, e] = ids(open);
    const h = hitChance(open, s, e, { reaction: true });
    expect(h.critPercent).toBe(0);
    expect(lines(h.critBreakdown)).toEqual([['reaction', 'no crits on reaction shots', 0]]);
    // Weapon crit 0 and the target in half cover: nothing to lose, no line.
    const covered = world(['..E..', '..,..', '.....', '.....', '..S..'], thompson({ crit: 0 }));
    const [s2, e2] = ids(covered);
    const h2 = hitChance(covered, s2, e2, { reaction: true });
    expect(h2.flanked).toBe(false);
    expect(h2.critPercent).toBe(0);
    expect(h2.critBreakdown).toEqual([]);
    expect(h2.percent).toBe(42);
  });

  it('a peek shot names the tile it leans out to', () => {
    const w = world(['...E...', '.......', '.......', '###....', '..S....', '.......']);
    const [s, e] = ids(w);
    expect(lines(hitChance(w, s, e).breakdown)[0]).toEqual(['peek', 'leaning out around cover to (3, 4)', 0]);
  });
});

describe('hitChance: the numbers around a shot that cannot be taken', () => {
  it('with no weapon in hand (no sidearm to draw): nothing, from its own tile', () => {
    const w = world(['..E..', '.....', '..S..']);
    const [s, e] = ids(w);
    expect(hitChance(w, s, e, { sidearm: true })).toEqual({
      percent: 0,
      breakdown: [],
      critPercent: 0,
      critBreakdown: [],
      flanked: false,
      cover: 0,
      distance: 0,
      inRange: false,
      canSee: false,
      weapon: '',
      sidearm: true,
      from: { x: 2, y: 2 },
      peek: false,
    });
    expect(hitChance(w, s, e, { sidearm: true, from: { x: 0, y: 1 } }).from).toEqual({ x: 0, y: 1 });
  });

  it('out of range: still says the distance and the cover the target has', () => {
    // Rubble south of the target, 6 tiles from the shooter; the weapon reaches 3.
    const w = world(['..E..', '..,..', '.....', '.....', '.....', '.....', '..S..'], SHORT);
    const [s, e] = ids(w);
    expect(hitChance(w, s, e)).toMatchObject({
      canSee: true,
      inRange: false,
      percent: 0,
      breakdown: [],
      critPercent: 0,
      distance: 6,
      cover: 1,
      flanked: false,
      from: { x: 2, y: 6 },
      peek: false,
    });
  });

  it('unseen behind a wall, no peek tile: from its own tile, not a peek, cover still worked out', () => {
    const w = world(['..E..', '..,..', '..#..', '.....', '..S..']);
    const [s, e] = ids(w);
    expect(hitChance(w, s, e)).toMatchObject({
      canSee: false,
      percent: 0,
      breakdown: [],
      cover: 1,
      flanked: false,
      from: { x: 2, y: 4 },
      peek: false,
    });
  });

  it('a unit beside a wall end whose peek tile cannot see the target either: from its own tile', () => {
    // s1 (2,4) has a peek tile (3,4); the target (0,0) is hidden from both.
    const w = world(['E......', '.......', '.......', '###....', '..S....', '.......']);
    const [s, e] = ids(w);
    expect(hitChance(w, s, e)).toMatchObject({ canSee: false, percent: 0, from: { x: 2, y: 4 }, peek: false });
  });

  it('seen only from a peek tile (north), out of range from it: reported from that tile, not shootable', () => {
    // s1 (2,2) west of a wall's north end: peek tile (2,1), which sees e1 (6,3) at 4 tiles; reach 3.
    const w = world(['.......', '.......', '..S#...', '...#..E', '...#...', '.......'], SHORT);
    const [s, e] = ids(w);
    expect(hitChance(w, s, e)).toMatchObject({
      canSee: true,
      inRange: false,
      percent: 0,
      breakdown: [],
      critPercent: 0,
      distance: 4,
      from: { x: 2, y: 1 },
      peek: true,
    });
  });

  it('seen only from a peek tile (east), out of range from it: reported from that tile', () => {
    // s1 (2,4) under a wall's east end: peek tile (3,4), which sees e1 (3,0) at 4 tiles; reach 3.
    const w = world(['...E...', '.......', '.......', '###....', '..S....', '.......'], SHORT);
    const [s, e] = ids(w);
    expect(hitChance(w, s, e)).toMatchObject({
      canSee: true,
      inRange: false,
      distance: 4,
      from: { x: 3, y: 4 },
      peek: true,
    });
  });

  it('seen from its own tile and from its peek tile, out of range from both: reported from its own tile', () => {
    // s1 (2,4) sees e1 (6,0) at 6 tiles; its peek tile (3,4) sees it at 5; reach 3.
    const w = world(['......E', '.......', '.......', '###....', '..S....', '.......'], SHORT);
    const [s, e] = ids(w);
    expect(hitChance(w, s, e)).toMatchObject({
      canSee: true,
      inRange: false,
      distance: 6,
      from: { x: 2, y: 4 },
      peek: false,
    });
  });

  it('seen only from the second of two peek tiles, out of range: reported from the one that sees', () => {
    // s1 (4,2) above a lone wall (4,3): peek tiles east (5,2) and west (3,2). The wall hides e1 (1,7)
    // from the east one, (3,4) hides it from s1's own tile; the west one sees it at 5 tiles, reach 3.
    const w = world(
      ['.........', '.........', '....S....', '....#....', '...#.....', '.........', '.........', '.E.......'],
      SHORT,
    );
    const [s, e] = ids(w);
    expect(hitChance(w, s, e)).toMatchObject({
      canSee: true,
      inRange: false,
      distance: 5,
      from: { x: 3, y: 2 },
      peek: true,
    });
  });
});

describe('hitChance: which tile the shot is worked out from', () => {
  it('its own tile when it sees the target in range, even with a peek tile nearer the target', () => {
    // s1 (4,4) has a peek tile (5,4); e1 (3,5) is in sight and within 3 tiles of both.
    const w = world(['.........', '.........', '.........', '#####....', '....S....', '...E.....'], SHORT);
    const [s, e] = ids(w);
    expect(hitChance(w, s, e)).toMatchObject({ canSee: true, inRange: true, from: { x: 4, y: 4 }, peek: false });
  });

  it('the peek tile toward which the target has the least cover, even when it is tile 0', () => {
    // s1 (1,0) over a wall (1,1): peek tiles east (2,0) and west (0,0); both see e1 (0,4). Toward the east
    // one the rubble (1,4) is half cover; toward (0,0), straight above, none: (0,0) it is.
    const w = world(['.S...', '.#...', '.....', '.....', 'E,...', '.....']);
    const [s, e] = ids(w);
    expect(hitChance(w, s, e)).toMatchObject({ canSee: true, from: { x: 0, y: 0 }, peek: true, cover: 0 });
  });
});

describe('computeOdds and oddsSeeing (the AI’s numbers)', () => {
  const spec = (w: GameWorld) => {
    const [s, e] = ids(w);
    return { shooter: s, x: w.c.Position.x[s]!, y: w.c.Position.y[s]!, target: e, arm: armOf(w, s)!, reaction: false };
  };

  it('emptyOdds: everything 0 or false', () => {
    const o = emptyOdds();
    expect(Object.values(o).every((v) => v === 0 || v === false)).toBe(true);
    expect(Object.keys(o).length).toBe(22);
    expect([o.peek, o.flanked, o.inRange, o.canSee]).toEqual([false, false, false, false]);
  });

  it('oddsSeeing with what canSeeTileFrom says gives computeOdds’ numbers, peek tiles included', () => {
    for (const rows of [
      ['...E...', '.......', '.......', '###....', '..S....', '.......'],
      ['..E..', '..,..', '.....', '.....', '..S..'],
      ['..E..', '.###.', '.....', '..S..'],
    ]) {
      const w = world(rows);
      const shot = spec(w);
      const sees = canSeeTileFrom(
        w.grid,
        shot.x,
        shot.y,
        w.c.Stats.vision[shot.shooter]!,
        w.c.Position.x[shot.target]!,
        w.c.Position.y[shot.target]!,
      );
      const a = computeOdds(w, shot, emptyOdds());
      expect(oddsSeeing(w, shot, sees, emptyOdds())).toEqual(a);
    }
  });

  it('shootableOnly: a shot that can be taken gets every number', () => {
    const w = world(['..E..', '..,..', '.....', '.....', '..S..']);
    const shot = spec(w);
    const full = computeOdds(w, shot, emptyOdds());
    expect(full).toMatchObject({ canSee: true, inRange: true, percent: 60, critPercent: 10, cover: 1 });
    expect(computeOdds(w, shot, emptyOdds(), { shootableOnly: true })).toEqual(full);
  });

  it('shootableOnly: unseen, or seen out of range, stops early: 0 and 0, the rest not filled in', () => {
    for (const [rows, extra, seen] of [
      [['..E..', '..,..', '..#..', '.....', '..S..'], {}, false],
      [['..E..', '..,..', '.....', '.....', '.....', '.....', '..S..'], SHORT, true],
    ] as const) {
      const w = world([...rows], extra);
      const shot = spec(w);
      // The full numbers say half cover; the early stop leaves what was in `out`.
      expect(computeOdds(w, shot, emptyOdds()).cover).toBe(1);
      const out = emptyOdds();
      out.percent = 55;
      out.critPercent = 55;
      out.aim = 99;
      const o = computeOdds(w, shot, out, { shootableOnly: true });
      expect(o).toBe(out);
      expect(o).toMatchObject({ percent: 0, critPercent: 0, canSee: seen, inRange: !seen, aim: 99, cover: 0 });
    }
  });

  it('dust elsewhere on the map does not touch the shot; dust on the line does', () => {
    const w = world(['..E..', '.....', '.....', '.....', '..S..']);
    const shot = spec(w);
    setDust(w.grid, 2 * w.grid.width + 0, 2);
    expect(computeOdds(w, shot, emptyOdds()).dust).toBe(0);
    setDust(w.grid, 1 * w.grid.width + 2, 2);
    expect(computeOdds(w, shot, emptyOdds()).dust).toBe(-20);
  });

  it('height counts the target’s own tile, wherever it stands', () => {
    // The target on row 2 stands as high as the shooter: no bonus; one row lower, it would be below.
    const level = world(['.....', '.....', '..E..', '.....', '..S..'], {
      heights: ['00000', '00000', '00100', '00000', '00100'],
    });
    expect(computeOdds(level, spec(level), emptyOdds()).height).toBe(0);
    const below = world(['.....', '.....', '..E..', '.....', '..S..'], {
      heights: ['00000', '00000', '00000', '00000', '00100'],
    });
    expect(computeOdds(below, spec(below), emptyOdds()).height).toBe(10);
  });
});
