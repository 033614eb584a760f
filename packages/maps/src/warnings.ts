/**
 * The warning checks: maps that are valid but most likely a mistake (a soft-lock, something that can never
 * happen). They never make a map invalid; `maps validate --strict` turns them into a failure. Distances are
 * optimistic (8-neighbour steps of one tile at the cheapest cost, 2 move points, with 2 moves a turn: at most
 * 2 × mobility tiles a turn; breaches and strikes are taken as open), so a warning means "impossible", not "hard".
 */
import type { Point } from './format';
import { jsonPath } from './jsonPath';
import type { CheckContext, MapCheck } from './mapCheck';
import { inside, labelRegions, passableMask, regionsOf, type TileGrid } from './reachability';
import { objectiveTiles } from './semantics';

const at = (p: Point) => `${p.x},${p.y}`;

/** Most tiles a unit of this mobility can cross in one turn at full speed (two moves of 2 × mobility points). */
export const tilesPerTurn = (mobility: number) => 2 * mobility;

/** Steps (8 neighbours, no corner rule: a lower bound) from `from` to every tile over passable tiles; -1 = never. */
function stepsFrom(g: TileGrid, mask: Uint8Array, from: Point): Int32Array {
  const dist = new Int32Array(g.width * g.height).fill(-1);
  if (!inside(g, from.x, from.y)) return dist;
  const queue = new Int32Array(dist.length);
  let head = 0;
  let tail = 0;
  const start = from.y * g.width + from.x;
  dist[start] = 0;
  queue[tail++] = start;
  while (head < tail) {
    const i = queue[head++]!;
    const x = i % g.width;
    const y = (i - x) / g.width;
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const nx = x + dx;
        const ny = y + dy;
        if ((dx === 0 && dy === 0) || !inside(g, nx, ny)) continue;
        const n = ny * g.width + nx;
        if (dist[n]! >= 0 || !mask[n]) continue;
        dist[n] = dist[i]! + 1;
        queue[tail++] = n;
      }
    }
  }
  return dist;
}

/** For each squad member: steps to every tile (squad movement: walkable, breaches, hull that strikes can open). */
function squadSteps(ctx: CheckContext): { id: string; mobility: number; dist: Int32Array }[] {
  const mask = passableMask(ctx.map, ctx.grid, 'squad');
  return ctx.map.squad.map((u) => ({ id: u.id, mobility: u.mobility, dist: stepsFrom(ctx.grid, mask, u) }));
}

/** The squad member who could reach any of `tiles` in the fewest turns, or undefined when none can. */
function fastest(
  steps: ReturnType<typeof squadSteps>,
  g: TileGrid,
  tiles: readonly Point[],
  minus = 0,
): { id: string; mobility: number; steps: number; turns: number } | undefined {
  let best: { id: string; mobility: number; steps: number; turns: number } | undefined;
  for (const s of steps) {
    for (const p of tiles) {
      if (!inside(g, p.x, p.y)) continue;
      const d = s.dist[p.y * g.width + p.x]!;
      if (d < 0) continue;
      const n = Math.max(0, d - minus);
      const turns = Math.ceil(n / tilesPerTurn(s.mobility));
      if (!best || turns < best.turns || (turns === best.turns && n < best.steps))
        best = { id: s.id, mobility: s.mobility, steps: n, turns };
    }
  }
  return best;
}

const COMPLETE: MapCheck['whole'] = ['squad', 'enemies', 'terrain', 'legend', 'strikes', 'breaches', 'breachable'];

const unreachableEnemies: MapCheck = {
  about: 'enemies the squad cannot reach',
  needs: ['objective', 'width', 'height', ...COMPLETE!],
  whole: COMPLETE,
  run(ctx) {
    const { map, grid: g } = ctx;
    if (map.objective.kind !== 'eliminate' || map.squad.length === 0) return;
    const label = labelRegions(g, passableMask(map, g, 'squad'));
    const squad = regionsOf(g, label, map.squad);
    map.enemies.forEach((e, i) => {
      const r = regionsOf(g, label, [e]);
      if ([...r].some((x) => squad.has(x))) return;
      ctx.add(
        ctx.item('enemies', i),
        `enemy ${JSON.stringify(e.id)} at ${at(e)} cannot be reached by any squad member (walls, void or closed hull cut it off), so "eliminate" can never be won; open a path or move the enemy`,
        e,
      );
    });
  },
};

const strikesAfterLimit: MapCheck = {
  about: 'strikes after the turn limit',
  needs: ['strikes', 'turnLimit'],
  run(ctx) {
    const limit = ctx.map.turnLimit;
    if (limit === undefined) return;
    ctx.map.strikes.forEach((s, i) => {
      if (s.turn > limit)
        ctx.add(
          `${ctx.item('strikes', i)}.turn`,
          `strike lands on turn ${s.turn}, after the turn limit (${limit}), so it never happens; schedule it on turn ${limit} or earlier, or raise turnLimit`,
          s,
        );
    });
  },
};

const breachesSealFirst: MapCheck = {
  about: 'breaches that seal before the squad arrives',
  needs: ['width', 'height', 'sealTurns', ...COMPLETE!],
  whole: COMPLETE,
  run(ctx) {
    const { map, grid: g } = ctx;
    if (map.breaches.length === 0 || map.squad.length === 0) return;
    const steps = squadSteps(ctx);
    map.breaches.forEach((b, i) => {
      const seals = b.sealsIn ?? map.sealTurns;
      const who = fastest(steps, g, [b], 1);
      const why = `sealsIn${b.sealsIn === undefined ? " (or the map's sealTurns)" : ''}`;
      if (!who) {
        ctx.add(
          ctx.item('breaches', i),
          `breach at ${at(b)} seals after ${seals} turn${seals === 1 ? '' : 's'} and no squad member can reach it at all; open a path to it or remove it`,
          b,
        );
      } else if (who.turns > seals) {
        ctx.add(
          ctx.item('breaches', i),
          `breach at ${at(b)} seals after ${seals} turn${seals === 1 ? '' : 's'}, but the nearest squad member (${JSON.stringify(who.id)}, ${who.steps} tiles away, at most ${tilesPerTurn(who.mobility)} a turn) needs ${who.turns} turns to get next to it; raise its ${why} to ${who.turns} or move it closer`,
          b,
        );
      }
    });
  },
};

const objectiveTooFar: MapCheck = {
  about: 'objective distance within the turn limit',
  needs: ['objective', 'turnLimit', 'width', 'height', ...COMPLETE!],
  whole: COMPLETE,
  run(ctx) {
    const { map, grid: g } = ctx;
    const limit = map.turnLimit;
    if (limit === undefined || map.objective.kind === 'eliminate' || map.squad.length === 0) return;
    const tiles = objectiveTiles(map);
    const who = fastest(squadSteps(ctx), g, tiles);
    if (!who || who.turns <= limit) return; // unreachable at all is an error of its own
    const target = tiles[0]!;
    ctx.add(
      '$.objective',
      `objective at ${at(target)} is ${who.steps} tiles from the nearest squad member (${JSON.stringify(who.id)}, at most ${tilesPerTurn(who.mobility)} tiles a turn at full speed), who needs ${who.turns} turns, but the turn limit is ${limit}; raise turnLimit to at least ${who.turns} or move the objective closer`,
      target,
    );
  },
};

const unusedLegendCodes: MapCheck = {
  about: 'unused legend codes',
  needs: ['legend', 'terrain'],
  whole: ['legend'],
  run({ map, add }) {
    if (!map.legend) return;
    const used = new Set<string>();
    for (const row of map.terrain) for (let x = 0; x < row.length; x++) used.add(row[x]!);
    for (const [code, name] of Object.entries(map.legend)) {
      if (!used.has(code))
        add(
          jsonPath(['legend', code]),
          `legend code ${JSON.stringify(code)} (${name}) is not used in terrain; remove it or paint some tiles with it`,
        );
    }
  },
};

const patrolsStandingStill: MapCheck = {
  about: 'patrols that stand still',
  needs: ['enemies'],
  run(ctx) {
    ctx.map.enemies.forEach((e, i) => {
      if (e.patrol.length === 0) return;
      const tiles = new Set(e.patrol.map(at));
      if (tiles.size > 1) return;
      const only = e.patrol[0]!;
      const same = only.x === e.x && only.y === e.y;
      ctx.add(
        `${ctx.item('enemies', i)}.patrol`,
        same
          ? `patrol of enemy ${JSON.stringify(e.id)} never leaves its spawn ${at(e)} (every waypoint is that tile); add a waypoint elsewhere or remove the patrol`
          : `patrol of enemy ${JSON.stringify(e.id)} goes to ${at(only)} once and then stands still (every waypoint is that tile); add a second, different waypoint or remove the patrol`,
        only,
      );
    });
  },
};

/** The warning checks, in the order they run. */
export const WARNING_CHECKS: readonly MapCheck[] = [
  unusedLegendCodes,
  patrolsStandingStill,
  unreachableEnemies,
  strikesAfterLimit,
  breachesSealFirst,
  objectiveTooFar,
];
