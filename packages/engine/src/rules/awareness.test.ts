import { describe, expect, it } from 'vitest';
import { builtin } from '../../test/support';
import { chooseCommand } from '../ai/chooseCommand';
import { apply } from '../apply';
import { createGame } from '../setup/createGame';
import { canSeeUnit } from '../vision/sight';
import { Faction } from '../world/components';
import { has, unitById, unitsSorted } from '../world/units';
import type { GameWorld } from '../world/world';

/** The first squad member (uid order) an LGF unit sees, by checking every pair; -1 when none. */
function firstSeen(world: GameWorld, eid: number): number {
  for (const s of unitsSorted(world, Faction.squad)) if (canSeeUnit(world, eid, s)) return s;
  return -1;
}

describe('awareness (incremental)', () => {
  it('after every squad command, matches a check of every pair: no unaware unit sees anyone, and each spotting names the first seen', () => {
    let spotted = 0;
    for (const id of ['ruins', 'ship', 'training']) {
      for (let seed = 1; seed <= 3; seed++) {
        const world = createGame(builtin(id), seed);
        for (let step = 0; step < 400 && world.header.outcome === 'ongoing' && world.header.turn <= 8; step++) {
          const cmd = chooseCommand(world, Faction.squad) ?? { type: 'end_turn' as const };
          const r = apply(world, cmd);
          expect(r.ok).toBe(true);
          if (!r.ok || cmd.type === 'end_turn' || world.header.outcome !== 'ongoing') continue;
          for (const e of r.events) {
            if (e.type !== 'spotted' || e.reason !== 'sight') continue;
            spotted++;
            const eid = unitById(world, e.unit)!;
            expect(firstSeen(world, eid)).toBe(unitById(world, e.target ?? ''));
          }
          for (const eid of unitsSorted(world, Faction.lgf)) {
            if (world.c.Ai.aware[eid] !== 0 || !has(world, eid, 'Ai')) continue;
            expect(firstSeen(world, eid)).toBe(-1);
          }
        }
      }
    }
    expect(spotted).toBeGreaterThan(0);
  });
});
