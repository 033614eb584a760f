import { removeComponent } from 'bitecs';
import { describe, expect, it } from 'vitest';
import { caughtInBreach, tickUntilSealed, tinyMap } from '../../test/support';
import { createGame } from '../setup/createGame';
import { placeUnit, unitById } from '../world/units';
import { tickBreaches } from './breaches';

/**
 * A sealing breach in detail (breaches.ts seal): which inside tile a hauled unit lands on, what it keeps,
 * and where a crushed unit goes when there is no room, also at the map's edge. Each world is set up by
 * hand: the unit is placed on the breach and marked pulled, then the breach ticks down to its seal.
 */
const events = tickUntilSealed;
const caught = caughtInBreach;

describe('a sealing breach', () => {
  // Deck above the hull row (inside), ground below (outside); a breach at (2,2).
  const rows = [
    '_____', //
    'S____',
    'HHHHH',
    '.....',
    'S...S',
  ];
  const make = () => {
    const map = tinyMap(rows, { breaches: [{ x: 2, y: 2 }], sealTurns: 2 });
    map.squad[0]!.traits = ['haul'];
    return createGame(map, 1);
  };

  it('hauls a unit to the free inside tile nearest its hauler (by the larger of the two distances)', () => {
    const w = make();
    // The hauler at (0,1): of (1,1), (2,1) and (3,1), (1,1) is nearest.
    caught(w, 's2', 2, 2, 's1');
    expect(events(w)).toContainEqual(expect.objectContaining({ type: 'unit_hauled', to: { x: 1, y: 1 } }));
    const w2 = make();
    placeUnit(w2, unitById(w2, 's1')!, 4, 0);
    caught(w2, 's2', 2, 2, 's1');
    expect(events(w2)).toContainEqual(expect.objectContaining({ type: 'unit_hauled', to: { x: 3, y: 1 } }));
  });

  it('a hauled unit without a sidearm or a pack loses only its weapon and is left unarmed', () => {
    const map = tinyMap(rows, { breaches: [{ x: 2, y: 2 }], sealTurns: 2 });
    map.squad[0]!.traits = ['haul'];
    delete map.squad[1]!.sidearm;
    const w = createGame(map, 1);
    const e = caught(w, 's2', 2, 2, 's1');
    // Every pilot starts with a pack; this one has dropped it.
    removeComponent(w, e, w.c.Pack);
    expect(events(w)).toContainEqual(expect.objectContaining({ type: 'unit_hauled', unit: 's2', lost: ['thompson'] }));
    expect([w.c.Weapon.id[e], w.c.Weapon.ammo[e]]).toEqual(['', 0]);
  });

  it("a hauled unit draws its sidearm with the sidearm's ammunition (the revolver's unlimited: -1)", () => {
    const map = tinyMap(rows, { breaches: [{ x: 2, y: 2 }], sealTurns: 2 });
    map.squad[0]!.traits = ['haul'];
    map.squad[1]!.sidearm = 'webley';
    const w = createGame(map, 1);
    const e = caught(w, 's2', 2, 2, 's1');
    events(w);
    expect(w.c.Weapon.id[e]).toBe('webley');
    expect(w.scenario.weapons.webley!.ammo).toBeNull();
    expect(w.c.Weapon.ammo[e]).toBe(-1);
  });

  it('crushes a unit with no free tile outside: it takes all its hit points and stays', () => {
    const map = tinyMap(['_____', '_____', 'HHHHH', '.SSS.', 'S....'], { breaches: [{ x: 2, y: 2 }], sealTurns: 2 });
    const w = createGame(map, 1);
    const e = caught(w, 's4', 2, 2);
    const hp = w.c.Health.hp[e]!;
    const ev = events(w);
    expect(ev).toContainEqual({ type: 'unit_crushed', unit: 's4', from: { x: 2, y: 2 }, to: null, damage: 5 });
    expect(ev).toContainEqual(expect.objectContaining({ type: 'unit_damaged', unit: 's4', amount: hp, hp: 0 }));
  });

  it('at the map edge, never hauls or pushes a unit off the map', () => {
    // A breach at (0,2): its neighbours at x = -1 are off the map (in the tile arrays they would be the
    // previous row's last tiles, deck and hull). Both inside tiles are taken, so the unit is crushed.
    const map = tinyMap(['_____', 'SS___', 'HHHHH', '.....', 'S....'], { breaches: [{ x: 0, y: 2 }], sealTurns: 2 });
    map.squad[0]!.traits = ['haul'];
    const w = createGame(map, 1);
    caught(w, 's3', 0, 2, 's1');
    const ev = events(w);
    expect(ev.some((e) => e.type === 'unit_hauled')).toBe(false);
    expect(ev).toContainEqual(expect.objectContaining({ type: 'unit_crushed', to: { x: 0, y: 3 } }));
  });

  it('vents once, the turn before it seals, and only then', () => {
    const map = tinyMap(rows, { breaches: [{ x: 2, y: 2 }], sealTurns: 3 });
    const w = createGame(map, 1);
    expect(tickBreaches(w)).toEqual([]);
    expect(tickBreaches(w)).toEqual([{ type: 'breach_venting', x: 2, y: 2, sealsIn: 1 }]);
    expect(tickBreaches(w)).toEqual([{ type: 'breach_sealed', x: 2, y: 2 }]);
    expect(tickBreaches(w)).toEqual([]);
  });
});
