import { hasComponent } from 'bitecs';
import { COMPONENT_NAMES, fieldsOf } from '../world/components';
import { entitiesSorted } from '../world/units';
import type { GameWorld } from '../world/world';
import { Hasher } from './hasher';

const PHASES = ['player', 'enemy', 'environment'];
const OUTCOMES = ['ongoing', 'victory', 'defeat'];
const TWO32 = 0x1_0000_0000;

/**
 * The state hash: header, RNG state, every tile's state, and every component of every live
 * entity in uid order. Derived indexes (occupancy, id lookup) are left out: they follow from these.
 */
export function hashWorld(world: GameWorld): string {
  const h = new Hasher();
  const { header, grid, rng, c } = world;
  h.str(world.scenario.mapHash).str(world.seed);
  h.int(header.turn)
    .int(PHASES.indexOf(header.phase))
    .int(OUTCOMES.indexOf(header.outcome))
    .str(header.reason)
    .int(header.nextUid);
  const s = rng.prng.state();
  h.int(s.c)
    .int(s.s0 * TWO32)
    .int(s.s1 * TWO32)
    .int(s.s2 * TWO32)
    .int(rng.draws);
  h.int(grid.width)
    .int(grid.height)
    .bytes(grid.terrain)
    .bytes(grid.wallHp)
    .bytes(grid.elevation)
    .bytes(grid.dust)
    .bytes(grid.lit);
  const eids = entitiesSorted(world, ['Meta']);
  h.int(eids.length);
  for (const eid of eids) {
    for (let ci = 0; ci < COMPONENT_NAMES.length; ci++) {
      const name = COMPONENT_NAMES[ci]!;
      const store = c[name] as unknown as Record<string, unknown[]>;
      if (!hasComponent(world, eid, store)) continue;
      h.int(ci);
      for (const [field, kind] of fieldsOf(name)) {
        const v = store[field]![eid];
        if (kind === 'str') h.str(v as string);
        else h.int(v as number);
      }
    }
    h.int(-1);
  }
  return h.digest();
}
