import type { Captive } from '@denizens/maps';
import { removeComponent } from 'bitecs';
import type { GameEvent } from '../events/types';
import { spawnUnit } from '../setup/createGame';
import { Faction } from '../world/components';
import { idx } from '../world/grid';
import { add, has, removeUnit, unitById, unitsSorted } from '../world/units';
import type { GameWorld } from '../world/world';
import { currentObjective, extractedIds, extractionIndex, setObjective } from './state';

/**
 * The captive (Tara): a unit of her own side standing on the cell tile, commanded by nobody, until a
 * squad member opens the cell. Then she joins the squad (a new squad unit with her id, HP and stats),
 * her rescuer hands her their sidearm if they carry one (she is unarmed otherwise), she has no action
 * points until the squad's next turn, and the objective becomes extraction. If she dies, the squad loses.
 */
export function spawnCaptive(world: GameWorld, c: Captive): number {
  const o = world.scenario.map.objective;
  const at = o.kind === 'cell' ? o : { x: 0, y: 0 };
  const eid = spawnUnit(world, {
    id: c.id,
    name: c.name,
    kind: c.role,
    faction: Faction.captive,
    stats: c,
    weapon: '',
    x: at.x,
    y: at.y,
  });
  world.c.Weapon.ammo[eid] = 0;
  world.c.Actions.ap[eid] = 0;
  return eid;
}

/** Opens the cell: frees the captive into the squad. `by` is the squad unit that opened it. */
export function freeCaptive(world: GameWorld, by: number): GameEvent[] {
  const c = world.scenario.map.captive!;
  const { Unit, Position, Health, Sidearm, Weapon } = world.c;
  const old = unitById(world, c.id);
  if (old === undefined) return [];
  const x = Position.x[old]!;
  const y = Position.y[old]!;
  const hp = Health.hp[old]!;
  const bleeding = has(world, old, 'Bleeding') ? world.c.Bleeding.perTurn[old]! : 0;
  removeUnit(world, old);
  const eid = spawnUnit(world, {
    id: c.id,
    name: c.name,
    kind: c.role,
    faction: Faction.squad,
    stats: c,
    weapon: '',
    x,
    y,
  });
  Health.hp[eid] = hp;
  for (const n of ['Pack', 'Traits'] as const) add(world, eid, n);
  world.c.Pack.medkits[eid] = 0;
  world.c.Traits.boost[eid] = 0;
  world.c.Traits.haul[eid] = 0;
  world.c.Traits.medic[eid] = 0;
  if (bleeding > 0) {
    add(world, eid, 'Bleeding');
    world.c.Bleeding.perTurn[eid] = bleeding;
  }
  world.c.Actions.ap[eid] = 0;
  let weapon = '';
  if (has(world, by, 'Sidearm')) {
    weapon = Sidearm.id[by]!;
    removeComponent(world, by, world.c.Sidearm);
    Weapon.id[eid] = weapon;
    Weapon.ammo[eid] = world.scenario.weapons[weapon]?.ammo ?? -1;
  } else {
    Weapon.ammo[eid] = 0;
  }
  const index = extractionIndex(world);
  setObjective(world, index);
  return [
    { type: 'captive_freed', unit: c.id, by: Unit.id[by]!, weapon, x, y },
    { type: 'objective_changed', objective: world.scenario.objectives[index]! },
  ];
}

/** True while the map's captive is alive and not yet freed. */
export function captiveHeld(world: GameWorld): boolean {
  const c = world.scenario.map.captive;
  if (!c) return false;
  const eid = unitById(world, c.id);
  return eid !== undefined && Unit(world, eid) === Faction.captive;
}

function Unit(world: GameWorld, eid: number): number {
  return world.c.Unit.faction[eid]!;
}

/**
 * While the objective is extraction: every squad unit whose own move in this command ended on an
 * extraction tile (it still stands there) leaves the map (uid order), remembered with the HP it left with.
 * Standing on one is not enough: a unit already there when extraction began (the squad starts on the
 * ship's way in, which is also its way out) steps off and on again to leave.
 */
export function extractUnits(world: GameWorld, commandEvents: readonly GameEvent[]): GameEvent[] {
  const o = currentObjective(world);
  if (o.kind !== 'extract') return [];
  const movers = new Set<string>();
  for (const e of commandEvents) if (e.type === 'moved' && e.faction === 'squad') movers.add(e.unit);
  if (movers.size === 0) return [];
  const { Position, Unit: U, Health } = world.c;
  const events: GameEvent[] = [];
  for (const eid of unitsSorted(world, Faction.squad)) {
    const id = U.id[eid]!;
    if (!movers.has(id)) continue;
    const x = Position.x[eid]!;
    const y = Position.y[eid]!;
    if (!o.tiles.some((t) => t.x === x && t.y === y)) continue;
    const hp = Health.hp[eid]!;
    takeOffMap(world, eid);
    events.push({ type: 'unit_extracted', unit: id, x, y, hp });
  }
  return events;
}

/**
 * A unit leaves the map: it keeps every component but its Position (so it leaves the unit lists and its
 * tile), and is tagged Extracted: what it carried out is still there for the next mission.
 */
function takeOffMap(world: GameWorld, eid: number): void {
  const g = world.grid;
  const i = idx(g, world.c.Position.x[eid]!, world.c.Position.y[eid]!);
  if (g.occupant[i] === eid + 1) {
    g.occupant[i] = 0;
    g.occupiedBy[world.c.Unit.faction[eid]!]![i] = 0;
  }
  g.unitChanges++;
  g.lastPlaced = -1;
  world.byId.delete(world.c.Unit.id[eid]!);
  add(world, eid, 'Extracted');
  removeComponent(world, eid, world.c.Position);
}

/** Has the captive (if the map has one) left the map through an extraction tile? */
export function captiveExtracted(world: GameWorld): boolean {
  const c = world.scenario.map.captive;
  return c !== undefined && extractedIds(world).includes(c.id);
}
