import { removeComponent } from 'bitecs';
import { chooseCommand } from '../ai/chooseCommand';
import { applyUnitCommand } from '../commands/unitCommand';
import { runEnvironment } from '../environment/runEnvironment';
import type { GameEvent } from '../events/types';
import { checkOutcome, checkTurnLimit } from '../rules/outcome';
import { Faction, type FactionId } from '../world/components';
import { has, unitsSorted } from '../world/units';
import type { GameWorld, Phase } from '../world/world';

/** A guard against an AI that never ends its turn: far more commands than any side can use. */
const MAX_AI_COMMANDS_PER_UNIT = 8;

function startPhase(world: GameWorld, phase: Phase): GameEvent {
  world.header.phase = phase;
  return { type: 'phase_started', turn: world.header.turn, phase };
}

/** Gives every unit of a side its action points back. */
export function refreshSide(world: GameWorld, faction: FactionId): void {
  const { Actions } = world.c;
  for (const eid of unitsSorted(world, faction)) {
    Actions.ap[eid] = Actions.max[eid]!;
    Actions.dashed[eid] = 0;
    // Overwatch and hunker last until the unit's side's next turn.
    if (has(world, eid, 'Overwatch')) removeComponent(world, eid, world.c.Overwatch);
    if (has(world, eid, 'Hunkered')) removeComponent(world, eid, world.c.Hunkered);
    // Help at a breach lasts for the turn it was given (through that turn's environment phase).
    if (has(world, eid, 'Boosted')) removeComponent(world, eid, world.c.Boosted);
    if (has(world, eid, 'Pulled')) removeComponent(world, eid, world.c.Pulled);
  }
}

/** Plays one side with the AI until it has nothing left to do. */
export function runAiSide(world: GameWorld, faction: FactionId): GameEvent[] {
  const events: GameEvent[] = [];
  const cap = (unitsSorted(world, faction).length + 1) * MAX_AI_COMMANDS_PER_UNIT;
  for (let i = 0; i < cap && world.header.outcome === 'ongoing'; i++) {
    const cmd = chooseCommand(world, faction);
    if (!cmd || cmd.type === 'end_turn') break;
    const r = applyUnitCommand(world, cmd, faction);
    if (!r.ok) throw new Error(`AI issued an illegal command ${JSON.stringify(cmd)}: ${r.rejection.message}`);
    events.push(...r.events);
  }
  return events;
}

/** Ends the squad's turn: enemy phase, environment phase, then the next turn's player phase. */
export function runEndTurn(world: GameWorld): GameEvent[] {
  const events: GameEvent[] = [];
  events.push(startPhase(world, 'enemy'));
  refreshSide(world, Faction.lgf);
  events.push(...runAiSide(world, Faction.lgf));
  events.push(...checkOutcome(world));
  if (world.header.outcome === 'ongoing') {
    events.push(startPhase(world, 'environment'));
    events.push(...runEnvironment(world));
    events.push(...checkOutcome(world));
  }
  events.push({ type: 'turn_ended', turn: world.header.turn });
  events.push(...checkTurnLimit(world));
  world.header.turn++;
  world.header.phase = 'player';
  if (world.header.outcome === 'ongoing') {
    refreshSide(world, Faction.squad);
    events.push({ type: 'phase_started', turn: world.header.turn, phase: 'player' });
  }
  return events;
}
