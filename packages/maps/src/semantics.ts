/**
 * The meaning checks (errors): what the schema alone cannot say. Each is a `MapCheck` in `ERROR_CHECKS`, run on
 * whatever the schema left usable; a map is valid when none of them finds anything. Deterministic order.
 */
import { BUILTIN_ENEMY_TYPES, BUILTIN_WEAPONS } from './catalog';
import type { MapData, Point, Weapon } from './format';
import { jsonPath } from './jsonPath';
import { type CheckContext, legendOf, type MapCheck, type MapIssue, runChecks } from './mapCheck';
import { inside, isBreachableHull, labelRegions, passableMask, regionsOf, type TileGrid } from './reachability';
import { checkStory } from './storySemantics';
import { WALKABLE_TERRAIN } from './terrain';

export { legendOf, type MapIssue };

const WALKABLE_LIST = 'ground, rubble, deck, conduit, crater or cell';

const at = (p: Point) => `${p.x},${p.y}`;

const outside = (map: MapData, p: Point) =>
  `is at ${at(p)}, outside the ${map.width}x${map.height} map (x 0-${map.width - 1}, y 0-${map.height - 1}); move it inside`;

/** Terrain at a tile: 'outside', 'unknown' (a code the shape check already reported) or the terrain kind. */
function terrainAt(ctx: CheckContext, p: Point) {
  if (!inside(ctx.grid, p.x, p.y)) return 'outside' as const;
  return ctx.grid.terrain[p.y * ctx.grid.width + p.x] ?? ('unknown' as const);
}

export const weaponIdsOf = (map: Pick<MapData, 'weapons'>) => [
  ...Object.keys(BUILTIN_WEAPONS),
  ...Object.keys(map.weapons).filter((k) => !Object.hasOwn(BUILTIN_WEAPONS, k)),
];

export const enemyTypeIdsOf = (map: Pick<MapData, 'enemyTypes'>) => [
  ...Object.keys(BUILTIN_ENEMY_TYPES),
  ...Object.keys(map.enemyTypes).filter((k) => !Object.hasOwn(BUILTIN_ENEMY_TYPES, k)),
];

const rowsShape: MapCheck = {
  about: 'terrain rows',
  needs: ['width', 'height', 'terrain'],
  run({ map, add }) {
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
    });
  },
};

const terrainCodes: MapCheck = {
  about: 'terrain codes',
  needs: ['terrain', 'legend'],
  whole: ['legend'],
  run({ map, legend, add }) {
    map.terrain.forEach((row, y) => {
      const seen = new Set<string>();
      for (let x = 0; x < row.length; x++) {
        const ch = row[x]!;
        if (Object.hasOwn(legend, ch) || seen.has(ch)) continue;
        seen.add(ch);
        const codes = Object.keys(legend)
          .map((k) => JSON.stringify(k))
          .join(' ');
        add(
          `$.terrain[${y}]`,
          `unknown terrain code ${JSON.stringify(ch)}; use one of ${codes} or add it to "legend"`,
          { x, y },
        );
      }
    });
  },
};

const heightsShape: MapCheck = {
  about: 'height rows',
  needs: ['width', 'height', 'heights'],
  run({ map, add }) {
    if (!map.heights) return;
    if (map.heights.length !== map.height) {
      add('$.heights', `has ${map.heights.length} rows but height is ${map.height}; give one row per terrain row`);
    }
    map.heights.forEach((row, y) => {
      if (row.length !== map.width) {
        add(`$.heights[${y}]`, `row is ${row.length} digits long but width is ${map.width}; give one digit per tile`);
      }
    });
  },
};

function checkWeapon(path: string, w: Weapon, add: CheckContext['add']): void {
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

const weapons: MapCheck = {
  about: 'weapons',
  needs: ['weapons'],
  run({ map, add }) {
    for (const [wid, w] of Object.entries(map.weapons)) checkWeapon(jsonPath(['weapons', wid]), w, add);
  },
};

/** Every unit, squad first, with its path and a label for messages. */
function unitsOf(ctx: CheckContext) {
  return [
    ...ctx.map.squad.map((u, i) => ({ u, path: ctx.item('squad', i), what: `squad member ${JSON.stringify(u.id)}` })),
    ...ctx.map.enemies.map((u, i) => ({ u, path: ctx.item('enemies', i), what: `enemy ${JSON.stringify(u.id)}` })),
  ];
}

const unitIds: MapCheck = {
  about: 'unit ids',
  needs: ['squad', 'enemies'],
  run(ctx) {
    const owner = new Map<string, string>();
    for (const { u, path } of unitsOf(ctx)) {
      const prev = owner.get(u.id);
      if (prev !== undefined)
        ctx.add(
          `${path}.id`,
          `duplicate unit id ${JSON.stringify(u.id)} (already used at ${prev}); give every unit its own id`,
        );
      else owner.set(u.id, path);
    }
  },
};

const unitTiles: MapCheck = {
  about: 'unit spawn tiles',
  needs: ['squad', 'enemies', 'width', 'height', 'terrain', 'legend'],
  run(ctx) {
    const tileOwner = new Map<string, string>();
    for (const { u, path, what } of unitsOf(ctx)) {
      const t = terrainAt(ctx, u);
      if (t === 'outside') {
        ctx.add(path, `${what} ${outside(ctx.map, u)}`, u);
        continue;
      }
      if (t !== 'unknown' && !WALKABLE_TERRAIN.has(t))
        ctx.add(path, `${what} stands on ${t}; move it to a tile a unit can stand on (${WALKABLE_LIST})`, u);
      const other = tileOwner.get(at(u));
      if (other !== undefined)
        ctx.add(path, `${what} shares tile ${at(u)} with ${other}; give each unit its own tile`, u);
      else tileOwner.set(at(u), what);
    }
  },
};

const catalogRefs: MapCheck = {
  about: 'weapon and enemy type ids',
  needs: ['squad', 'enemies', 'weapons', 'enemyTypes'],
  whole: ['weapons', 'enemyTypes'],
  run(ctx) {
    const { map, add } = ctx;
    const weaponIds = weaponIdsOf(map);
    const typeIds = enemyTypeIdsOf(map);
    const unknownWeapon = (path: string, w: string) =>
      add(path, `unknown weapon ${JSON.stringify(w)}; use one of ${weaponIds.join(', ')} or define it in "weapons"`);
    map.squad.forEach((u, i) => {
      if (!weaponIds.includes(u.weapon)) unknownWeapon(`${ctx.item('squad', i)}.weapon`, u.weapon);
      if (u.sidearm !== undefined && !weaponIds.includes(u.sidearm))
        unknownWeapon(`${ctx.item('squad', i)}.sidearm`, u.sidearm);
    });
    map.enemies.forEach((e, i) => {
      if (!typeIds.includes(e.type)) {
        add(
          `${ctx.item('enemies', i)}.type`,
          `unknown enemy type ${JSON.stringify(e.type)}; use one of ${typeIds.join(', ')} or define it in "enemyTypes"`,
        );
      }
    });
    for (const [tid, t] of Object.entries(map.enemyTypes)) {
      if (!weaponIds.includes(t.weapon)) unknownWeapon(jsonPath(['enemyTypes', tid, 'weapon']), t.weapon);
    }
  },
};

const patrolWaypoints: MapCheck = {
  about: 'patrol waypoints',
  needs: ['enemies', 'width', 'height', 'terrain', 'legend'],
  run(ctx) {
    ctx.map.enemies.forEach((e, i) => {
      const who = `enemy ${JSON.stringify(e.id)}`;
      e.patrol.forEach((p, j) => {
        const path = `${ctx.item('enemies', i)}.patrol[${j}]`;
        const t = terrainAt(ctx, p);
        if (t === 'outside') ctx.add(path, `patrol waypoint of ${who} ${outside(ctx.map, p)}`, p);
        else if (t !== 'unknown' && !WALKABLE_TERRAIN.has(t))
          ctx.add(
            path,
            `patrol waypoint of ${who} is on ${t}; put it on a tile a unit can walk on (${WALKABLE_LIST})`,
            p,
          );
      });
    });
  },
};

/** Patrol legs: spawn → first, each → next, last → first (when more than two), all walkable. */
const patrolLegs: MapCheck = {
  about: 'patrol routes',
  needs: ['enemies', 'width', 'height', 'terrain', 'legend', 'breaches'],
  whole: ['terrain', 'legend', 'breaches'],
  run(ctx) {
    const { map, grid: g } = ctx;
    const walkLabel = labelRegions(g, passableMask(map, g, 'walk'));
    const region = (p: Point) => (inside(g, p.x, p.y) ? walkLabel[p.y * g.width + p.x]! : 0);
    const walkable = (p: Point) => {
      const t = terrainAt(ctx, p);
      return t !== 'outside' && t !== 'unknown' && WALKABLE_TERRAIN.has(t);
    };
    map.enemies.forEach((e, i) => {
      if (e.patrol.length === 0 || !e.patrol.every(walkable) || region(e) === 0) return;
      const legs: [Point, Point, number][] = [[e, e.patrol[0]!, 0]];
      for (let j = 1; j < e.patrol.length; j++) legs.push([e.patrol[j - 1]!, e.patrol[j]!, j]);
      if (e.patrol.length > 2) legs.push([e.patrol[e.patrol.length - 1]!, e.patrol[0]!, 0]);
      for (const [a, b, j] of legs) {
        if (region(a) !== region(b)) {
          ctx.add(
            `${ctx.item('enemies', i)}.patrol[${j}]`,
            `patrol of enemy ${JSON.stringify(e.id)} cannot walk from ${at(a)} to ${at(b)}: walls, hull or void block every way; move the waypoint or open a path`,
            b,
          );
          break;
        }
      }
    });
  },
};

const strikesInside: MapCheck = {
  about: 'strike targets',
  needs: ['strikes', 'width', 'height'],
  run(ctx) {
    ctx.map.strikes.forEach((s, i) => {
      if (!inside(ctx.grid, s.x, s.y)) ctx.add(ctx.item('strikes', i), `strike target ${outside(ctx.map, s)}`, s);
    });
  },
};

const breachTiles: MapCheck = {
  about: 'pre-placed breaches',
  needs: ['breaches', 'width', 'height', 'terrain', 'legend'],
  run(ctx) {
    ctx.map.breaches.forEach((b, i) => {
      const t = terrainAt(ctx, b);
      const path = ctx.item('breaches', i);
      if (t === 'outside') ctx.add(path, `pre-placed breach ${outside(ctx.map, b)}`, b);
      else if (t !== 'unknown' && t !== 'hull' && t !== 'breach')
        ctx.add(path, `pre-placed breach is on ${t}; put it on a hull (or breach) tile`, b);
    });
  },
};

const breachableRects: MapCheck = {
  about: 'breachable areas',
  needs: ['breachable', 'width', 'height'],
  run(ctx) {
    const { map } = ctx;
    map.breachable?.forEach((r, i) => {
      if (r.x + r.w > map.width || r.y + r.h > map.height) {
        ctx.add(
          ctx.item('breachable', i),
          `rect ${r.x},${r.y} ${r.w}x${r.h} reaches past the ${map.width}x${map.height} map; shrink it to fit`,
          r,
        );
      }
    });
  },
};

const lightsInside: MapCheck = {
  about: 'lights',
  needs: ['lights', 'width', 'height'],
  run(ctx) {
    ctx.map.lights.forEach((p, i) => {
      if (!inside(ctx.grid, p.x, p.y)) ctx.add(ctx.item('lights', i), `light ${outside(ctx.map, p)}`, p);
    });
  },
};

export function objectiveTiles(map: MapData): Point[] {
  const o = map.objective;
  if (o.kind === 'cell') return [{ x: o.x, y: o.y }];
  if (o.kind === 'reach' || o.kind === 'extract') return o.tiles;
  return [];
}

const eliminateHasEnemies: MapCheck = {
  about: 'the objective',
  needs: ['objective', 'enemies'],
  whole: ['enemies'],
  run({ map, add }) {
    if (map.objective.kind === 'eliminate' && map.enemies.length === 0)
      add(
        '$.objective',
        'objective is "eliminate" but the map has no enemies; add enemies or choose another objective kind',
      );
  },
};

const objectiveTilesOk: MapCheck = {
  about: 'the objective',
  needs: ['objective', 'width', 'height', 'terrain', 'legend'],
  run(ctx) {
    const o = ctx.map.objective;
    if (o.kind === 'eliminate') return;
    objectiveTiles(ctx.map).forEach((p, j) => {
      const path = o.kind === 'cell' ? '$.objective' : `$.objective.tiles[${j}]`;
      if (!inside(ctx.grid, p.x, p.y)) ctx.add(path, `objective tile ${outside(ctx.map, p)}`, p);
    });
    if (o.kind === 'cell') {
      const t = terrainAt(ctx, o);
      if (t !== 'outside' && t !== 'unknown' && !WALKABLE_TERRAIN.has(t))
        ctx.add(
          '$.objective',
          `objective cell is on ${t}; put it on a cell tile ("C") or another tile a unit can stand on`,
          o,
        );
    }
  },
};

const objectiveReachable: MapCheck = {
  about: 'objective reachability',
  needs: ['objective', 'squad', 'width', 'height', 'terrain', 'legend', 'strikes', 'breaches', 'breachable'],
  whole: ['squad', 'terrain', 'legend', 'strikes', 'breaches', 'breachable'],
  run(ctx) {
    const { map, grid: g } = ctx;
    const o = map.objective;
    if (o.kind === 'eliminate') return;
    const tiles = objectiveTiles(map);
    if (tiles.some((p) => !inside(g, p.x, p.y))) return;
    if (o.kind === 'cell' && !WALKABLE_TERRAIN.has(g.terrain[o.y * g.width + o.x]!)) return;
    checkObjectiveReach(map, g, tiles, ctx.add);
  },
};

function checkObjectiveReach(map: MapData, g: TileGrid, tiles: Point[], add: CheckContext['add']): void {
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

/** The story: the captive and every trigger (storySemantics.ts), with the unit ids of the whole map. */
const story: MapCheck = {
  about: 'story triggers and the captive',
  needs: ['triggers', 'captive', 'squad', 'enemies', 'enemyTypes', 'objective', 'width', 'height', 'terrain', 'legend'],
  whole: ['squad', 'enemies', 'enemyTypes'],
  run(ctx) {
    const { map, grid: g } = ctx;
    const unitIds = new Map<string, string>();
    for (const { u, path } of unitsOf(ctx)) if (!unitIds.has(u.id)) unitIds.set(u.id, path);
    checkStory(map, {
      add: ctx.add,
      terrainAt: (x, y) => (inside(g, x, y) ? g.terrain[y * g.width + x] : undefined),
      outside: (p) => outside(map, p),
      unitIds,
      enemyTypeIds: enemyTypeIdsOf(map),
    });
  },
};

/** The error checks, in the order they run (issues are sorted by place in the file afterwards). */
export const ERROR_CHECKS: readonly MapCheck[] = [
  rowsShape,
  terrainCodes,
  heightsShape,
  weapons,
  unitIds,
  unitTiles,
  catalogRefs,
  patrolWaypoints,
  patrolLegs,
  strikesInside,
  breachTiles,
  breachableRects,
  lightsInside,
  eliminateHasEnemies,
  objectiveTilesOk,
  objectiveReachable,
  story,
];

/** True when the terrain rows have the map's shape and only known codes (the grid is then complete). */
export function terrainIsWhole(map: MapData): boolean {
  const legend = legendOf(map);
  if (map.terrain.length !== map.height) return false;
  for (const row of map.terrain) {
    if (row.length !== map.width) return false;
    for (let x = 0; x < row.length; x++) if (!Object.hasOwn(legend, row[x]!)) return false;
  }
  return true;
}

/** The error checks on a structurally valid map (what `validateMap` adds to the schema). */
export function checkSemantics(map: MapData, file: string): MapIssue[] {
  return runChecks(ERROR_CHECKS, { map, state: {}, kept: {} }, file, terrainIsWhole(map)).issues;
}
