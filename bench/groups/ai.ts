import { defaultMap, defaultMapWithEnemies } from '../inputs/defaultMap';
import { apply, createGame, Faction, has, unitsSorted } from '../lib/engine';
import { playSquadCommands } from '../lib/play';
import { counted, emptyResult, timed, type VariantFn, type VariantOptions, type VariantResult } from '../lib/result';
import { now, repeatRuns, warmUp } from '../lib/timing';

export const ENEMIES = 12;

/** Events by which an LGF unit acts in its phase (one of these naming it: it acted). */
const ACTS = new Set(['moved', 'shot', 'overwatch_set', 'hunkered', 'reloaded', 'climbed']);

/**
 * The enemy phase with 12 LGF on the default map. Every LGF unit is made aware of the squad at the start (otherwise
 * the added enemies stand still, unaware, and the phase measures little); the benchmark counts how many acted. In each game the squad AI plays its commands (untimed), then the
 * timed part is `apply(end_turn)`: the LGF's AI deciding and acting for every unit, then the environment phase.
 * A run is the first turns of several seeded games; its figure is the mean time of one enemy phase.
 */
function runAi(enemies: number | null, o: VariantOptions): VariantResult {
  const r = emptyResult();
  const map = enemies === null ? defaultMap() : defaultMapWithEnemies(enemies);
  const lgfIds = new Set(map.enemies.map((e) => e.id));
  const seeds = o.quick ? [1] : [1, 2, 3, 4, 5, 6, 7, 8];
  const turns = o.quick ? 1 : 5;
  let phases = 0;
  let lgfActing = 0;
  let acted = 0;
  const one = (): number => {
    let ns = 0n;
    phases = 0;
    lgfActing = 0;
    acted = 0;
    for (const seed of seeds) {
      const world = createGame(map, seed);
      // Every LGF unit active: aware of the squad from the start.
      for (const e of unitsSorted(world, Faction.lgf)) if (has(world, e, 'Ai')) world.c.Ai.aware[e] = 1;
      while (world.header.outcome === 'ongoing' && world.header.turn <= turns) {
        playSquadCommands(world);
        if (world.header.outcome !== 'ongoing') break;
        lgfActing += unitsSorted(world, Faction.lgf).length;
        const t0 = now();
        const res = apply(world, { type: 'end_turn' });
        ns += now() - t0;
        if (!res.ok) throw new Error(`end_turn refused: ${res.rejection.message}`);
        const actors = new Set<string>();
        for (const e of res.events)
          if (ACTS.has(e.type) && 'unit' in e && typeof e.unit === 'string' && lgfIds.has(e.unit)) actors.add(e.unit);
        acted += actors.size;
        phases++;
      }
    }
    return Number(ns) / 1e6 / phases;
  };
  warmUp(o, one);
  const perRun = repeatRuns(o, one);
  r.figures.enemyPhaseMs = timed(perRun, 'ms');
  r.figures.enemies = counted(map.enemies.length, 'units');
  r.figures.phases = counted(phases, 'phases');
  r.figures.meanLgfAlive = counted(lgfActing / phases, 'units');
  r.figures.meanLgfActed = counted(acted / phases, 'units');
  r.checks.push({
    name: 'the LGF is active: at least two thirds of the living LGF units act in each enemy phase, on average',
    ok: acted >= (2 / 3) * lgfActing,
    detail: `${(acted / phases).toFixed(1)} of ${(lgfActing / phases).toFixed(1)} acted per phase`,
  });
  if (enemies !== null)
    r.checks.push({
      name: `${enemies} enemies on the map`,
      ok: map.enemies.length === enemies,
      detail: `${map.enemies.length}`,
    });
  return r;
}

export const aiVariants: Record<string, VariantFn> = {
  'default-12': (o) => runAi(ENEMIES, o),
  default: (o) => runAi(null, o),
};
