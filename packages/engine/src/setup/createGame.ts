import { BUILTIN_ENEMY_TYPES, BUILTIN_WEAPONS, type MapData, type Point } from '@denizens/maps';
import { openBreach } from '../environment/breaches';
import { hashJson } from '../hash/hasher';
import { Faction } from '../world/components';
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
    weapons: { ...BUILTIN_WEAPONS, ...map.weapons },
    enemyTypes: { ...BUILTIN_ENEMY_TYPES, ...map.enemyTypes },
    patrols,
  };
}

/**
 * A new game on a validated map with a seed: the squad and the enemies placed, turn 1, player phase.
 * The map must have passed `validateMap` (the engine trusts validated data).
 */
export function createGame(map: MapData, seed: string | number): GameWorld {
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
    const eid = spawnEntity(world);
    for (const n of ['Unit', 'Position', 'Health', 'Actions', 'Stats', 'Weapon', 'Pack', 'Traits'] as const)
      add(world, eid, n);
    c.Unit.id[eid] = u.id;
    c.Unit.name[eid] = u.name;
    c.Unit.kind[eid] = u.role;
    c.Unit.faction[eid] = Faction.squad;
    c.Health.hp[eid] = u.hp;
    c.Health.max[eid] = u.hp;
    c.Actions.ap[eid] = ACTION_POINTS;
    c.Actions.max[eid] = ACTION_POINTS;
    c.Actions.dashed[eid] = 0;
    c.Stats.aim[eid] = u.aim;
    c.Stats.mobility[eid] = u.mobility;
    c.Stats.vision[eid] = u.vision;
    c.Stats.defense[eid] = u.defense;
    c.Weapon.id[eid] = u.weapon;
    c.Weapon.ammo[eid] = scenario.weapons[u.weapon]?.ammo ?? -1;
    if (u.sidearm) {
      add(world, eid, 'Sidearm');
      c.Sidearm.id[eid] = u.sidearm;
    }
    c.Pack.medkits[eid] = u.pack.medkits;
    c.Traits.boost[eid] = u.traits.includes('boost') ? 1 : 0;
    c.Traits.haul[eid] = u.traits.includes('haul') ? 1 : 0;
    c.Traits.medic[eid] = u.traits.includes('medic') ? 1 : 0;
    placeUnit(world, eid, u.x, u.y);
    world.byId.set(u.id, eid);
  }
  for (const b of map.breaches) openBreach(world, b.x, b.y, b.sealsIn ?? map.sealTurns);
  map.enemies.forEach((e, i) => {
    const type = scenario.enemyTypes[e.type]!;
    const eid = spawnEntity(world);
    for (const n of ['Unit', 'Position', 'Health', 'Actions', 'Stats', 'Weapon', 'Ai'] as const) add(world, eid, n);
    c.Unit.id[eid] = e.id;
    c.Unit.name[eid] = type.name;
    c.Unit.kind[eid] = e.type;
    c.Unit.faction[eid] = Faction.lgf;
    c.Health.hp[eid] = type.hp;
    c.Health.max[eid] = type.hp;
    c.Actions.ap[eid] = ACTION_POINTS;
    c.Actions.max[eid] = ACTION_POINTS;
    c.Actions.dashed[eid] = 0;
    c.Stats.aim[eid] = type.aim;
    c.Stats.mobility[eid] = type.mobility;
    c.Stats.vision[eid] = type.vision;
    c.Stats.defense[eid] = type.defense;
    c.Weapon.id[eid] = type.weapon;
    c.Weapon.ammo[eid] = scenario.weapons[type.weapon]?.ammo ?? -1;
    c.Ai.aware[eid] = 0;
    c.Ai.route[eid] = e.patrol.length > 0 ? i : -1;
    c.Ai.waypoint[eid] = 0;
    placeUnit(world, eid, e.x, e.y);
    world.byId.set(e.id, eid);
  });
  return world;
}
