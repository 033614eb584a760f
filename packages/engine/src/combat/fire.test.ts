import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { createGame } from '../setup/createGame';
import { unitById } from '../world/units';
import type { GameWorld } from '../world/world';
import { fireShot } from './fire';
import { targetsFor } from './targets';
import { armOf } from './weapons';

/** One shot (combat/fire.ts) and the list of targets (combat/targets.ts), on tiny worlds. */
function duel(seed: number, rows = ['..E..', '.....', '..S..']) {
  const map = tinyMap(rows);
  const w = createGame({ ...map, squad: map.squad.map((u) => ({ ...u, sidearm: 'webley' })) }, seed);
  return { w, s: unitById(w, 's1')!, e: unitById(w, 'e1')! };
}

const shotOf = (events: ReturnType<typeof fireShot>) => events.find((e) => e.type === 'shot')!;

describe('fireShot', () => {
  it('a loaded primary spends one shot, one that never runs dry and the sidearm spend none (ammo -1 in the event)', () => {
    const { w, s, e } = duel(1);
    w.c.Health.hp[e] = 99;
    w.c.Weapon.ammo[s] = 3;
    expect(shotOf(fireShot(w, s, e, armOf(w, s)!, false))).toMatchObject({ ammo: 2, weapon: 'thompson' });
    expect(w.c.Weapon.ammo[s]).toBe(2);
    w.c.Weapon.ammo[s] = 1;
    expect(shotOf(fireShot(w, s, e, armOf(w, s)!, false))).toMatchObject({ ammo: 0 });
    expect(w.c.Weapon.ammo[s]).toBe(0);
    w.c.Weapon.ammo[s] = -1;
    expect(shotOf(fireShot(w, s, e, armOf(w, s)!, false))).toMatchObject({ ammo: -1 });
    expect(w.c.Weapon.ammo[s]).toBe(-1);
    w.c.Weapon.ammo[s] = 2;
    expect(shotOf(fireShot(w, s, e, armOf(w, s, true)!, false))).toMatchObject({ ammo: -1, weapon: 'webley' });
    expect(w.c.Weapon.ammo[s]).toBe(2);
  });

  it('a hit is critical exactly when the crit roll is below the crit chance (a roll equal to it is not)', () => {
    // Half cover (rubble) keeps the target from being flanked: crit% is the weapon's own crit. Aim 100: every shot hits.
    const rows = ['..E..', '..,..', '..S..'];
    const shoot = (seed: number, crit: number) => {
      const { w, s, e } = duel(seed, rows);
      w.c.Stats.aim[s] = 100;
      w.c.Health.hp[e] = 99;
      const arm = armOf(w, s)!;
      const events = fireShot(w, s, e, { ...arm, weapon: { ...arm.weapon, crit } }, false);
      const hit = events.find((ev) => ev.type === 'hit');
      if (hit?.type !== 'hit') throw new Error('aim 100 always hits');
      return hit;
    };
    for (let seed = 1; seed <= 30; seed++) {
      const roll = shoot(seed, 0).critRoll;
      expect(shoot(seed, roll)).toMatchObject({ critRoll: roll, crit: false });
      if (roll < 100) expect(shoot(seed, roll + 1)).toMatchObject({ critRoll: roll, crit: true });
    }
  });

  it('a kill by a reaction shot is reported as reaction fire, by an ordinary shot as a shot', () => {
    const causes = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      for (const reaction of [false, true]) {
        const { w, s, e } = duel(seed);
        w.c.Health.hp[e] = 1;
        const events = fireShot(w, s, e, armOf(w, s)!, reaction);
        expect(shotOf(events)).toMatchObject({ reaction });
        const died = events.find((ev) => ev.type === 'unit_died');
        if (!events.some((ev) => ev.type === 'hit')) continue;
        expect(died).toMatchObject({ unit: 'e1', cause: reaction ? 'reaction_fire' : 'shot' });
        // Nothing after the death: a dead target is not woken.
        expect(events.at(-1)).toBe(died);
        causes.add(died!.type === 'unit_died' ? died!.cause : '');
      }
    }
    expect([...causes].sort()).toEqual(['reaction_fire', 'shot']);
  });

  it('wakes an unaware target that lives, once; an aware one or a squad unit is not spotted again', () => {
    const { w, s, e } = duel(2);
    w.c.Health.hp[e] = 99;
    w.c.Ai.aware[e] = 0;
    const first = fireShot(w, s, e, armOf(w, s)!, false);
    expect(first.filter((ev) => ev.type === 'spotted')).toEqual([
      { type: 'spotted', unit: 'e1', target: 's1', reason: 'shot_at' },
    ]);
    expect(w.c.Ai.aware[e]).toBe(1);
    expect(fireShot(w, s, e, armOf(w, s)!, false).some((ev) => ev.type === 'spotted')).toBe(false);
    // The trooper shooting back at the squad: no Ai on the target, nobody spotted.
    w.c.Health.hp[s] = 99;
    expect(fireShot(w, e, s, armOf(w, e)!, false).some((ev) => ev.type === 'spotted')).toBe(false);
  });

  it('a shot taken from a peek tile says so in its event', () => {
    // S on (2,4) under the east end of a wall: it leans out to (3,4) to see E.
    const { w, s, e } = duel(1, ['...E...', '.......', '.......', '###....', '..S....']);
    w.c.Health.hp[e] = 99;
    expect(shotOf(fireShot(w, s, e, armOf(w, s)!, false))).toMatchObject({
      from: { x: 2, y: 4 },
      to: { x: 3, y: 0 },
      peek: { x: 3, y: 4 },
    });
    const { w: open, s: s2, e: e2 } = duel(1);
    expect('peek' in shotOf(fireShot(open, s2, e2, armOf(open, s2)!, false))).toBe(false);
  });
});

describe('targetsFor', () => {
  const seen = (w: GameWorld, eid: number, sidearm?: boolean) =>
    targetsFor(w, eid, sidearm === undefined ? {} : { sidearm }).map((t) => [t.target, t.chance.weapon]);

  it('lists the enemies seen and in range, in uid order, with the chance for the weapon asked for', () => {
    // s1 sees 15 tiles. e1 2 tiles away, e2 10, e3 14 (in the Thompson's 16, beyond the Webley's 12), e4
    // straight behind a wall.
    const rows = ['S.E.......E...E', '##.............', 'E..............'];
    const { w, s } = duel(1, rows);
    w.c.Stats.vision[s] = 15;
    expect(seen(w, s)).toEqual([
      ['e1', 'thompson'],
      ['e2', 'thompson'],
      ['e3', 'thompson'],
    ]);
    expect(targetsFor(w, s).map((t) => t.chance.distance)).toEqual([2, 10, 14]);
    expect(seen(w, s, true)).toEqual([
      ['e1', 'webley'],
      ['e2', 'webley'],
    ]);
    expect(seen(w, s, false)).toEqual(seen(w, s));
    // The LGF's view the other way: their targets are squad units.
    expect(targetsFor(w, unitById(w, 'e1')!).map((t) => t.target)).toEqual(['s1']);
  });
});
