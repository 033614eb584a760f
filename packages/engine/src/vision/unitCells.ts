import type { Grid } from '../world/grid';
import type { GameWorld } from '../world/world';

/** Side of the square cells units are sorted into: 16 tiles. */
const CELL_SHIFT = 4;

/**
 * A list of units sorted into square cells of the map (a linked list of list positions per cell),
 * with their bounding box: finds the units near a tile without looking at all of them. Backed by
 * per-grid buffers, one set per slot: valid until the next `unitCells` call with the same slot.
 */
export interface UnitCells {
  /** The units, in the caller's order; the cells hold positions in this list. */
  units: readonly number[];
  cols: number;
  rows: number;
  head: Int32Array;
  next: Int32Array;
  used: number[];
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

const slotsByGrid = new WeakMap<Grid, UnitCells[]>();

function emptyCells(g: Grid): UnitCells {
  const cols = Math.max(1, (g.width + (1 << CELL_SHIFT) - 1) >> CELL_SHIFT);
  const rows = Math.max(1, (g.height + (1 << CELL_SHIFT) - 1) >> CELL_SHIFT);
  return {
    units: [],
    cols,
    rows,
    head: new Int32Array(cols * rows).fill(-1),
    next: new Int32Array(16),
    used: [],
    minX: 0,
    maxX: 0,
    minY: 0,
    maxY: 0,
  };
}

/** Sorts `units` into the cells of slot `slot` (only the cells used last time are cleared). */
export function unitCells(world: GameWorld, units: readonly number[], slot: number): UnitCells {
  const { Position } = world.c;
  const g = world.grid;
  let slots = slotsByGrid.get(g);
  if (!slots) {
    slots = [];
    slotsByGrid.set(g, slots);
  }
  let s = slots[slot];
  if (!s) {
    s = emptyCells(g);
    slots[slot] = s;
  }
  for (const c of s.used) s.head[c] = -1;
  s.used.length = 0;
  s.units = units;
  if (s.next.length < units.length) s.next = new Int32Array(units.length * 2);
  let minX = 1 << 30;
  let maxX = -(1 << 30);
  let minY = 1 << 30;
  let maxY = -(1 << 30);
  // Pushed last to first, so every cell's list runs in list order.
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k]!;
    const x = Position.x[u]!;
    const y = Position.y[u]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
    const c =
      Math.min(s.cols - 1, Math.max(0, x >> CELL_SHIFT)) + Math.min(s.rows - 1, Math.max(0, y >> CELL_SHIFT)) * s.cols;
    if (s.head[c] === -1) s.used.push(c);
    s.next[k] = s.head[c]!;
    s.head[c] = k;
  }
  s.minX = minX;
  s.maxX = maxX;
  s.minY = minY;
  s.maxY = maxY;
  return s;
}

/**
 * Appends to `out` the list positions of the units within `radius` tiles of (x, y) by the
 * withinRadius rule (dx² + dy² ≤ r² + r), in no particular order. Returns how many it added.
 */
export function unitsNear(
  world: GameWorld,
  cells: UnitCells,
  x: number,
  y: number,
  radius: number,
  out: number[],
): number {
  if (x + radius < cells.minX || x - radius > cells.maxX || y + radius < cells.minY || y - radius > cells.maxY)
    return 0;
  const { Position } = world.c;
  const r2 = radius * radius + radius;
  const c0 = Math.max(0, (x - radius) >> CELL_SHIFT);
  const c1 = Math.min(cells.cols - 1, (x + radius) >> CELL_SHIFT);
  const r0 = Math.max(0, (y - radius) >> CELL_SHIFT);
  const r1 = Math.min(cells.rows - 1, (y + radius) >> CELL_SHIFT);
  let added = 0;
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      for (let k = cells.head[r * cells.cols + c]!; k >= 0; k = cells.next[k]!) {
        const u = cells.units[k]!;
        const dx = Position.x[u]! - x;
        const dy = Position.y[u]! - y;
        if (dx * dx + dy * dy <= r2) {
          out.push(k);
          added++;
        }
      }
    }
  }
  return added;
}
