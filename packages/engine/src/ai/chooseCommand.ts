import type { Point } from '@denizens/maps';
import { hasAnyCover } from '../combat/cover';
import { armOf, readyArm } from '../combat/weapons';
import type { Command } from '../commands/types';
import { patrolTarget } from '../rules/patrol';
import { currentObjective } from '../story/state';
import { tileDistance } from '../vision/distance';
import { Faction, type FactionId } from '../world/components';
import { idx } from '../world/grid';
import { has, unitById, unitsView } from '../world/units';
import type { GameWorld } from '../world/world';
import { boostPlan, breachPlan, pullPlan } from './breachPlan';
import { dangerTiles } from './danger';
import { objectivePlan } from './objectivePlan';
import { bestPosition, stepToward } from './position';
import { bestShot } from './shots';
import { seenBySide } from './sideSight';

const END_TURN: Command = { type: 'end_turn' };

/**
 * The built-in AI's next command for a side, or end_turn when it has nothing more to do.
 * Deterministic: a pure function of the world (it never draws from the RNG and never changes the
 * world). Units act in uid order; every command it returns spends at least one action point, so a
 * side issues at most 2 commands per unit per turn. The same AI plays the squad in `simulate`.
 *
 * Per unit with action points:
 * - unaware (LGF only): walk one move along its patrol route, then nothing more this turn;
 * - squad only: pull an ally standing in a breach next to it (inside the ship); then play the objective
 *   (objectivePlan: open the cell when next to it; on extraction, walk or dash onto a free extraction
 *   tile within reach); when the goal is
 *   across the hull, climb into a free breach next to it, or head for the nearest open breach;
 * - standing in a telegraphed strike: step out of it (no AI ever moves into one);
 * - no foe in sight of its side: reload if empty, else move toward the goal (the nearest foe; for
 *   the squad, the objective: the cell, the reach tiles or the extraction tiles);
 * - foes in sight, full action points: move to the best tile within one move (bestPosition) unless
 *   it already stands there;
 * - then: shoot the best target (bestShot), else reload if empty, else hunker if badly hurt and in
 *   cover, else overwatch.
 */
export function chooseCommand(world: GameWorld, faction: FactionId): Command {
  if (world.header.outcome !== 'ongoing') return END_TURN;
  const foes = unitsView(world, faction === Faction.squad ? Faction.lgf : Faction.squad);
  // With no foes left only an objective elsewhere is worth moving for.
  if (foes.length === 0 && (faction !== Faction.squad || currentObjective(world).kind === 'eliminate')) return END_TURN;
  let seen: readonly number[] | null = null;
  const danger = dangerTiles(world);
  const units = unitsView(world, faction);
  // Escorting the freed captive: she acts first (toward the extraction), the others keep near her and
  // stay off the extraction tiles until she is out.
  const captive = faction === Faction.squad ? escortedCaptive(world) : -1;
  const order = captive >= 0 ? [captive, ...units.filter((u) => u !== captive)] : units;
  const escortDanger = captive >= 0 ? withExtractionTiles(world, danger) : danger;
  for (const eid of order) {
    if (world.c.Actions.ap[eid]! <= 0) continue;
    const d = captive >= 0 && eid !== captive ? escortDanger : danger;
    const cmd = decide(world, eid, faction, foes, () => (seen ??= seenBySide(world, faction)), d, captive);
    if (cmd) return cmd;
  }
  return END_TURN;
}

/** The freed captive (Tara) while she is on the map with the squad and the objective is extraction, else -1. */
export function escortedCaptive(world: GameWorld): number {
  const c = world.scenario.map.captive;
  if (!c || currentObjective(world).kind !== 'extract') return -1;
  const eid = unitById(world, c.id);
  return eid !== undefined && world.c.Unit.faction[eid] === Faction.squad ? eid : -1;
}

/** The danger tiles plus the extraction tiles: where an escort must not stop while the captive is still in. */
function withExtractionTiles(world: GameWorld, danger: Uint8Array | null): Uint8Array {
  const out = danger ? danger.slice() : new Uint8Array(world.grid.width * world.grid.height);
  const obj = currentObjective(world);
  if (obj.kind === 'extract') for (const t of obj.tiles) out[idx(world.grid, t.x, t.y)] = 1;
  return out;
}

/**
 * The squad weighs exposure three times as much as the LGF do when it picks a tile under fire: it has
 * an objective to reach alive, not ground to hold (measured: more pilots through the ruins' hull and
 * more ship games won than with 1).
 */
export const SQUAD_EXPOSURE_WEIGHT = 3;

/** How close (in tiles, either axis) an escort keeps to the captive. */
export const ESCORT_RANGE = 2;

function tagsOf(world: GameWorld, eid: number): readonly string[] {
  if (world.c.Unit.faction[eid] !== Faction.lgf) return [];
  return world.scenario.enemyTypes[world.c.Unit.kind[eid]!]?.tags ?? [];
}

function moveTo(world: GameWorld, eid: number, i: number): Command {
  const w = world.grid.width;
  return { type: 'move', unit: world.c.Unit.id[eid]!, to: { x: i % w, y: Math.floor(i / w) } };
}

/**
 * Where a side heads when it sees no foe: the squad's objective (cell, reach or extraction tiles; an
 * escort, the captive it escorts), else the nearest foe.
 */
function goalFor(
  world: GameWorld,
  eid: number,
  faction: FactionId,
  foes: readonly number[],
  captive = -1,
): Point | null {
  const { Position, Meta } = world.c;
  const x = Position.x[eid]!;
  const y = Position.y[eid]!;
  if (captive >= 0 && eid !== captive) return { x: Position.x[captive]!, y: Position.y[captive]! };
  const obj = currentObjective(world);
  if (faction === Faction.squad && obj.kind === 'cell') return { x: obj.x, y: obj.y };
  if (faction === Faction.squad && (obj.kind === 'reach' || obj.kind === 'extract')) {
    let best = obj.tiles[0]!;
    for (const t of obj.tiles) if (tileDistance(t.x - x, t.y - y) < tileDistance(best.x - x, best.y - y)) best = t;
    return best;
  }
  let nearest = -1;
  let nd = 0;
  for (const f of foes) {
    const d = tileDistance(Position.x[f]! - x, Position.y[f]! - y);
    if (nearest < 0 || d < nd || (d === nd && Meta.uid[f]! < Meta.uid[nearest]!)) {
      nearest = f;
      nd = d;
    }
  }
  return nearest < 0 ? null : { x: Position.x[nearest]!, y: Position.y[nearest]! };
}

function decide(
  world: GameWorld,
  eid: number,
  faction: FactionId,
  foes: readonly number[],
  seenBySide: () => readonly number[],
  danger: Uint8Array | null,
  captive: number,
): Command | null {
  const { Actions, Unit, Ai, Position, Health } = world.c;
  const id = Unit.id[eid]!;
  const ap = Actions.ap[eid]!;
  if (has(world, eid, 'Ai') && Ai.aware[eid] === 0) {
    if (ap < Actions.max[eid]!) return null;
    const wp = patrolTarget(world, eid);
    if (!wp) return null;
    const to = stepToward(world, eid, wp.x, wp.y, faction, danger);
    return to >= 0 ? moveTo(world, eid, to) : null;
  }
  const here = Position.y[eid]! * world.grid.width + Position.x[eid]!;
  if (faction === Faction.squad) {
    const pull = pullPlan(world, eid, faction);
    if (pull) return pull;
    // An escort does not leave the map before the captive it escorts.
    const play = captive >= 0 && eid !== captive ? null : objectivePlan(world, eid);
    if (play) return play;
    const goal = currentObjective(world).kind !== 'eliminate' ? goalFor(world, eid, faction, foes, captive) : null;
    const leg = boostPlan(world, eid, faction, goal, danger);
    if (leg) return leg;
    const through = goal ? breachPlan(world, eid, faction, goal, danger) : null;
    if (through) return through;
  }
  if (danger?.[here]) {
    // Out of a telegraphed strike first: toward the goal if possible, else anywhere safe.
    const goal = goalFor(world, eid, faction, foes, captive);
    const to = stepToward(world, eid, goal?.x ?? Position.x[eid]!, goal?.y ?? Position.y[eid]!, faction, danger);
    if (to >= 0) return moveTo(world, eid, to);
  }
  const primary = armOf(world, eid);
  const needsReload = primary !== undefined && primary.weapon.ammo !== null && primary.ammo === 0;
  const seen = seenBySide();
  if (seen.length === 0) {
    if (needsReload) return { type: 'reload', unit: id };
    const goal = goalFor(world, eid, faction, foes, captive);
    if (!goal) return null;
    // An escort already beside the captive waits for her (she moves first).
    if (captive >= 0 && eid !== captive && near(world, eid, captive, ESCORT_RANGE)) return null;
    const to = stepToward(world, eid, goal.x, goal.y, faction, danger);
    return to >= 0 ? moveTo(world, eid, to) : null;
  }
  const tags = tagsOf(world, eid);
  const flanker = tags.includes('flanker');
  if (ap >= Actions.max[eid]! && Actions.dashed[eid] === 0) {
    const obj = currentObjective(world);
    const goal =
      faction === Faction.squad && obj.kind !== 'eliminate' ? goalFor(world, eid, faction, foes, captive) : null;
    const best = bestPosition(world, eid, seen, {
      flanker,
      costWeight: tags.includes('suppressor') ? 3 : 1,
      goal,
      danger,
      exposureWeight: faction === Faction.squad ? SQUAD_EXPOSURE_WEIGHT : 1,
    });
    if (best !== here) return moveTo(world, eid, best);
  }
  const shot = bestShot(world, eid, seen, flanker);
  if (shot)
    return { type: 'shoot', unit: id, target: Unit.id[shot.target]!, ...(shot.sidearm ? { sidearm: true } : {}) };
  if (needsReload) return { type: 'reload', unit: id };
  if (Health.hp[eid]! * 3 <= Health.max[eid]! && hasAnyCover(world.grid, Position.x[eid]!, Position.y[eid]!)) {
    return { type: 'hunker', unit: id };
  }
  if (readyArm(world, eid)) return { type: 'overwatch', unit: id };
  return null;
}

/** Are two units within `range` tiles of each other on both axes? */
function near(world: GameWorld, a: number, b: number, range: number): boolean {
  const { Position } = world.c;
  return Math.abs(Position.x[a]! - Position.x[b]!) <= range && Math.abs(Position.y[a]! - Position.y[b]!) <= range;
}
