import { createGrid, type Grid, T } from '../lib/engine';
import { inputRng, pick } from '../lib/prng';

/** The fixed map of the field-of-view and path-finding benchmarks: ground and walls only. */
export interface ObstacleGrid {
  size: number;
  /** 1 = wall, 0 = ground; index y*size+x. */
  walls: Uint8Array;
}

export const OBSTACLE_SEED = 20260601;

/**
 * A size×size city block of ruined walls: straight wall segments (2-8 tiles, horizontal or vertical) dropped at
 * random until `wallShare` of the tiles are walls. Deterministic in the seed.
 */
export function makeObstacleGrid(size = 128, wallShare = 0.25, seed = OBSTACLE_SEED): ObstacleGrid {
  const rand = inputRng(seed);
  const walls = new Uint8Array(size * size);
  const target = Math.round(size * size * wallShare);
  let count = 0;
  while (count < target) {
    const len = 2 + pick(rand, 7);
    const horizontal = rand() < 0.5;
    let x = pick(rand, size);
    let y = pick(rand, size);
    for (let k = 0; k < len && count < target; k++) {
      if (x >= size || y >= size) break;
      const i = y * size + x;
      if (!walls[i]) {
        walls[i] = 1;
        count++;
      }
      if (horizontal) x++;
      else y++;
    }
  }
  return { size, walls };
}

export function wallShareOf(g: ObstacleGrid): number {
  let n = 0;
  for (const w of g.walls) n += w;
  return n / g.walls.length;
}

/** The same tiles as an engine grid (ground and wall terrain). */
export function toEngineGrid(g: ObstacleGrid): Grid {
  const grid = createGrid(g.size, g.size);
  for (let i = 0; i < g.size * g.size; i++) grid.terrain[i] = g.walls[i] ? T.wall : T.ground;
  return grid;
}

/** Region label of every ground tile (4-connected, which is the reachability of 8-neighbour moves without corner cutting); -1 on walls. */
export function regions(g: ObstacleGrid): { label: Int32Array; sizes: number[] } {
  const { size, walls } = g;
  const label = new Int32Array(size * size).fill(-1);
  const sizes: number[] = [];
  const stack: number[] = [];
  for (let s = 0; s < label.length; s++) {
    if (walls[s] || label[s]! >= 0) continue;
    const id = sizes.length;
    let n = 0;
    label[s] = id;
    stack.push(s);
    while (stack.length) {
      const i = stack.pop()!;
      n++;
      const x = i % size;
      const y = (i - x) / size;
      const next = [x > 0 ? i - 1 : -1, x < size - 1 ? i + 1 : -1, y > 0 ? i - size : -1, y < size - 1 ? i + size : -1];
      for (const j of next) {
        if (j >= 0 && !walls[j] && label[j]! < 0) {
          label[j] = id;
          stack.push(j);
        }
      }
    }
    sizes.push(n);
  }
  return { label, sizes };
}

export interface Pair {
  sx: number;
  sy: number;
  tx: number;
  ty: number;
}

/** `n` fixed start/goal pairs, both ends in the largest region (so every pair has a path), start ≠ goal. */
export function pickPairs(g: ObstacleGrid, n: number, seed = OBSTACLE_SEED + 1): Pair[] {
  const { label, sizes } = regions(g);
  const big = sizes.indexOf(Math.max(...sizes));
  const tiles: number[] = [];
  for (let i = 0; i < label.length; i++) if (label[i] === big) tiles.push(i);
  const rand = inputRng(seed);
  const out: Pair[] = [];
  while (out.length < n) {
    const a = tiles[pick(rand, tiles.length)]!;
    const b = tiles[pick(rand, tiles.length)]!;
    if (a === b) continue;
    out.push({ sx: a % g.size, sy: Math.floor(a / g.size), tx: b % g.size, ty: Math.floor(b / g.size) });
  }
  return out;
}

/** `n` fixed viewpoints on ground tiles. */
export function pickOrigins(g: ObstacleGrid, n: number, seed = OBSTACLE_SEED + 2): { x: number; y: number }[] {
  const rand = inputRng(seed);
  const out: { x: number; y: number }[] = [];
  while (out.length < n) {
    const i = pick(rand, g.walls.length);
    if (!g.walls[i]) out.push({ x: i % g.size, y: Math.floor(i / g.size) });
  }
  return out;
}
