import type { GameEvent } from '../events/types';
import { Faction } from '../world/components';
import { unitsView } from '../world/units';
import type { GameWorld } from '../world/world';

function end(world: GameWorld, outcome: 'victory' | 'defeat', reason: string): GameEvent[] {
  world.header.outcome = outcome;
  world.header.reason = reason;
  return [{ type: 'game_over', outcome, reason, turn: world.header.turn }];
}

/** Checks win and loss after anything happened; ends the game (and says so) when one is reached. */
export function checkOutcome(world: GameWorld): GameEvent[] {
  if (world.header.outcome !== 'ongoing') return [];
  const squad = unitsView(world, Faction.squad);
  if (squad.length === 0) return end(world, 'defeat', 'squad_dead');
  const objective = world.scenario.map.objective;
  const { Position } = world.c;
  if (objective.kind === 'eliminate' && unitsView(world, Faction.lgf).length === 0)
    return end(world, 'victory', 'objective');
  if (objective.kind === 'reach') {
    for (const eid of squad) {
      if (objective.tiles.some((t) => t.x === Position.x[eid] && t.y === Position.y[eid]))
        return end(world, 'victory', 'objective');
    }
  }
  return [];
}

/** At the end of a turn: out of turns is a loss. */
export function checkTurnLimit(world: GameWorld): GameEvent[] {
  const limit = world.scenario.map.turnLimit;
  if (world.header.outcome === 'ongoing' && limit !== undefined && world.header.turn >= limit)
    return end(world, 'defeat', 'turn_limit');
  return [];
}
