import { updateAwareness } from '../rules/awareness';
import { checkOutcome } from '../rules/outcome';
import type { FactionId } from '../world/components';
import { unitById } from '../world/units';
import type { GameWorld } from '../world/world';
import { boost, climb, interact, pull } from './breach';
import { firstAid } from './firstAid';
import { hunker } from './hunker';
import { executeMove, planMove } from './move';
import { overwatch } from './overwatch';
import { reload } from './reload';
import { executeShot, planShot } from './shoot';
import { type Command, type CommandResult, type Rejection, reject } from './types';

/**
 * A unit's command for its side (every command but end_turn, which apply.ts turns into the phases):
 * finds the unit, checks it is the side's, runs the command's rule file, then the rules that follow
 * every accepted command (awareness, the win/loss check). The squad's commands come through apply;
 * the enemy phase gives the LGF's here directly (phases/endTurn.ts).
 */
export function applyUnitCommand(world: GameWorld, command: Command, faction: FactionId): CommandResult {
  switch (command.type) {
    case 'end_turn':
      return reject('invalid_command', 'only the squad ends its turn by command');
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

/** Adds the win/loss check after an accepted command. */
function withOutcome(world: GameWorld, r: CommandResult): CommandResult {
  return r.ok ? { ok: true, events: [...r.events, ...checkOutcome(world)] } : r;
}

/** After an accepted combat command: enemies that now see the squad become aware, then the win/loss check. */
function afterCombat(world: GameWorld, r: CommandResult): CommandResult {
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
