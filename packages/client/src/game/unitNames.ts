import type { GameWorld } from '@denizens/engine';

/**
 * Display names by unit id: a pilot's own name (the captive's too); an enemy's type name, numbered when the map has
 * more than one of that type ("LGF trooper 2"), so the log tells them apart. Numbers follow the
 * map's order; a unit that arrives later (a story's reinforcement) gets the next number of its type.
 */
export function unitNames(world: GameWorld): Map<string, string> {
  const { map, enemyTypes } = world.scenario;
  const names = new Map<string, string>();
  for (const u of map.squad) names.set(u.id, u.name);
  // the captive (Tara) by her own name, in the cell and after she is freed
  if (map.captive) names.set(map.captive.id, map.captive.name);
  const typeName = (type: string) => enemyTypes[type]?.name ?? type;
  const count = new Map<string, number>();
  for (const e of map.enemies) count.set(e.type, (count.get(e.type) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const e of map.enemies) {
    const n = (seen.get(e.type) ?? 0) + 1;
    seen.set(e.type, n);
    names.set(e.id, count.get(e.type)! > 1 ? `${typeName(e.type)} ${n}` : typeName(e.type));
  }
  return names;
}

/** Names a unit that arrived during the game (kind: its enemy type): the next number of its type. */
export function nameArrival(world: GameWorld, names: Map<string, string>, unit: string, kind: string): void {
  if (names.has(unit)) return;
  const base = world.scenario.enemyTypes[kind]?.name ?? kind;
  let n = 1;
  for (const name of names.values()) if (name === base || name.startsWith(`${base} `)) n++;
  names.set(unit, `${base} ${n}`);
}
