import { type MapData, maps } from '../lib/engine';
import { validated } from './battleMap';

/** The map the game opens by default, validated. */
export function defaultMap(): MapData {
  return validated(maps.builtinMap(maps.DEFAULT_MAP_ID)!, maps.DEFAULT_MAP_ID);
}

/**
 * The default map with its LGF brought up to `count` enemies: the map's own enemies first, then troopers and
 * drones on free ground tiles, farthest from the squad first (ties by row, then column). Deterministic.
 */
export function defaultMapWithEnemies(count: number): MapData {
  const base = maps.builtinMap(maps.DEFAULT_MAP_ID)!;
  const map = defaultMap();
  const enemies = [...(base.enemies ?? [])];
  const taken = new Set([...map.squad, ...map.enemies].map((u) => u.y * map.width + u.x));
  const legend = maps.legendOf(map);
  const free: { x: number; y: number; d: number }[] = [];
  for (let y = 0; y < map.height; y++)
    for (let x = 0; x < map.width; x++) {
      if (legend[map.terrain[y]![x]!] !== 'ground' || taken.has(y * map.width + x)) continue;
      const d = Math.min(...map.squad.map((s) => Math.max(Math.abs(s.x - x), Math.abs(s.y - y))));
      free.push({ x, y, d });
    }
  free.sort((a, b) => b.d - a.d || a.y - b.y || a.x - b.x);
  for (let i = 0; enemies.length < count; i++) {
    // Every other far tile, so the added enemies do not stand shoulder to shoulder.
    const p = free[i * 2]!;
    enemies.push({
      id: `bench-${enemies.length + 1}`,
      type: enemies.length % 3 === 0 ? 'drone' : 'trooper',
      x: p.x,
      y: p.y,
      patrol: [],
    });
  }
  return validated({ ...base, enemies }, `${maps.DEFAULT_MAP_ID}+${count}`);
}
