import type { MapData, Point } from './format';
import type { Condition, Effect } from './story';
import { type TerrainName, WALKABLE_TERRAIN } from './terrain';

type Add = (path: string, message: string, tile?: Point) => void;

export interface StoryCheckContext {
  add: Add;
  terrainAt: (x: number, y: number) => TerrainName | undefined;
  outside: (p: Point) => string;
  /** Unit ids already used by the squad and the enemies (id → JSON path). */
  unitIds: ReadonlyMap<string, string>;
  enemyTypeIds: readonly string[];
}

const at = (p: Point) => `${p.x},${p.y}`;

/**
 * Meaning checks for the story: the captive (on the cell tile, with extraction tiles a unit can stand on),
 * every trigger's tiles inside the map and on the right terrain, every unit it names known, reinforcement ids
 * unique and their types known. Deterministic order: captive, then triggers in order.
 */
export function checkStory(map: MapData, ctx: StoryCheckContext): void {
  const { add, terrainAt, outside } = ctx;
  const ids = new Map(ctx.unitIds);
  const c = map.captive;
  if (c) {
    const o = map.objective;
    if (o.kind !== 'cell') {
      add(
        '$.captive',
        `a captive needs a cell to be held in, but the objective is "${o.kind}"; make the objective {"kind": "cell", …} on her tile`,
      );
    } else {
      const taken = [...map.squad, ...map.enemies].find((u) => u.x === o.x && u.y === o.y);
      if (taken) add('$.captive', `the cell at ${at(o)} is taken by ${JSON.stringify(taken.id)}; move that unit`, o);
    }
    const prev = ids.get(c.id);
    if (prev !== undefined)
      add('$.captive.id', `duplicate unit id ${JSON.stringify(c.id)} (already used at ${prev}); give her her own id`);
    else ids.set(c.id, '$.captive');
    c.extraction.forEach((p, j) => {
      const t = terrainAt(p.x, p.y);
      const path = `$.captive.extraction[${j}]`;
      if (t === undefined) add(path, `extraction tile ${outside(p)}`, p);
      else if (!WALKABLE_TERRAIN.has(t))
        add(path, `extraction tile is on ${t}; put it on a tile a unit can stand on`, p);
    });
  }
  // Reinforcements first, so that triggers may name them.
  map.triggers.forEach((tr, i) => {
    tr.do.forEach((e, k) => {
      if (e.kind !== 'reinforce') return;
      e.enemies.forEach((r, j) => {
        const path = `$.triggers[${i}].do[${k}].enemies[${j}]`;
        const prev = ids.get(r.id);
        if (prev !== undefined)
          add(`${path}.id`, `duplicate unit id ${JSON.stringify(r.id)} (already used at ${prev}); give it its own id`);
        else ids.set(r.id, path);
        if (!ctx.enemyTypeIds.includes(r.type))
          add(
            `${path}.type`,
            `unknown enemy type ${JSON.stringify(r.type)}; use one of ${ctx.enemyTypeIds.join(', ')} or define it in "enemyTypes"`,
          );
        const t = terrainAt(r.x, r.y);
        if (t === undefined) add(path, `reinforcement ${outside(r)}`, r);
        else if (!WALKABLE_TERRAIN.has(t))
          add(path, `reinforcement arrives on ${t}; put it on a tile a unit can stand on`, r);
      });
    });
  });
  const seen = new Map<string, number>();
  map.triggers.forEach((tr, i) => {
    const base = `$.triggers[${i}]`;
    const dup = seen.get(tr.id);
    if (dup !== undefined)
      add(
        `${base}.id`,
        `duplicate trigger id ${JSON.stringify(tr.id)} (also $.triggers[${dup}]); give each its own id`,
      );
    else seen.set(tr.id, i);
    checkCondition(map, tr.when, `${base}.when`, ctx, ids);
    tr.do.forEach((e, k) => {
      checkEffect(map, e, `${base}.do[${k}]`, ctx, ids);
    });
  });
}

function knownUnit(id: string | undefined, path: string, ctx: StoryCheckContext, ids: ReadonlyMap<string, string>) {
  if (id === undefined || ids.has(id)) return;
  ctx.add(
    path,
    `no unit has the id ${JSON.stringify(id)}; use the id of a squad member, an enemy, the captive or a reinforcement`,
  );
}

function checkCondition(
  map: MapData,
  c: Condition,
  path: string,
  ctx: StoryCheckContext,
  ids: ReadonlyMap<string, string>,
): void {
  if (c.kind === 'enter') {
    const a = c.area;
    if (a.x + a.w > map.width || a.y + a.h > map.height)
      ctx.add(
        `${path}.area`,
        `area ${a.x},${a.y} ${a.w}x${a.h} reaches past the ${map.width}x${map.height} map; shrink it to fit`,
        a,
      );
    knownUnit(c.unit, `${path}.unit`, ctx, ids);
  } else if (c.kind === 'sees') {
    if (ctx.terrainAt(c.x, c.y) === undefined) ctx.add(path, `watched tile ${ctx.outside(c)}`, c);
  } else if (c.kind === 'event') {
    knownUnit(c.unit, `${path}.unit`, ctx, ids);
  }
}

function checkEffect(
  map: MapData,
  e: Effect,
  path: string,
  ctx: StoryCheckContext,
  ids: ReadonlyMap<string, string>,
): void {
  const { add, terrainAt, outside } = ctx;
  if (e.kind === 'collapse') {
    const t = terrainAt(e.x, e.y);
    if (t === undefined) add(path, `collapsing wall ${outside(e)}`, e);
    else if (t !== 'wall') add(path, `the tile at ${at(e)} is ${t}, not a wall; point the collapse at a wall tile`, e);
  } else if (e.kind === 'breach') {
    const t = terrainAt(e.x, e.y);
    if (t === undefined) add(path, `breach ${outside(e)}`, e);
    else if (t !== 'hull') add(path, `the tile at ${at(e)} is ${t}, not hull; a breach opens in a hull tile`, e);
  } else if (e.kind === 'wound') {
    knownUnit(e.unit, `${path}.unit`, ctx, ids);
  } else if (e.kind === 'objective') {
    const o = e.objective;
    if (o.kind === 'reach' || o.kind === 'extract') {
      o.tiles.forEach((p, j) => {
        if (terrainAt(p.x, p.y) === undefined) add(`${path}.objective.tiles[${j}]`, `objective tile ${outside(p)}`, p);
      });
    }
  }
  void map;
}
