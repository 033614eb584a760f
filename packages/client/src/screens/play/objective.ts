import { currentObjective, type GameWorld, objectiveWords, openBreaches, unitById } from '@denizens/engine';
import type { Tile } from './state';

/**
 * The mission in one line for the top bar: the objective in force (the engine's words), the turn
 * limit, and the soonest a breach seals. And the tiles it is about, to mark on the map.
 * `shown`: while a phase is animated, the turn the animation has reached and the breaches' countdowns as
 * shown (the world already holds the end of the phase, often the next turn): the line agrees with the turn
 * beside it.
 */
export function objectiveLine(world: GameWorld, shown?: { turn: number; seals: readonly number[] }): string {
  const o = currentObjective(world);
  const parts = [objectiveWords(o, world.scenario.map)];
  const limit = world.scenario.map.turnLimit;
  if (limit !== undefined) {
    const left = limit - (shown?.turn ?? world.header.turn);
    parts.push(left > 0 ? `${left + 1} turns left (limit ${limit})` : `last turn (limit ${limit})`);
  }
  const seals = shown?.seals ?? openBreaches(world).map((b) => b.sealsIn);
  if (seals.length) {
    const soonest = Math.min(...seals);
    parts.push(soonest > 1 ? `a breach seals in ${soonest} turns` : 'a breach seals at the end of this turn');
  }
  return parts.join(' · ');
}

/** The tiles the objective in force is about: the cell, or the ground to reach or leave by. */
export function objectiveTiles(world: GameWorld): Tile[] {
  const o = currentObjective(world);
  if (o.kind === 'cell') return [{ x: o.x, y: o.y }];
  if (o.kind === 'reach' || o.kind === 'extract') return o.tiles.map((t) => ({ x: t.x, y: t.y }));
  return [];
}

/** Why the objective is out of reach, in a sentence (`stuck`: the engine's `objectiveReach`). */
export function lostWords(world: GameWorld, stuck: readonly string[]): string {
  const o = currentObjective(world);
  if (o.kind === 'extract') {
    const names = stuck.map((id) => {
      const eid = unitById(world, id);
      return eid === undefined ? id : world.c.Unit.name[eid]!;
    });
    return `${listed(names)} can no longer get out`;
  }
  return o.kind === 'cell' ? 'No pilot can get to the cell any more' : 'No pilot can get to the marked ground any more';
}

/** The offer to end a lost mission: what ending means on this map (the turns left pass, or leave it saved). */
export function endMissionOffer(world: GameWorld, stuck: readonly string[]): { text: string; yes: string } {
  const why = lostWords(world, stuck);
  const limit = world.scenario.map.turnLimit;
  if (limit === undefined)
    return { text: `${why}: the objective cannot be reached. Leave the mission? It stays saved.`, yes: 'Leave' };
  const left = limit - world.header.turn + 1;
  return {
    text: `${why}: the objective cannot be reached. End the mission? The ${left === 1 ? 'last turn passes' : `${left} turns left pass`} at once and the game ends on turn ${limit}.`,
    yes: 'End mission',
  };
}

export function listed(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
