import type { GameEvent } from '../events/types';
import { checkOutcome } from '../rules/outcome';
import type { GameWorld } from '../world/world';
import { extractUnits } from './captive';
import { conditionHolds } from './conditions';
import { runEffect } from './effects';
import { hasFired, markFired } from './state';

/**
 * After a unit moved outside the squad's own command (an AI move in the enemy phase, a haul or a push
 * out of a sealing breach in the environment phase): every unfired trigger whose condition is "enter"
 * and holds now fires, in map order, its effects at once. So a unit that walks into an area fires it
 * even when it is gone again (moved on, dead) by the time the squad's command ends. Everything else
 * waits for runStory at the end of the command.
 */
export function enterTriggers(world: GameWorld): GameEvent[] {
  if (world.header.outcome !== 'ongoing') return [];
  const triggers = world.scenario.map.triggers;
  const out: GameEvent[] = [];
  for (let i = 0; i < triggers.length; i++) {
    const t = triggers[i]!;
    if (t.when.kind !== 'enter' || hasFired(world, i)) continue;
    if (!conditionHolds(world, t.when, [])) continue;
    markFired(world, i);
    out.push({ type: 'trigger_fired', trigger: t.id });
    t.do.forEach((e, k) => {
      out.push(...runEffect(world, t, i, k, e));
    });
  }
  return out;
}

/**
 * The story's turn after every accepted squad command (end_turn included, after the enemy and environment
 * phases): squad members whose own move ended on an extraction tile leave the map; then every trigger that has not fired and
 * whose condition holds fires once, in map order, its effects in order; a trigger's events can fire a later
 * trigger (passes repeat until none fires); then the win/loss check. Deterministic: no RNG, fixed orders.
 */
export function runStory(world: GameWorld, commandEvents: readonly GameEvent[]): GameEvent[] {
  if (world.header.outcome !== 'ongoing') return [];
  const out: GameEvent[] = [...extractUnits(world, commandEvents)];
  const triggers = world.scenario.map.triggers;
  for (let pass = 0; pass < triggers.length; pass++) {
    let fired = false;
    for (let i = 0; i < triggers.length; i++) {
      if (hasFired(world, i)) continue;
      const t = triggers[i]!;
      if (!conditionHolds(world, t.when, out.length ? [...commandEvents, ...out] : commandEvents)) continue;
      markFired(world, i);
      fired = true;
      out.push({ type: 'trigger_fired', trigger: t.id });
      t.do.forEach((e, k) => {
        out.push(...runEffect(world, t, i, k, e));
      });
    }
    if (!fired) break;
  }
  out.push(...checkOutcome(world));
  return out;
}
