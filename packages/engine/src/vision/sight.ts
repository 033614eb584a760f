import { Faction, type FactionId } from '../world/components';
import type { Grid } from '../world/grid';
import { T } from '../world/terrain';
import { unitsSorted, unitsView } from '../world/units';
import type { GameWorld } from '../world/world';
import { withinRadius } from './distance';
import { fovOnGrid } from './fov';
import { lineOfSight } from './lineOfSight';
import { PEEK_DX, PEEK_DY, peekMask } from './peek';
import { unitCells, unitsNear } from './unitCells';

/** How far a unit standing in the dark inside the ship sees unlit tiles. */
export const DARK_VISION = 4;

/** Ship floor: where darkness applies (deck, conduit and the cell). */
function isShipFloor(terrain: number): boolean {
  return terrain === T.deck || terrain === T.conduit || terrain === T.cell;
}

/** Is a viewer on (x, y) in the dark: on an unlit ship-floor tile? */
export function inDark(grid: Grid, x: number, y: number): boolean {
  const i = y * grid.width + x;
  return isShipFloor(grid.terrain[i]!) && grid.lit[i] === 0;
}

/**
 * Can a viewer on (vx, vy) with the given vision radius see tile (tx, ty) from that one tile? Line of
 * sight (symmetric), within the vision radius, and, for a viewer in the dark, an unlit tile only within
 * DARK_VISION. What a unit sees also includes its peek tiles: `unitSeesTile`.
 */
export function canSeeTileFrom(grid: Grid, vx: number, vy: number, vision: number, tx: number, ty: number): boolean {
  const dx = tx - vx;
  const dy = ty - vy;
  if (!withinRadius(dx, dy, vision)) return false;
  if (hiddenByDark(grid, inDark(grid, vx, vy), ty * grid.width + tx, dx, dy)) return false;
  return lineOfSight(grid, vx, vy, tx, ty);
}

/** The darkness rule: a viewer in the dark sees an unlit tile (index `tile`, at dx, dy from it) only within DARK_VISION. */
export function hiddenByDark(grid: Grid, viewerInDark: boolean, tile: number, dx: number, dy: number): boolean {
  return viewerInDark && grid.lit[tile] === 0 && !withinRadius(dx, dy, DARK_VISION);
}

/**
 * Does a unit standing on (x, y) with the given vision see tile (tx, ty)? From its own tile or from one
 * of its peek tiles (vision/peek.ts), each by canSeeTileFrom (radius and darkness from that tile).
 */
export function unitSeesTile(grid: Grid, x: number, y: number, vision: number, tx: number, ty: number): boolean {
  if (canSeeTileFrom(grid, x, y, vision, tx, ty)) return true;
  const mask = peekMask(grid, x, y);
  for (let k = 0; k < 4; k++) {
    if ((mask & (1 << k)) === 0) continue;
    if (canSeeTileFrom(grid, x + PEEK_DX[k]!, y + PEEK_DY[k]!, vision, tx, ty)) return true;
  }
  return false;
}

/** Can unit `a` see unit `b`: does it see b's tile from where it stands, peeking included (unitSeesTile)? */
export function canSeeUnit(world: GameWorld, a: number, b: number): boolean {
  const { Position, Stats } = world.c;
  return unitSeesTile(world.grid, Position.x[a]!, Position.y[a]!, Stats.vision[a]!, Position.x[b]!, Position.y[b]!);
}

/**
 * Marks in `out` the tiles unit `eid` sees (not cleared first: calls accumulate): what it sees from
 * its own tile and from each of its peek tiles. Darkness applied per viewing tile. `scratch` (same
 * size) is used for the raw field of view when a viewing tile is in the dark.
 */
export function markUnitVision(world: GameWorld, eid: number, out: Uint8Array, scratch?: Uint8Array): void {
  const g = world.grid;
  const { Position, Stats } = world.c;
  const x = Position.x[eid]!;
  const y = Position.y[eid]!;
  const vision = Stats.vision[eid]!;
  markViewFrom(g, x, y, vision, out, scratch);
  const mask = peekMask(g, x, y);
  for (let k = 0; k < 4; k++) {
    if (mask & (1 << k)) markViewFrom(g, x + PEEK_DX[k]!, y + PEEK_DY[k]!, vision, out, scratch);
  }
}

/** Marks in `out` the tiles a viewer on (x, y) sees from that one tile (darkness applied). */
function markViewFrom(g: Grid, x: number, y: number, vision: number, out: Uint8Array, scratch?: Uint8Array): void {
  if (!inDark(g, x, y)) {
    fovOnGrid(g, x, y, vision, out);
    return;
  }
  const raw = scratch ?? new Uint8Array(g.width * g.height);
  raw.fill(0);
  fovOnGrid(g, x, y, vision, raw);
  const w = g.width;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === 0) continue;
    const tx = i % w;
    const ty = (i - tx) / w;
    if (g.lit[i] !== 0 || withinRadius(tx - x, ty - y, DARK_VISION)) out[i] = 1;
  }
}

export interface Visibility {
  /** 1 for every tile the side sees now (width*height, row-major). */
  tiles: Uint8Array;
  /** Ids of the other side's units standing on seen tiles, in uid order. */
  enemies: string[];
  /** Their entity ids, same order (engine-internal; do not keep across commands). */
  enemyEids: number[];
}

/** What a side may see: the union of its units' views, and the enemy units in it. Pure. */
export function visibleTo(world: GameWorld, faction: FactionId): Visibility {
  const g = world.grid;
  const tiles = new Uint8Array(g.width * g.height);
  const scratch = new Uint8Array(g.width * g.height);
  for (const eid of unitsSorted(world, faction)) markUnitVision(world, eid, tiles, scratch);
  const enemies: string[] = [];
  const enemyEids: number[] = [];
  const other = faction === Faction.squad ? Faction.lgf : Faction.squad;
  const { Position, Unit } = world.c;
  for (const eid of unitsSorted(world, other)) {
    if (tiles[Position.y[eid]! * g.width + Position.x[eid]!]) {
      enemies.push(Unit.id[eid]!);
      enemyEids.push(eid);
    }
  }
  return { tiles, enemies, enemyEids };
}

/**
 * The other side's units that at least one unit of `faction` can see, in uid order (cheaper than
 * visibleTo). With `witness` (indexed by entity id), also writes for each of the other side's units
 * one unit that sees it, or -1.
 */
export function seenEnemies(world: GameWorld, faction: FactionId, witness?: Int32Array): number[] {
  const other = faction === Faction.squad ? Faction.lgf : Faction.squad;
  const { Position, Stats } = world.c;
  const mine = unitsView(world, faction);
  let reach = 0;
  for (const m of mine) if (Stats.vision[m]! > reach) reach = Stats.vision[m]!;
  const cells = unitCells(world, mine, SEEN_SLOT);
  const near: number[] = [];
  const out: number[] = [];
  for (const e of unitsView(world, other)) {
    const ex = Position.x[e]!;
    const ey = Position.y[e]!;
    // Only units within the longest vision of the side can see e (withinRadius); each within its own.
    // (`near` is left empty after every unit: most find no one and never touch it.)
    if (witness) witness[e] = -1;
    const n = unitsNear(world, cells, ex, ey, reach + 1, near);
    if (n === 0) continue;
    for (let j = 0; j < n; j++) {
      const m = mine[near[j]!]!;
      // Within vision + 1: a peek tile is one step from the unit (withinRadius(r) from a neighbour
      // implies withinRadius(r + 1) from the unit); canSeeUnit decides.
      const v = Stats.vision[m]! + 1;
      const dx = ex - Position.x[m]!;
      const dy = ey - Position.y[m]!;
      if (dx * dx + dy * dy > v * v + v) continue;
      if (canSeeUnit(world, m, e)) {
        out.push(e);
        if (witness) witness[e] = m;
        break;
      }
    }
    near.length = 0;
  }
  return out;
}

/** The unitCells slot seenEnemies uses. */
const SEEN_SLOT = 1;
