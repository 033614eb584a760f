import { hasComponent } from 'bitecs';
import type { GameEvent } from '../events/types';
import { damageUnit } from '../rules/environmentDamage';
import { landCollapses } from '../story/collapse';
import { difficultyOf } from '../story/state';
import { touchGrid } from '../world/grid';
import { unitsSorted } from '../world/units';
import type { GameWorld } from '../world/world';
import { tickBreaches } from './breaches';
import { landStrike, warnStrikes } from './strikes';

/** Dust thins by one turn everywhere. */
export function settleDust(world: GameWorld): void {
  const g = world.grid;
  if (g.dusty === 0) return;
  const dust = g.dust;
  let left = 0;
  for (let i = 0; i < dust.length; i++) {
    if (dust[i]! === 0) continue;
    dust[i] = dust[i]! - 1;
    if (dust[i]! > 0) left++;
  }
  g.dusty = left;
  touchGrid(g);
}

/** Bleeding units lose HP, in uid order. */
export function bleed(world: GameWorld): GameEvent[] {
  const events: GameEvent[] = [];
  for (const eid of unitsSorted(world)) {
    if (!hasComponent(world, eid, world.c.Bleeding)) continue;
    events.push(...damageUnit(world, eid, world.c.Bleeding.perTurn[eid]!, 'bleeding'));
  }
  return events;
}

/**
 * The environment phase, in this order: dust settles; wounds bleed; open breaches count down and
 * seal; this turn's strikes land (in schedule order; a breach they tear stays open for the map's
 * sealTurns player turns); telegraphed story collapses come down; the coming strikes are telegraphed.
 */
export function runEnvironment(world: GameWorld): GameEvent[] {
  const events: GameEvent[] = [];
  settleDust(world);
  events.push(...bleed(world));
  events.push(...tickBreaches(world));
  for (const s of world.scenario.map.strikes) if (s.turn === world.header.turn) events.push(...landStrike(world, s));
  events.push(...landCollapses(world));
  // Strikes are telegraphed `strikeWarning` environment phases ahead (the difficulty's); the first phase
  // also announces the nearer ones, which no earlier phase could.
  const turn = world.header.turn;
  const warning = difficultyOf(world).strikeWarning;
  for (let w = 1; w <= warning; w++) if (w === warning || turn === 1) events.push(...warnStrikes(world, turn + w));
  return events;
}
