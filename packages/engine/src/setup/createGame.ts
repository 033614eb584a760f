import { BUILTIN_ENEMY_TYPES, BUILTIN_WEAPONS, type DifficultyName, type MapData, type Point } from '@denizens/maps';
import { openBreach } from '../environment/breaches';
import { hashJson } from '../hash/hasher';
import { spawnCaptive } from '../story/captive';
import { applyCarried, type PilotState } from '../story/carryOver';
import { DEFAULT_DIFFICULTY, DIFFICULTIES, type Difficulty } from '../story/difficulty';
import { createStory, storyObjectives } from '../story/state';
import { Faction, type FactionId } from '../world/components';
import { gridFromMap } from '../world/grid';
import { createRng } from '../world/rng';
import { add, placeUnit, spawnEntity } from '../world/units';
import { createGameWorld, type GameWorld, type Scenario } from '../world/world';

/** Action points every unit gets at the start of its side's turn. */
export const ACTION_POINTS = 2;

/** Seeds are strings inside the engine (a number seed is its decimal text). */
export function seedText(seed: string | number): string {
  return typeof seed === 'number' ? String(seed) : seed;
}

export function scenarioFromMap(map: MapData): Scenario {
  const patrols: Point[][] = map.enemies.map((e) => e.patrol);
  return {
    map,
    mapHash: hashJson(map),
    // Object.assign, not a spread: V8 gives each `{ ...a, ...b }` object a hidden class of its own (Node 20), so
    // every world's lookups here would see a new shape (docs/benchmarks.md, "one hidden class per world").
    weapons: Object.assign({}, BUILTIN_WEAPONS, map.weapons),
    enemyTypes: Object.assign({}, BUILTIN_ENEMY_TYPES, map.enemyTypes),
    patrols,
    objectives: storyObjectives(map),
  };
}

/**
 * A new game on a validated map with a seed: the squad and the enemies placed, turn 1, player phase.
 * The map must have passed `validateMap` (the engine trusts validated data).
 */
export interface GameOptions {
  /** The difficulty (default "normal"): enemy aim and HP, reinforcements, strike warning; see story/difficulty.ts. */
  difficulty?: DifficultyName;
  /**
   * The squad as it stands after the previous mission of a campaign (story/carryOver.ts): only these
   * pilots of the map's roster take the field, with their HP, wounds and gear. Absent: the map's roster.
   */
  squad?: readonly PilotState[];
}

export function createGame(map: MapData, seed: string | number, options: GameOptions = {}): GameWorld {
  const difficulty = options.difficulty ?? DEFAULT_DIFFICULTY;
  const tune = DIFFICULTIES[difficulty];
  const scenario = scenarioFromMap(map);
  const world = createGameWorld({
    grid: gridFromMap(map),
    header: { turn: 1, phase: 'player', outcome: 'ongoing', reason: '', nextUid: 1 },
    rng: createRng(seedText(seed)),
    seed: seedText(seed),
    scenario,
  });
  const { c } = world;
  for (const u of map.squad) {
    const carried = options.squad ? options.squad.find((p) => p.id === u.id) : undefined;
    if (options.squad && !carried) continue;
    const eid = spawnUnit(world, {
      id: u.id,
      name: u.name,
      kind: u.role,
      faction: Faction.squad,
      stats: u,
      weapon: u.weapon,
      x: u.x,
      y: u.y,
    });
    for (const n of ['Pack', 'Traits'] as const) add(world, eid, n);
    if (u.sidearm) {
      add(world, eid, 'Sidearm');
      c.Sidearm.id[eid] = u.sidearm;
    }
    c.Pack.medkits[eid] = u.pack.medkits;
    c.Traits.boost[eid] = u.traits.includes('boost') ? 1 : 0;
    c.Traits.haul[eid] = u.traits.includes('haul') ? 1 : 0;
    c.Traits.medic[eid] = u.traits.includes('medic') ? 1 : 0;
    if (carried) applyCarried(world, eid, carried);
  }
  for (const b of map.breaches) openBreach(world, b.x, b.y, b.sealsIn ?? map.sealTurns);
  map.enemies.forEach((e, i) => {
    const type = scenario.enemyTypes[e.type]!;
    const eid = spawnUnit(world, {
      id: e.id,
      name: type.name,
      kind: e.type,
      faction: Faction.lgf,
      stats: tunedStats(type, tune),
      weapon: type.weapon,
      x: e.x,
      y: e.y,
    });
    add(world, eid, 'Ai');
    c.Ai.aware[eid] = 0;
    c.Ai.route[eid] = e.patrol.length > 0 ? i : -1;
    c.Ai.waypoint[eid] = 0;
  });
  if (map.captive) spawnCaptive(world, map.captive);
  createStory(world, difficulty);
  return world;
}

/** An enemy's stats at a difficulty: aim and HP shifted (HP never below 1). */
export function tunedStats(stats: UnitSpec['stats'], tune: Difficulty): UnitSpec['stats'] {
  return {
    hp: Math.max(1, stats.hp + tune.enemyHp),
    aim: Math.max(0, stats.aim + tune.enemyAim),
    mobility: stats.mobility,
    vision: stats.vision,
    defense: stats.defense,
  };
}

export interface UnitSpec {
  id: string;
  name: string;
  kind: string;
  faction: FactionId;
  stats: { hp: number; aim: number; mobility: number; vision: number; defense: number };
  weapon: string;
  x: number;
  y: number;
}

/** A unit with what every unit has: identity, position, health, action points, stats and its weapon (loaded). */
export function spawnUnit(world: GameWorld, u: UnitSpec): number {
  const { c } = world;
  const eid = spawnEntity(world);
  for (const n of ['Unit', 'Position', 'Health', 'Actions', 'Stats', 'Weapon'] as const) add(world, eid, n);
  c.Unit.id[eid] = u.id;
  c.Unit.name[eid] = u.name;
  c.Unit.kind[eid] = u.kind;
  c.Unit.faction[eid] = u.faction;
  c.Health.hp[eid] = u.stats.hp;
  c.Health.max[eid] = u.stats.hp;
  c.Actions.ap[eid] = ACTION_POINTS;
  c.Actions.max[eid] = ACTION_POINTS;
  c.Actions.dashed[eid] = 0;
  c.Stats.aim[eid] = u.stats.aim;
  c.Stats.mobility[eid] = u.stats.mobility;
  c.Stats.vision[eid] = u.stats.vision;
  c.Stats.defense[eid] = u.stats.defense;
  c.Weapon.id[eid] = u.weapon;
  c.Weapon.ammo[eid] = world.scenario.weapons[u.weapon]?.ammo ?? -1;
  placeUnit(world, eid, u.x, u.y);
  world.byId.set(u.id, eid);
  return eid;
}
