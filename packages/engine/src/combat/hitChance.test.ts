import type { MapInput } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { createGame } from '../setup/createGame';
import { setDust } from '../world/grid';
import { add, unitById } from '../world/units';
import type { GameWorld } from '../world/world';
import { hitChance } from './hitChance';

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
