import { COMPONENT_NAMES, fieldsOf } from '../world/components';
import { componentBits, maskLists, registeredCount } from '../world/ecs';
import type { Grid } from '../world/grid';
import { entitiesSorted } from '../world/units';
import type { GameWorld } from '../world/world';
import { Hasher } from './hasher';

const PHASES = ['player', 'enemy', 'environment'];
const OUTCOMES = ['ongoing', 'victory', 'defeat'];
const TWO32 = 0x1_0000_0000;

interface ComponentPlan {
  ci: number;
  masks: ArrayLike<number>;
  bit: number;
  fields: { values: unknown[]; str: boolean }[];
}

/** The digest of a grid's tile arrays, remembered per grid and version (Grid.version). */
const tileDigests = new WeakMap<Grid, { version: number; digest: string }>();

/** Digest of every tile array (terrain, wall HP, elevation, dust, light), made again only after a tile changed. */
export function tileDigest(grid: Grid): string {
  const known = tileDigests.get(grid);
  if (known !== undefined && known.version === grid.version) return known.digest;
  const digest = new Hasher()
    .bytes(grid.terrain)
    .bytes(grid.wallHp)
    .bytes(grid.elevation)
    .bytes(grid.dust)
    .bytes(grid.lit)
    .digest();
  tileDigests.set(grid, { version: grid.version, digest });
  return digest;
}

/** A world's component plans and what they were read from: the component stores (world.c), the mask arrays and how many components were registered. */
interface KnownPlans {
  all: number[][];
  registered: number;
  plans: ComponentPlan[];
}
const knownPlans = new WeakMap<object, KnownPlans>();

/**
 * Per component in COMPONENT_NAMES order (registered ones only): bitECS's membership bits for it (what
 * hasComponent reads) and its field arrays. Remembered per world and made again only when bitECS
 * registered another component or replaced its mask arrays (a reset): the stores' field arrays are
 * made once with the world (createComponents) and a replaced world (save/snapshot) has new stores.
 */
export function plansOf(world: GameWorld): ComponentPlan[] {
  const { c } = world;
  const known = knownPlans.get(c);
  const registered = registeredCount(world);
  const all = maskLists(world);
  if (known !== undefined && known.registered === registered && known.all === all) return known.plans;
  const plans: ComponentPlan[] = [];
  for (let ci = 0; ci < COMPONENT_NAMES.length; ci++) {
    const name = COMPONENT_NAMES[ci]!;
    const store = c[name] as unknown as Record<string, unknown[]>;
    const bits = componentBits(world, store);
    if (!bits) continue;
    plans.push({
      ci,
      masks: bits.masks,
      bit: bits.bit,
      fields: fieldsOf(name).map(([field, kind]) => ({ values: store[field]!, str: kind === 'str' })),
    });
  }
  knownPlans.set(c, { all, registered, plans });
  return plans;
}

/**
 * The state hash: header, RNG state, the tiles (tileDigest), and every component of every live
 * entity in uid order. Derived indexes (occupancy, id lookup) are left out: they follow from these.
 */
export function hashWorld(world: GameWorld): string {
  const h = new Hasher();
  const { header, grid, rng } = world;
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
  h.int(grid.width).int(grid.height).str(tileDigest(grid));
  const plans = plansOf(world);
  const eids = entitiesSorted(world, ['Meta']);
  h.int(eids.length);
  for (const eid of eids) {
    for (const p of plans) {
      if (((p.masks[eid] ?? 0) & p.bit) !== p.bit) continue;
      h.int(p.ci);
      for (const f of p.fields) {
        const v = f.values[eid];
        if (f.str) h.str(v as string);
        else h.int(v as number);
      }
    }
    h.int(-1);
  }
  return h.digest();
}
