import { FOV } from 'rot-js';
import { oracleFov } from '../../packages/engine/test/fovOracle';
import { makeObstacleGrid, type ObstacleGrid, pickOrigins } from '../inputs/obstacleGrid';
import { computeFov } from '../lib/engine';
import { counted, emptyResult, timed, type VariantFn, type VariantOptions, type VariantResult } from '../lib/result';
import { timeRuns } from '../lib/timing';

export const RADIUS = 12;
export const ORIGINS = 1000;
export const QUICK_ORIGINS = 40;
/** Origins whose view is compared tile by tile with the oracle (the oracle is slow: untimed, a sample). */
export const ORACLE_ORIGINS = 60;

/**
 * How each caster may differ from the model (test/fovOracle.ts), within the radius's circle:
 * - ours: not at all;
 * - rot.js (both): a different model (a tile is seen when any part of its arc on the square ring is
 *   unshadowed: more floor tiles behind corners, fewer along lines that graze a wall's edge, fewer walls
 *   seen only by an edge; see fov.test.ts): at least 90% of the tiles either sees agree (about 93% here).
 * Outside the circle rot.js reports the corners of its square rings; those are not compared.
 */
const ORACLE_RULES: Record<string, { subset: boolean; agreement: number }> = {
  ours: { subset: true, agreement: 1 },
  'rot-precise': { subset: false, agreement: 0.9 },
  'rot-recursive': { subset: false, agreement: 0.9 },
};

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
  r.checks.push(oracleCheck(name, g, origins.slice(0, ORACLE_ORIGINS), cast));
  return r;
}

export const fovVariants: Record<string, VariantFn> = Object.fromEntries(
  Object.keys(CASTERS).map((n) => [n, (o: VariantOptions) => runFov(n, o)]),
);

/** Each sampled origin's visible set against the oracle, tile by tile within the radius (see ORACLE_RULES). */
function oracleCheck(
  name: string,
  g: ObstacleGrid,
  origins: readonly { x: number; y: number }[],
  cast: Caster,
): { name: string; ok: boolean; detail: string } {
  const rule = ORACLE_RULES[name]!;
  const map = { width: g.size, height: g.size, blocks: g.walls };
  const out = new Uint8Array(g.size * g.size);
  let union = 0;
  let agree = 0;
  let extra = 0;
  let missing = 0;
  for (const p of origins) {
    out.fill(0);
    cast(p.x, p.y, out);
    const want = oracleFov(map, p.x, p.y, RADIUS);
    for (let y = Math.max(0, p.y - RADIUS); y <= Math.min(g.size - 1, p.y + RADIUS); y++) {
      for (let x = Math.max(0, p.x - RADIUS); x <= Math.min(g.size - 1, p.x + RADIUS); x++) {
        const dx = x - p.x;
        const dy = y - p.y;
        if (dx * dx + dy * dy > RADIUS * RADIUS + RADIUS) continue;
        const i = y * g.size + x;
        if (!out[i] && !want[i]) continue;
        union++;
        if (out[i] && want[i]) agree++;
        else if (out[i]) extra++;
        else missing++;
      }
    }
  }
  const share = union === 0 ? 0 : agree / union;
  const ok = union > 0 && share >= rule.agreement && (!rule.subset || extra === 0);
  return {
    name: `visible sets match the oracle (${origins.length} origins, ${rule.subset ? 'no tile the oracle does not see, ' : ''}≥${Math.round(rule.agreement * 100)}% agreement)`,
    ok,
    detail: `${(share * 100).toFixed(2)}% of ${union} tiles agree; ${extra} seen only by ${name}, ${missing} only by the oracle`,
  };
}
