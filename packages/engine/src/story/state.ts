import type { DifficultyName, MapData, Objective } from '@denizens/maps';
import { add, entitiesSorted, spawnEntity } from '../world/units';
import type { GameWorld } from '../world/world';
import { DEFAULT_DIFFICULTY, DIFFICULTIES, type Difficulty, difficultyIndex, difficultyOfIndex } from './difficulty';

/**
 * Every objective a map can have in force, in a fixed order: the map's own, then each trigger's
 * "objective" effect in map order, then extraction once the captive is freed (when the map has one).
 * The Story component holds the index of the one in force.
 */
export function storyObjectives(map: MapData): Objective[] {
  const out: Objective[] = [map.objective];
  for (const t of map.triggers) for (const e of t.do) if (e.kind === 'objective') out.push(e.objective);
  if (map.captive) out.push({ kind: 'extract', tiles: map.captive.extraction });
  return out;
}

/** Index in storyObjectives of trigger `ti`'s effect `ei` (an "objective" effect). */
export function objectiveIndexOf(map: MapData, ti: number, ei: number): number {
  let n = 1;
  for (let i = 0; i < map.triggers.length; i++) {
    const t = map.triggers[i]!;
    for (let k = 0; k < t.do.length; k++) {
      if (t.do[k]!.kind !== 'objective') continue;
      if (i === ti && k === ei) return n;
      n++;
    }
  }
  return 0;
}

/** Index in storyObjectives of the extraction that follows freeing the captive. */
export function extractionIndex(world: GameWorld): number {
  return world.scenario.objectives.length - 1;
}

/** Makes the story entity (one per game): objective 0, the difficulty, no trigger fired. */
export function createStory(world: GameWorld, difficulty: DifficultyName): number {
  const eid = spawnEntity(world);
  add(world, eid, 'Story');
  world.c.Story.objective[eid] = 0;
  world.c.Story.difficulty[eid] = difficultyIndex(difficulty);
  world.c.Story.fired[eid] = '0'.repeat(world.scenario.map.triggers.length);
  return eid;
}

/** The story entity, or undefined in a world made without one. */
export function storyOf(world: GameWorld): number | undefined {
  return entitiesSorted(world, ['Story'])[0];
}

/** The objective in force now. */
export function currentObjective(world: GameWorld): Objective {
  const eid = storyOf(world);
  const i = eid === undefined ? 0 : world.c.Story.objective[eid]!;
  return world.scenario.objectives[i] ?? world.scenario.map.objective;
}

export function setObjective(world: GameWorld, index: number): void {
  const eid = storyOf(world);
  if (eid !== undefined) world.c.Story.objective[eid] = index;
}

export function difficultyName(world: GameWorld): DifficultyName {
  const eid = storyOf(world);
  return eid === undefined ? DEFAULT_DIFFICULTY : difficultyOfIndex(world.c.Story.difficulty[eid]!);
}

export function difficultyOf(world: GameWorld): Difficulty {
  return DIFFICULTIES[difficultyName(world)];
}

export function hasFired(world: GameWorld, i: number): boolean {
  const eid = storyOf(world);
  return eid !== undefined && world.c.Story.fired[eid]![i] === '1';
}

export function markFired(world: GameWorld, i: number): void {
  const eid = storyOf(world);
  if (eid === undefined) return;
  const f = world.c.Story.fired[eid]!;
  world.c.Story.fired[eid] = `${f.slice(0, i)}1${f.slice(i + 1)}`;
}

/** The units that left the map through an extraction tile (entities without a Position), in uid order. */
export function extractedUnits(world: GameWorld): number[] {
  return entitiesSorted(world, ['Extracted']);
}

/** Ids of the units that left the map through an extraction tile, in uid order. */
export function extractedIds(world: GameWorld): string[] {
  return extractedUnits(world).map((e) => world.c.Unit.id[e]!);
}
