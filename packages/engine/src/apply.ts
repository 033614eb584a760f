import { boost, climb, interact, pull } from './commands/breach';
import { firstAid } from './commands/firstAid';
import { hunker } from './commands/hunker';
import { executeMove, planMove } from './commands/move';
import { overwatch } from './commands/overwatch';
import { reload } from './commands/reload';
import { executeShot, planShot } from './commands/shoot';
import type { Command } from './commands/types';
import { type Rejection, reject } from './commands/types';
import type { GameEvent } from './events/types';
import { runEndTurn } from './phases/endTurn';
import { updateAwareness } from './rules/awareness';
import { checkOutcome } from './rules/outcome';
import { beforeCommand, commandAccepted, rollBack } from './save/rollback';
import { runStory } from './story/runStory';
import { Faction, type FactionId } from './world/components';
import { unitById } from './world/units';
import type { GameWorld, Phase } from './world/world';

export type ApplyResult =
  | { ok: true; events: GameEvent[] }
  | { ok: false; rejection: Rejection; fault?: undefined }
  | { ok: false; rejection: Rejection; fault: EngineFault };

/**
 * A bug: the engine threw while it applied a command (in the command or in a phase it ran). The
 * world is put back as it was before the command; the rejection's code is `engine_fault`.
 */
export interface EngineFault {
  /** The command's type ("end_turn", "move", …). */
  command: string;
  /** The turn and phase the command was given in. */
  turn: number;
  phase: Phase;
  /** What was thrown, in words. */
  message: string;
}

/**
 * The one way to change a game: the squad's command in, events out. A refused command returns a
 * typed rejection and leaves the world exactly as it was (every handler checks before it changes).
 * All or nothing: whatever is thrown while the command or a phase runs (a bug), the world is put
 * back as it was before the command (save/rollback.ts) and the result is a typed engine fault.
 */
export function apply(world: GameWorld, command: Command): ApplyResult {
  if (world.header.outcome !== 'ongoing') return reject('game_over', `the game is over (${world.header.outcome})`);
  if (world.header.phase !== 'player') return reject('not_your_turn', `it is the ${world.header.phase} phase`);
  if (!isCommandShaped(command)) return reject('invalid_command', 'a command is an object with a "type"');
  const { turn, phase } = world.header;
  beforeCommand(world, command);
  try {
    const r = applySquad(world, command);
    if (r.ok) commandAccepted(world, command);
    return r;
  } catch (e) {
    rollBack(world, reapply);
    const message = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      rejection: { code: 'engine_fault', message: `engine fault (a bug) while applying ${command.type}: ${message}` },
      fault: { command: command.type, turn, phase, message },
    };
  }
}

/** Applies again a command that was accepted before (rolling back after a fault). */
function reapply(world: GameWorld, command: Command): void {
  const r = applySquad(world, command);
  if (!r.ok) throw new Error(`a command accepted before was refused when applied again: ${r.rejection.message}`);
}

/** A squad command, then the map's story answering it (triggers, extraction: story/runStory.ts). */
function applySquad(world: GameWorld, command: Command): ApplyResult {
  const r = applyAs(world, command, Faction.squad);
  return r.ok ? { ok: true, events: [...r.events, ...runStory(world, r.events)] } : r;
}

/** Applies a command for a side (the enemy phase uses this with the LGF). */
export function applyAs(world: GameWorld, command: Command, faction: FactionId): ApplyResult {
  if (!isCommandShaped(command)) return reject('invalid_command', 'a command is an object with a "type"');
  switch (command.type) {
    case 'end_turn': {
      if (faction !== Faction.squad) return reject('invalid_command', 'only the squad ends its turn by command');
      return { ok: true, events: runEndTurn(world) };
    }
    case 'move': {
      const u = unitOf(world, command.unit, faction);
      if (!u.ok) return u;
      const planned = planMove(world, u.eid, command.to);
      if (!planned.ok) return planned;
      const events = executeMove(world, u.eid, planned.plan);
      return { ok: true, events: [...events, ...updateAwareness(world), ...checkOutcome(world)] };
    }
    case 'shoot': {
      const u = unitOf(world, command.unit, faction);
      if (!u.ok) return u;
      const planned = planShot(world, u.eid, command.target, command.sidearm);
      if (!planned.ok) return planned;
      return afterCombat(world, { ok: true, events: executeShot(world, u.eid, planned.plan) });
    }
    case 'overwatch':
    case 'reload':
    case 'hunker': {
      const u = unitOf(world, command.unit, faction);
      if (!u.ok) return u;
      const act = command.type === 'overwatch' ? overwatch : command.type === 'reload' ? reload : hunker;
      return afterCombat(world, act(world, u.eid));
    }
    case 'first_aid': {
      const u = unitOf(world, command.unit, faction);
      if (!u.ok) return u;
      return afterCombat(world, firstAid(world, u.eid, command.target));
    }
    case 'climb': {
      const u = unitOf(world, command.unit, faction);
      if (!u.ok) return u;
      return withOutcome(world, climb(world, u.eid, command.to));
    }
    case 'boost':
    case 'pull': {
      const u = unitOf(world, command.unit, faction);
      if (!u.ok) return u;
      const t = unitOf(world, command.target, faction);
      if (!t.ok) return t;
      return command.type === 'boost' ? boost(world, u.eid, t.eid) : pull(world, u.eid, t.eid);
    }
    case 'interact': {
      const u = unitOf(world, command.unit, faction);
      if (!u.ok) return u;
      return interact(world, u.eid);
    }
    default:
      return reject('invalid_command', `unknown command type ${JSON.stringify((command as { type: string }).type)}`);
  }
}

function isCommandShaped(command: unknown): boolean {
  return typeof command === 'object' && command !== null && typeof (command as { type?: unknown }).type === 'string';
}

/** Adds the win/loss check after an accepted command. */
function withOutcome(world: GameWorld, r: ApplyResult): ApplyResult {
  return r.ok ? { ok: true, events: [...r.events, ...checkOutcome(world)] } : r;
}

/** After an accepted combat command: enemies that now see the squad become aware, then the win/loss check. */
function afterCombat(world: GameWorld, r: ApplyResult): ApplyResult {
  return r.ok ? { ok: true, events: [...r.events, ...updateAwareness(world), ...checkOutcome(world)] } : r;
}

/** Finds the commanded unit and checks it belongs to the side giving the order. */
export function unitOf(
  world: GameWorld,
  id: unknown,
  faction: FactionId,
): { ok: true; eid: number } | { ok: false; rejection: Rejection } {
  if (typeof id !== 'string') return reject('invalid_command', 'the command needs "unit": the unit\'s id');
  const eid = unitById(world, id);
  if (eid === undefined) return reject('unknown_unit', `no living unit has the id ${JSON.stringify(id)}`);
  if (world.c.Unit.faction[eid] !== faction)
    return reject('not_your_unit', `${world.c.Unit.name[eid]} (${id}) is not yours to command`);
  return { ok: true, eid };
}
