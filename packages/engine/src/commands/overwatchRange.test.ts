import type { MapData } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { apply, applyAs } from '../apply';
import type { GameEvent } from '../events/types';
import { createGame } from '../setup/createGame';
import { Faction } from '../world/components';
import { has, unitById } from '../world/units';

/**
 * Overwatch fires only within the watcher's weapon range, not just its vision: a map may define a
 * short-ranged weapon (no built-in one is shorter than the squad's 12 tiles of vision).
 */
function shortRangeMap(): MapData {
  const map = tinyMap(['S................E', '..................', '##################'], {
    weapons: {
      sawnoff: {
        name: 'Sawn-off shotgun',
        kind: 'rifle',
        damage: { min: 1, max: 1 },
        ammo: 2,
        rangeMods: [{ upTo: 4, mod: 0 }],
      },
    },
  });
  return { ...map, squad: map.squad.map((u) => ({ ...u, weapon: 'sawnoff', sidearm: undefined })) };
}

function watched() {
  const w = createGame(shortRangeMap(), 5);
  const s = unitById(w, 's1')!;
  expect(w.c.Stats.vision[s]).toBe(12);
  const e = unitById(w, 'e1')!;
  w.c.Stats.mobility[e] = 20;
  w.c.Health.hp[e] = 50;
  w.c.Health.max[e] = 50;
  const ow = apply(w, { type: 'overwatch', unit: 's1' });
  expect(ow.ok && ow.events).toEqual([{ type: 'overwatch_set', unit: 's1', weapon: 'sawnoff', apLeft: 0 }]);
  w.header.phase = 'enemy';
  return w;
}

describe('overwatch and weapon range', () => {
  it('lets a mover through every seen tile beyond the weapon range and stops it at the first tile in range', () => {
    const w = watched();
    const r = applyAs(w, { type: 'move', unit: 'e1', to: { x: 1, y: 0 } }, Faction.lgf);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const moved = r.events[0] as Extract<GameEvent, { type: 'moved' }>;
    // Seen from (12,0) on, but the sawn-off reaches 4 tiles: the move stops at (4,0).
    expect(moved.interrupted).toBe(true);
    expect(moved.path.at(-1)).toEqual({ x: 4, y: 0 });
    expect(r.events[1]).toEqual({ type: 'reaction_fire', unit: 's1', target: 'e1', at: { x: 4, y: 0 } });
  });

  it('does not fire at a move that stays in sight but out of range', () => {
    const w = watched();
    const r = applyAs(w, { type: 'move', unit: 'e1', to: { x: 6, y: 0 } }, Faction.lgf);
    expect(r.ok && r.events.filter((e) => e.type === 'reaction_fire' || e.type === 'shot')).toEqual([]);
    expect(r.ok && (r.events[0] as Extract<GameEvent, { type: 'moved' }>).interrupted).toBeFalsy();
    expect(has(w, unitById(w, 's1')!, 'Overwatch')).toBe(true);
  });
});
