import { BUILTIN_ENEMY_TYPES, BUILTIN_WEAPONS } from './catalog';
import type { MapData, Point, Weapon } from './format';
import {
  inside,
  isBreachableHull,
  labelRegions,
  passableMask,
  regionsOf,
  type TileGrid,
  tileGridOf,
} from './reachability';
import { jsonPath } from './safeJson';
import { checkStory } from './storySemantics';
import { DEFAULT_LEGEND, type TerrainName, WALKABLE_TERRAIN } from './terrain';

/** One problem found in a map: where (file, JSON path and/or tile) and what was expected. */
export interface MapIssue {
  file: string;
  /** JSON path of the offending value, e.g. `$.squad[2].x`. */
  path: string;
  /** Tile the problem is on, when it is about a place on the map. */
  tile?: { x: number; y: number };
  message: string;
  /** Where in the file, counted from 1, when the map was read from text. */
  line?: number;
  column?: number;
  /** The source line with a caret under the column (JSON syntax errors). */
  excerpt?: string;
}

/** The legend in force for a map. */
export function legendOf(map: Pick<MapData, 'legend'>): Readonly<Record<string, TerrainName>> {
  return map.legend ?? DEFAULT_LEGEND;
}

const WALKABLE_LIST = 'ground, rubble, deck, conduit, crater or cell';

const at = (p: Point) => `${p.x},${p.y}`;

/** Meaning checks: what the schema alone cannot say. Runs on a structurally valid map; deterministic order. */
export function checkSemantics(map: MapData, file: string): MapIssue[] {
  const issues: MapIssue[] = [];
  const add = (path: string, message: string, tile?: Point) =>
    issues.push(tile ? { file, path, tile: { x: tile.x, y: tile.y }, message } : { file, path, message });
  checkShape(map, add);
  if (issues.length) return issues;

  const legend = legendOf(map);
  const g = tileGridOf(map, legend);
  const terrainAt = (x: number, y: number) => (inside(g, x, y) ? g.terrain[y * g.width + x] : undefined);
  const size = `${map.width}x${map.height}`;
  const outside = (p: Point) =>
    `is at ${at(p)}, outside the ${size} map (x 0-${map.width - 1}, y 0-${map.height - 1}); move it inside`;

  checkCatalog(map, add);

  // Units: ids, tiles, sharing.
  const idOwner = new Map<string, string>();
  const tileOwner = new Map<string, string>();
  const place = (path: string, what: string, uid: string, p: Point) => {
    const prev = idOwner.get(uid);
    if (prev !== undefined) {
      add(
        `${path}.id`,
        `duplicate unit id ${JSON.stringify(uid)} (already used at ${prev}); give every unit its own id`,
      );
    } else idOwner.set(uid, path);
    const t = terrainAt(p.x, p.y);
    if (t === undefined) {
      add(path, `${what} ${outside(p)}`, p);
      return;
    }
    if (!WALKABLE_TERRAIN.has(t))
      add(path, `${what} stands on ${t}; move it to a tile a unit can stand on (${WALKABLE_LIST})`, p);
    const other = tileOwner.get(at(p));
    if (other !== undefined) add(path, `${what} shares tile ${at(p)} with ${other}; give each unit its own tile`, p);
    else tileOwner.set(at(p), what);
  };
  const weaponIds = [
    ...Object.keys(BUILTIN_WEAPONS),
    ...Object.keys(map.weapons).filter((k) => !Object.hasOwn(BUILTIN_WEAPONS, k)),
  ];
  const typeIds = [
    ...Object.keys(BUILTIN_ENEMY_TYPES),
    ...Object.keys(map.enemyTypes).filter((k) => !Object.hasOwn(BUILTIN_ENEMY_TYPES, k)),
  ];
  const unknownWeapon = (path: string, w: string) =>
    add(path, `unknown weapon ${JSON.stringify(w)}; use one of ${weaponIds.join(', ')} or define it in "weapons"`);
  map.squad.forEach((u, i) => {
    place(`$.squad[${i}]`, `squad member ${JSON.stringify(u.id)}`, u.id, u);
    if (!weaponIds.includes(u.weapon)) unknownWeapon(`$.squad[${i}].weapon`, u.weapon);
    if (u.sidearm !== undefined && !weaponIds.includes(u.sidearm)) unknownWeapon(`$.squad[${i}].sidearm`, u.sidearm);
  });
  map.enemies.forEach((e, i) => {
    place(`$.enemies[${i}]`, `enemy ${JSON.stringify(e.id)}`, e.id, e);
    if (!typeIds.includes(e.type)) {
      add(
        `$.enemies[${i}].type`,
        `unknown enemy type ${JSON.stringify(e.type)}; use one of ${typeIds.join(', ')} or define it in "enemyTypes"`,
      );
    }
  });
  for (const [tid, t] of Object.entries(map.enemyTypes)) {
    if (!weaponIds.includes(t.weapon)) unknownWeapon(jsonPath(['enemyTypes', tid, 'weapon']), t.weapon);
  }

  // Patrols: every waypoint on walkable ground, every leg (spawn → first, each → next, last → first) walkable.
  const walkLabel = labelRegions(g, passableMask(map, g, 'walk'));
  const region = (p: Point) => (inside(g, p.x, p.y) ? walkLabel[p.y * g.width + p.x]! : 0);
  map.enemies.forEach((e, i) => {
    const who = `enemy ${JSON.stringify(e.id)}`;
    let ok = true;
    e.patrol.forEach((p, j) => {
      const path = `$.enemies[${i}].patrol[${j}]`;
      const t = terrainAt(p.x, p.y);
      if (t === undefined) {
        ok = false;
        add(path, `patrol waypoint of ${who} ${outside(p)}`, p);
      } else if (!WALKABLE_TERRAIN.has(t)) {
        ok = false;
        add(path, `patrol waypoint of ${who} is on ${t}; put it on a tile a unit can walk on (${WALKABLE_LIST})`, p);
      }
    });
    if (!ok || e.patrol.length === 0 || region(e) === 0) return;
    const legs: [Point, Point, number][] = [[e, e.patrol[0]!, 0]];
    for (let j = 1; j < e.patrol.length; j++) legs.push([e.patrol[j - 1]!, e.patrol[j]!, j]);
    if (e.patrol.length > 2) legs.push([e.patrol[e.patrol.length - 1]!, e.patrol[0]!, 0]);
    for (const [a, b, j] of legs) {
      if (region(a) !== region(b)) {
        add(
          `$.enemies[${i}].patrol[${j}]`,
          `patrol of ${who} cannot walk from ${at(a)} to ${at(b)}: walls, hull or void block every way; move the waypoint or open a path`,
          b,
        );
        break;
      }
    }
  });

  // Bombardment, breaches, lights.
  map.strikes.forEach((s, i) => {
    if (terrainAt(s.x, s.y) === undefined) add(`$.strikes[${i}]`, `strike target ${outside(s)}`, s);
  });
  map.breaches.forEach((b, i) => {
    const t = terrainAt(b.x, b.y);
    if (t === undefined) add(`$.breaches[${i}]`, `pre-placed breach ${outside(b)}`, b);
    else if (t !== 'hull' && t !== 'breach')
      add(`$.breaches[${i}]`, `pre-placed breach is on ${t}; put it on a hull (or breach) tile`, b);
  });
  map.breachable?.forEach((r, i) => {
    if (r.x + r.w > map.width || r.y + r.h > map.height) {
      add(`$.breachable[${i}]`, `rect ${r.x},${r.y} ${r.w}x${r.h} reaches past the ${size} map; shrink it to fit`, r);
    }
  });
  map.lights.forEach((p, i) => {
    if (terrainAt(p.x, p.y) === undefined) add(`$.lights[${i}]`, `light ${outside(p)}`, p);
  });

  checkObjective(map, g, add, outside);
  checkStory(map, { add, terrainAt, outside, unitIds: idOwner, enemyTypeIds: typeIds });
  return issues;
}

type Add = (path: string, message: string, tile?: Point) => void;

function checkShape(map: MapData, add: Add): void {
  const legend = legendOf(map);
  if (map.terrain.length !== map.height) {
    add(
      '$.terrain',
      `has ${map.terrain.length} rows but height is ${map.height}; give exactly one row per y (or fix height)`,
    );
  }
  map.terrain.forEach((row, y) => {
    if (row.length !== map.width) {
      add(
        `$.terrain[${y}]`,
        `row is ${row.length} characters long but width is ${map.width}; every row must be exactly width long`,
      );
    }
    const seen = new Set<string>();
    for (let x = 0; x < row.length; x++) {
      const ch = row[x]!;
      if (Object.hasOwn(legend, ch) || seen.has(ch)) continue;
      seen.add(ch);
      const codes = Object.keys(legend)
        .map((k) => JSON.stringify(k))
        .join(' ');
      add(`$.terrain[${y}]`, `unknown terrain code ${JSON.stringify(ch)}; use one of ${codes} or add it to "legend"`, {
        x,
        y,
      });
    }
  });
  if (map.heights) {
    if (map.heights.length !== map.height) {
      add('$.heights', `has ${map.heights.length} rows but height is ${map.height}; give one row per terrain row`);
    }
    map.heights.forEach((row, y) => {
      if (row.length !== map.width) {
        add(`$.heights[${y}]`, `row is ${row.length} digits long but width is ${map.width}; give one digit per tile`);
      }
    });
  }
}

function checkWeapon(path: string, w: Weapon, add: Add): void {
  if (w.damage.min > w.damage.max)
    add(`${path}.damage`, `min ${w.damage.min} is above max ${w.damage.max}; make min at most max`);
  for (let j = 1; j < w.rangeMods.length; j++) {
    const prev = w.rangeMods[j - 1]!.upTo;
    const cur = w.rangeMods[j]!.upTo;
    if (cur <= prev) {
      add(
        `${path}.rangeMods[${j}].upTo`,
        `upTo ${cur} is not above the previous band's ${prev}; list range bands nearest first, upTo growing`,
      );
    }
  }
}

function checkCatalog(map: MapData, add: Add): void {
  for (const [wid, w] of Object.entries(map.weapons)) checkWeapon(jsonPath(['weapons', wid]), w, add);
}

function objectiveTiles(map: MapData): Point[] {
  const o = map.objective;
  if (o.kind === 'cell') return [{ x: o.x, y: o.y }];
  if (o.kind === 'reach' || o.kind === 'extract') return o.tiles;
  return [];
}

function checkObjective(map: MapData, g: TileGrid, add: Add, outside: (p: Point) => string): void {
  const o = map.objective;
  if (o.kind === 'eliminate') {
    if (map.enemies.length === 0)
      add(
        '$.objective',
        'objective is "eliminate" but the map has no enemies; add enemies or choose another objective kind',
      );
    return;
  }
  const tiles = objectiveTiles(map);
  let bad = false;
  tiles.forEach((p, j) => {
    const path = o.kind === 'cell' ? '$.objective' : `$.objective.tiles[${j}]`;
    if (!inside(g, p.x, p.y)) {
      bad = true;
      add(path, `objective tile ${outside(p)}`, p);
    }
  });
  if (o.kind === 'cell') {
    const t = g.terrain[o.y * g.width + o.x];
    if (t !== undefined && !WALKABLE_TERRAIN.has(t)) {
      bad = true;
      add(
        '$.objective',
        `objective cell is on ${t}; put it on a cell tile ("C") or another tile a unit can stand on`,
        o,
      );
    }
  }
  if (bad) return;

  const squadLabel = labelRegions(g, passableMask(map, g, 'squad'));
  const squadRegions = regionsOf(g, squadLabel, map.squad);
  const target = tiles[0]!;
  if ([...regionsOf(g, squadLabel, tiles)].some((r) => squadRegions.has(r))) return;

  const hullLabel = labelRegions(g, passableMask(map, g, 'anyHull'));
  const hullSquad = regionsOf(g, hullLabel, map.squad);
  const insideShip = [...regionsOf(g, hullLabel, tiles)].some((r) => hullSquad.has(r));
  if (!insideShip) {
    add(
      '$.objective',
      `objective at ${at(target)} cannot be reached from any squad spawn: walls, void or closed hull cut it off; open a path or move the objective`,
      target,
    );
    return;
  }
  // Inside the ship: is any hull tile on the squad's side breachable at all?
  let firstBreachable: Point | undefined;
  for (let i = 0; i < squadLabel.length && !firstBreachable; i++) {
    if (g.terrain[i] !== 'hull') continue;
    const x = i % g.width;
    const y = (i - x) / g.width;
    const nextToSquad = [
      [x - 1, y],
      [x + 1, y],
      [x, y - 1],
      [x, y + 1],
    ].some(([nx, ny]) => inside(g, nx!, ny!) && squadRegions.has(squadLabel[ny! * g.width + nx!]!));
    if (nextToSquad && isBreachableHull(map, x, y)) firstBreachable = { x, y };
  }
  if (!firstBreachable) {
    add(
      '$.objective',
      `objective at ${at(target)} is inside the ship and no hull tile on the squad's side is breachable; add a "breachable" rect over that hull, or an entry in "breaches"`,
      target,
    );
  } else {
    add(
      '$.objective',
      `objective at ${at(target)} is inside the ship and no strike opens a way in; add a strike whose radius reaches breachable hull (e.g. at ${at(firstBreachable)}), or an entry in "breaches"`,
      target,
    );
  }
}
