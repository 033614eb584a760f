import type { Point } from '@denizens/maps';
import { apply } from '../apply';
import { type CoverSides, coverAt } from '../combat/cover';
import { type HitChance, hitChance } from '../combat/hitChance';
import { planMove } from '../commands/move';
import { planShot } from '../commands/shoot';
import { type Command, type Rejection, reject } from '../commands/types';
import type { GameEvent } from '../events/types';
import { deserializeGame, serializeGame } from '../save/serialize';
import { visibleTo } from '../vision/sight';
import { Faction, type FactionId } from '../world/components';
import { inBounds } from '../world/grid';
import { T } from '../world/terrain';
import { has, placeUnit, unitById, unitsSorted } from '../world/units';
import type { GameWorld } from '../world/world';

// The engine asks, the client shows: what a command would do, with its odds and costs, read from a
// copy of the world (the world itself never changes, not even its derived caches).

/** An enemy the moving side sees now that could shoot the unit where the command leaves it. */
export interface Threat {
  unit: string;
  /** Its chance to hit the unit there (0-100), cover and range included. */
  percent: number;
  /** The unit would have no cover toward it. */
  flanked: boolean;
}

/** Why a climb costs what it does: alone 2 AP, boosted or pulled 1, boosted by an ally with the boost trait 0. */
export type ClimbHelp = 'alone' | 'boosted' | 'pulled' | 'strong_boost';

export type Preview =
  | { ok: false; rejection: Rejection }
  | {
      ok: true;
      kind: 'move';
      path: Point[];
      /** Move points, and action points (2 = a dash). */
      cost: number;
      ap: number;
      cover: CoverSides;
      threats: Threat[];
    }
  | { ok: true; kind: 'climb'; ap: number; help: ClimbHelp; threats: Threat[] }
  | { ok: true; kind: 'shoot'; chance: HitChance }
  /**
   * Any other command, applied to a copy: its events, and whether dice were rolled (`random`: the
   * events are one possible outcome, not the only one).
   */
  | { ok: true; kind: 'other'; events: GameEvent[]; random: boolean };

/** What a climb would cost this unit now, and why (the same rule the climb command charges). */
export function climbHelp(world: GameWorld, eid: number): { ap: number; help: ClimbHelp } {
  if (has(world, eid, 'Boosted')) {
    return world.c.Boosted.free[eid] === 1 ? { ap: 0, help: 'strong_boost' } : { ap: 1, help: 'boosted' };
  }
  if (has(world, eid, 'Pulled')) return { ap: 1, help: 'pulled' };
  return { ap: 2, help: 'alone' };
}

/**
 * The command that takes a unit onto a tile: a breach is climbed into, anything else is walked to
 * (from a breach's lip, a normal move goes in or out).
 */
export function goTo(world: GameWorld, unit: string, to: Point): Command {
  const g = world.grid;
  const breach = inBounds(g, to.x, to.y) && g.terrain[to.y * g.width + to.x] === T.breach;
  return breach ? { type: 'climb', unit, to: { x: to.x, y: to.y } } : { type: 'move', unit, to: { x: to.x, y: to.y } };
}

/**
 * What `command` would do if it were applied now, without applying it: a move's path, cost, cover
 * and the seen enemies that could shoot the unit there (weapon range and sight included); a climb's
 * cost and why; a shot's hit chance with its breakdown; anything else dry-run on a copy. A command
 * the engine would refuse gives the same rejection `apply` would.
 */
export function preview(world: GameWorld, command: Command): Preview {
  if (command.type === 'move' || command.type === 'climb' || command.type === 'shoot') {
    const eid = unitById(world, command.unit);
    if (eid === undefined) return reject('unknown_unit', `no living unit has the id ${JSON.stringify(command.unit)}`);
    if (command.type === 'shoot') {
      const shot = planShot(world, eid, command.target, command.sidearm);
      if (!shot.ok) return shot;
      return { ok: true, kind: 'shoot', chance: hitChance(world, eid, shot.plan.target, { sidearm: command.sidearm }) };
    }
    if (command.type === 'move') {
      const planned = planMove(world, eid, command.to);
      if (!planned.ok) return planned;
      const { path, cost, ap } = planned.plan;
      const to = command.to;
      return {
        ok: true,
        kind: 'move',
        path,
        cost,
        ap,
        cover: coverAt(world, to.x, to.y),
        threats: threatsAt(world, eid, to),
      };
    }
  }
  const copy = copyOf(world);
  const r = apply(copy, command);
  if (!r.ok) return r;
  if (command.type === 'climb') {
    const eid = unitById(world, command.unit)!;
    return { ok: true, kind: 'climb', ...climbHelp(world, eid), threats: threatsAt(world, eid, command.to) };
  }
  return { ok: true, kind: 'other', events: r.events, random: copy.rng.draws !== world.rng.draws };
}

function copyOf(world: GameWorld): GameWorld {
  const d = deserializeGame(serializeGame(world));
  if (!d.ok) throw new Error(`the engine could not copy the world: ${d.error.path}: ${d.error.message}`);
  return d.world;
}

/** The enemies the unit's side sees now that could shoot it on `to` (on a copy with the unit standing there). */
function threatsAt(world: GameWorld, eid: number, to: Point): Threat[] {
  const { Unit, Position } = world.c;
  const side = Unit.faction[eid] as FactionId;
  const seen = visibleTo(world, side);
  if (!seen.enemies.length) return [];
  const copy = copyOf(world);
  const me = unitById(copy, Unit.id[eid]!)!;
  if (Position.x[eid] !== to.x || Position.y[eid] !== to.y) placeUnit(copy, me, to.x, to.y);
  const other = side === Faction.squad ? Faction.lgf : Faction.squad;
  const out: Threat[] = [];
  for (const e of unitsSorted(copy, other)) {
    const id = copy.c.Unit.id[e]!;
    if (!seen.enemies.includes(id)) continue;
    const c = hitChance(copy, e, me);
    if (c.canSee && c.inRange) out.push({ unit: id, percent: c.percent, flanked: c.flanked });
  }
  return out;
}
