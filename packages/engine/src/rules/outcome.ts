import type { GameEvent } from '../events/types';
import { captiveExtracted } from '../story/captive';
import { currentObjective, extractedIds } from '../story/state';
import { Faction } from '../world/components';
import { unitById, unitsView } from '../world/units';
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
  const captive = world.scenario.map.captive;
  const captiveOut = captiveExtracted(world);
  // The captive must live: dead (not on the map and not extracted) is a loss.
  if (captive && !captiveOut && unitById(world, captive.id) === undefined) return end(world, 'defeat', 'captive_lost');
  const objective = currentObjective(world);
  if (objective.kind === 'extract' && squad.length === 0) {
    // Everyone left is out: a win if someone got out (and the captive with them), else the squad is dead.
    return extractedIds(world).length > 0 && (!captive || captiveOut)
      ? end(world, 'victory', 'extracted')
      : end(world, 'defeat', 'squad_dead');
  }
  if (squad.length === 0) return end(world, 'defeat', 'squad_dead');
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
