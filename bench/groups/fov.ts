import { FOV } from 'rot-js';
import { makeObstacleGrid, type ObstacleGrid, pickOrigins } from '../inputs/obstacleGrid';
import { computeFov } from '../lib/engine';
import { counted, emptyResult, timed, type VariantFn, type VariantOptions, type VariantResult } from '../lib/result';
import { timeRuns } from '../lib/timing';

export const RADIUS = 12;
export const ORIGINS = 1000;
export const QUICK_ORIGINS = 40;

/** Marks every tile visible from (x, y) within the radius in `out` (1 = visible); does not clear `out`. */
type Caster = (x: number, y: number, out: Uint8Array) => void;

const CASTERS: Record<string, (g: ObstacleGrid) => Caster> = {
  // Ours: the engine's shadowcaster on a plain blocks-sight array (no game world needed).
  ours(g) {
    const map = { width: g.size, height: g.size, blocks: g.walls };
    return (x, y, out) => computeFov(map, x, y, RADIUS, out);
  },
  // rot.js: the light-passes callback is asked per tile; the visibility callback marks the same output array. rot.js
  // also reports the tiles just outside the map as seen, so the callback skips those.
  'rot-precise'(g) {
    const fov = new FOV.PreciseShadowcasting(
      (x, y) => x >= 0 && y >= 0 && x < g.size && y < g.size && !g.walls[y * g.size + x],
      { topology: 8 },
    );
    return (x, y, out) =>
      fov.compute(x, y, RADIUS, (vx, vy) => {
        if (vx >= 0 && vy >= 0 && vx < g.size && vy < g.size) out[vy * g.size + vx] = 1;
      });
  },
  'rot-recursive'(g) {
    const fov = new FOV.RecursiveShadowcasting(
      (x, y) => x >= 0 && y >= 0 && x < g.size && y < g.size && !g.walls[y * g.size + x],
      { topology: 8 },
    );
    return (x, y, out) =>
      fov.compute(x, y, RADIUS, (vx, vy) => {
        if (vx >= 0 && vy >= 0 && vx < g.size && vy < g.size) out[vy * g.size + vx] = 1;
      });
  },
};

function runFov(name: string, o: VariantOptions): VariantResult {
  const g = makeObstacleGrid();
  const origins = pickOrigins(g, o.quick ? QUICK_ORIGINS : ORIGINS);
  const cast = CASTERS[name]!(g);
  const r = emptyResult();
  // Timed: every origin's view marked into one array (the same work for every caster: mark what is visible).
  const out = new Uint8Array(g.size * g.size);
  const ms = timeRuns(o, () => {
    for (const p of origins) cast(p.x, p.y, out);
  });
  r.figures.ms = timed(ms, 'ms');
  // Untimed: visible tiles per origin (each view on its own), and what the radius means for this caster.
  let visible = 0;
  let farthest = 0;
  for (const p of origins) {
    out.fill(0);
    cast(p.x, p.y, out);
    for (let i = 0; i < out.length; i++) {
      if (!out[i]) continue;
      visible++;
      const dx = (i % g.size) - p.x;
      const dy = Math.floor(i / g.size) - p.y;
      farthest = Math.max(farthest, dx * dx + dy * dy);
    }
  }
  r.figures.origins = counted(origins.length, 'origins');
  r.figures.visiblePerOrigin = counted(visible / origins.length, 'tiles');
  r.figures.farthestSeen = counted(Math.sqrt(farthest), 'tiles');
  r.checks.push({
    name: 'sees something from every origin',
    ok: visible >= origins.length,
    detail: `${visible} tiles in all`,
  });
  return r;
}

export const fovVariants: Record<string, VariantFn> = Object.fromEntries(
  Object.keys(CASTERS).map((n) => [n, (o: VariantOptions) => runFov(n, o)]),
);
