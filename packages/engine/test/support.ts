import { BUILTIN_MAPS, type MapData, type MapInput, validateMap } from '@denizens/maps';
import { expect } from 'vitest';
import { tickBreaches } from '../src/environment/breaches';
import type { GameEvent } from '../src/events/types';
import { DIAGONAL_COST, DIRS_X, DIRS_Y, MOVE_MUL, STEP_COST } from '../src/path/moveCost';
import type { Grid } from '../src/world/grid';
import { add, placeUnit, unitById } from '../src/world/units';
import type { GameWorld } from '../src/world/world';

/** A small valid map for tests: terrain rows plus units placed by letter (S = squad, E = enemy). */
export function tinyMap(rows: string[], extra: Partial<MapInput> = {}): MapData {
  const squad: MapInput['squad'] = [];
  const enemies: NonNullable<MapInput['enemies']> = [];
  const terrain = rows.map((row, y) =>
    [...row]
      .map((ch, x) => {
        if (ch === 'S') {
          squad.push({
            id: `s${squad.length + 1}`,
            name: `Pilot ${squad.length + 1}`,
            hp: 6,
            aim: 70,
            mobility: 5,
            weapon: 'thompson',
            x,
            y,
          });
          return floorAround(row, x);
        }
        if (ch === 'E') {
          enemies.push({ id: `e${enemies.length + 1}`, type: 'trooper', x, y });
          return floorAround(row, x);
        }
        return ch;
      })
      .join(''),
  );
  const input: MapInput = {
    format: 'denizens-map',
    version: 1,
    id: 'test',
    name: 'Test map',
    width: rows[0]!.length,
    height: rows.length,
    terrain,
    squad,
    enemies,
    objective: enemies.length > 0 ? { kind: 'eliminate' } : { kind: 'reach', tiles: [lastFreeTile(terrain, squad)] },
    ...extra,
  };
  const r = validateMap(input, 'test');
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return r.map;
}

/** A built-in map, validated. */
export function builtin(id: string): MapData {
  const r = validateMap(BUILTIN_MAPS[id], id);
  if (!r.ok) throw new Error(`built-in map ${id} is invalid: ${r.issues.map((i) => i.message).join('; ')}`);
  return r.map;
}

/** The last ground-like tile (scanning from the bottom right) that no unit stands on. */
function lastFreeTile(terrain: string[], squad: { x: number; y: number }[]): { x: number; y: number } {
  for (let y = terrain.length - 1; y >= 0; y--) {
    for (let x = terrain[y]!.length - 1; x >= 0; x--) {
      if ('._,'.includes(terrain[y]![x]!) && !squad.some((u) => u.x === x && u.y === y)) return { x, y };
    }
  }
  return { x: 0, y: 0 };
}

/** The floor under a unit letter: deck when the row around it is deck, else ground. */
function floorAround(row: string, x: number): string {
  const near = `${row[x - 1] ?? ''}${row[x + 1] ?? ''}`;
  return near.includes('_') ? '_' : '.';
}

/**
 * A property test's number of runs: `n`, or a share of it in mutation runs, where scripts/strykerSetup.ts sets
 * `globalThis.propertyRunShare`. There every test runs once per mutant, and a looping mutant's time limit is set
 * from the tests' own time. (Measured on the path folder: it saved little; running the folder in `parts` is what
 * made it affordable, see docs/testing.md.) Fewer runs mostly let a mutant survive rather than kill one the full
 * test would not (a shorter limit can also turn a mutant that only slows the search into a timeout), so the
 * score is all but surely a lower bound.
 */
export function propertyRuns(n: number): number {
  const share = (globalThis as { propertyRunShare?: number }).propertyRunShare ?? 1;
  return Math.max(1, Math.ceil(n * share));
}

/**
 * Walks a path from (sx, sy), expecting every step to be legal (one tile in one of 8 directions, on the
 * map, walkable, not blocked, no corner cutting), and returns its cost in move points.
 */
export function walkPath(
  g: Grid,
  sx: number,
  sy: number,
  path: readonly { x: number; y: number }[],
  blocked: ArrayLike<number> | null = null,
): number {
  let x = sx;
  let y = sy;
  let cost = 0;
  for (const p of path) {
    const dx = p.x - x;
    const dy = p.y - y;
    const d = DIRS_X.findIndex((vx, i) => vx === dx && DIRS_Y[i] === dy);
    expect(d, `step ${x},${y} → ${p.x},${p.y}`).toBeGreaterThanOrEqual(0);
    expect(p.x >= 0 && p.y >= 0 && p.x < g.width && p.y < g.height).toBe(true);
    const i = p.y * g.width + p.x;
    const mul = MOVE_MUL[g.terrain[i]!]!;
    expect(mul, `walkable ${p.x},${p.y}`).toBeGreaterThan(0);
    expect(blocked?.[i] ?? 0, `not blocked ${p.x},${p.y}`).toBe(0);
    if (d >= 4) {
      expect(MOVE_MUL[g.terrain[y * g.width + p.x]!], `corner ${x},${y} → ${p.x},${p.y}`).toBeGreaterThan(0);
      expect(MOVE_MUL[g.terrain[p.y * g.width + x]!], `corner ${x},${y} → ${p.x},${p.y}`).toBeGreaterThan(0);
    }
    cost += (d < 4 ? STEP_COST : DIAGONAL_COST) * mul;
    x = p.x;
    y = p.y;
  }
  return cost;
}

/** Environment phases' breach countdown, ticked until a breach seals (three at most): every event of those ticks. */
export function tickUntilSealed(w: GameWorld): GameEvent[] {
  const out: GameEvent[] = [];
  for (let i = 0; i < 3; i++) {
    out.push(...tickBreaches(w));
    if (out.some((e) => e.type === 'breach_sealed')) break;
  }
  return out;
}

/** Puts `id` on the breach at (x, y), pulled by `by` (if given); returns its entity. */
export function caughtInBreach(w: GameWorld, id: string, x: number, y: number, by?: string): number {
  const e = unitById(w, id)!;
  placeUnit(w, e, x, y);
  if (by) {
    add(w, e, 'Pulled');
    w.c.Pulled.by[e] = by;
  }
  return e;
}
