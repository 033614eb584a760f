import type { GameEvent } from '../events/types';
import { canSeeUnit } from '../vision/sight';
import { Faction } from '../world/components';
import type { Grid } from '../world/grid';
import { has, unitsSorted } from '../world/units';
import type { GameWorld } from '../world/world';

/**
 * Unaware LGF units that now see a squad member become aware (one `spotted` event each, naming the
 * first squad member seen in uid order). Run after every accepted command. Being shot at also wakes
 * a unit (see combat/fire.ts).
 */
export function updateAwareness(world: GameWorld): GameEvent[] {
  const { Ai, Unit, Position, Stats } = world.c;
  const events: GameEvent[] = [];
  let squad: SquadCells | null = null;
  const near: number[] = [];
  for (const eid of unitsSorted(world, Faction.lgf)) {
    if (!has(world, eid, 'Ai') || Ai.aware[eid] !== 0) continue;
    squad ??= squadCells(world);
    const x = Position.x[eid]!;
    const y = Position.y[eid]!;
    const vision = Stats.vision[eid]!;
    const r2 = vision * vision + vision;
    // Nobody of the squad within the square around the unit: nothing to see.
    if (x + vision < squad.minX || x - vision > squad.maxX || y + vision < squad.minY || y - vision > squad.maxY)
      continue;
    // Squad members within vision range (canSeeUnit is false beyond it), by their place in uid order.
    near.length = 0;
    const c0 = Math.max(0, (x - vision) >> CELL_SHIFT);
    const c1 = Math.min(squad.cols - 1, (x + vision) >> CELL_SHIFT);
    const r0 = Math.max(0, (y - vision) >> CELL_SHIFT);
    const r1 = Math.min(squad.rows - 1, (y + vision) >> CELL_SHIFT);
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        for (let k = squad.head[r * squad.cols + c]!; k >= 0; k = squad.next[k]!) {
          const s = squad.units[k]!;
          const dx = Position.x[s]! - x;
          const dy = Position.y[s]! - y;
          if (dx * dx + dy * dy <= r2) near.push(k);
        }
      }
    }
    if (near.length === 0) continue;
    near.sort((a, b) => a - b);
    let seen = -1;
    for (const k of near) {
      if (canSeeUnit(world, eid, squad.units[k]!)) {
        seen = squad.units[k]!;
        break;
      }
    }
    if (seen < 0) continue;
    Ai.aware[eid] = 1;
    events.push({ type: 'spotted', unit: Unit.id[eid]!, target: Unit.id[seen]!, reason: 'sight' });
  }
  return events;
}

/** Side of the square cells the squad is sorted into: 16 tiles. */
const CELL_SHIFT = 4;

/** The squad in uid order, sorted into square cells of the map (a linked list per cell), and its bounding box. */
interface SquadCells {
  units: number[];
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

const cellsByGrid = new WeakMap<Grid, SquadCells>();

/** Fills the per-grid cells (reused: only the cells used last time are cleared). */
function squadCells(world: GameWorld): SquadCells {
  const { Position } = world.c;
  const g = world.grid;
  let s = cellsByGrid.get(g);
  if (!s) {
    const cols = Math.max(1, (g.width + (1 << CELL_SHIFT) - 1) >> CELL_SHIFT);
    const rows = Math.max(1, (g.height + (1 << CELL_SHIFT) - 1) >> CELL_SHIFT);
    s = {
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
    cellsByGrid.set(g, s);
  }
  for (const c of s.used) s.head[c] = -1;
  s.used.length = 0;
  const units = unitsSorted(world, Faction.squad);
  s.units = units;
  if (s.next.length < units.length) s.next = new Int32Array(units.length * 2);
  let minX = 1 << 30;
  let maxX = -(1 << 30);
  let minY = 1 << 30;
  let maxY = -(1 << 30);
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
