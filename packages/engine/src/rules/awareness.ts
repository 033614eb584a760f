import type { GameEvent } from '../events/types';
import { canSeeUnit } from '../vision/sight';
import { type UnitCells, unitCells, unitsNear } from '../vision/unitCells';
import { Faction } from '../world/components';
import { membership, unitsView } from '../world/units';
import type { GameWorld } from '../world/world';

/**
 * Unaware LGF units that now see a squad member become aware (one `spotted` event each, naming the
 * first squad member seen in uid order). Run after every accepted command. Being shot at also wakes
 * a unit (see combat/fire.ts).
 *
 * Incremental, with the same result as checking every pair: a unit found unaware by the last pass
 * saw no squad member then; if neither it, the grid nor its vision changed since, only squad members
 * that moved (or are new) can have come into its sight, and all the others are still unseen, so the
 * first one seen in uid order is the first of those. A changed tile (grid.version: terrain blocks
 * sight, light darkens it), a new turn, a new grid or a new world starts with a full pass.
 */
export function updateAwareness(world: GameWorld): GameEvent[] {
  const { Ai, Unit, Position, Stats, Meta } = world.c;
  const events: GameEvent[] = [];
  const lgf = unitsView(world, Faction.lgf);
  const last = snapshots.get(world);
  if (last !== undefined && last.lgf === lgf) {
    // Everyone was aware at the last pass and no LGF unit has come since (awareness is never lost),
    if (last.pool.length === 0) return events;
    // or no unit has moved, come or gone since, in the same turn, on the same grid.
    if (
      last.unitChanges === world.grid.unitChanges &&
      last.version === world.grid.version &&
      last.turn === world.header.turn &&
      last.grid === world.grid
    )
      return events;
  }
  const squadList = unitsView(world, Faction.squad);
  const snap = snapshotOf(world, lgf, squadList);
  const full = snap.turn !== world.header.turn || snap.grid !== world.grid || snap.version !== world.grid.version;
  // Exactly one unit placed since the last pass: only it can stand somewhere new.
  const g = world.grid;
  const onlyPlaced = !full && snap.unitChanges === g.unitChanges - 1 ? g.lastPlaced : -1;
  // The LGF units that can be unaware: those the last pass left unaware, or all after units came or went.
  const pool = snap.lgf === lgf ? snap.pool : lgf;
  const keep: number[] = [];
  snap.lgf = lgf;
  snap.unitChanges = g.unitChanges;
  snap.turn = world.header.turn;
  snap.grid = world.grid;
  snap.version = world.grid.version;
  const ai = membership(world, 'Ai');
  // Squad members not where the last pass saw them, in uid order (the snapshot takes where they are now).
  const moved = snap.moved;
  moved.length = 0;
  // (With one unit placed, only it is looked at: once if it is a squad member, not at all if not.)
  const onlyOne = onlyPlaced >= 0;
  const count = onlyOne ? (Unit.faction[onlyPlaced] === Faction.squad ? 1 : 0) : squadList.length;
  for (let k = 0; k < count; k++) {
    const s = onlyOne ? onlyPlaced : squadList[k]!;
    const uid = Meta.uid[s]!;
    const sx = Position.x[s]!;
    const sy = Position.y[s]!;
    if (snap.uid[s] === uid && snap.x[s] === sx && snap.y[s] === sy) continue;
    moved.push(s);
    snap.uid[s] = uid;
    snap.x[s] = sx;
    snap.y[s] = sy;
    snap.unseen[s] = 0;
  }
  let squad: UnitCells | null = null;
  const near: number[] = [];
  for (let u = 0; u < pool.length; u++) {
    const eid = pool[u]!;
    if (Ai.aware[eid] !== 0 || ai === null || ((ai.masks[eid] ?? 0) & ai.bit) !== ai.bit) {
      snap.unseen[eid] = 0;
      continue;
    }
    const uid = Meta.uid[eid]!;
    const x = Position.x[eid]!;
    const y = Position.y[eid]!;
    const vision = Stats.vision[eid]!;
    let seen = -1;
    if (
      !full &&
      snap.unseen[eid] === 1 &&
      snap.uid[eid] === uid &&
      snap.x[eid] === x &&
      snap.y[eid] === y &&
      snap.vision[eid] === vision
    ) {
      // Saw no one last time and stood still: only the squad members that moved can be seen now.
      if (moved.length === 0) {
        keep.push(eid);
        continue;
      }
      // vision + 1: it may see from a peek tile one step away (vision/peek.ts).
      const r2 = (vision + 1) * (vision + 1) + vision + 1;
      for (let k = 0; k < moved.length; k++) {
        const s = moved[k]!;
        const dx = Position.x[s]! - x;
        const dy = Position.y[s]! - y;
        if (dx * dx + dy * dy > r2) continue;
        if (canSeeUnit(world, eid, s)) {
          seen = s;
          break;
        }
      }
    } else {
      snap.uid[eid] = uid;
      snap.x[eid] = x;
      snap.y[eid] = y;
      snap.vision[eid] = vision;
      squad ??= unitCells(world, squadList, CELLS_SLOT);
      // Squad members within vision range, + 1 for a peek tile (canSeeUnit is false beyond it), in uid order.
      // (`near` is left empty after every unit: most find no one and never touch it.)
      const n = unitsNear(world, squad, x, y, vision + 1, near);
      for (let j = 0; j < n; j++) {
        if (j === 0 && n > 1) near.sort(ascending);
        const s = squad.units[near[j]!]!;
        if (canSeeUnit(world, eid, s)) {
          seen = s;
          break;
        }
      }
      near.length = 0;
    }
    if (seen < 0) {
      snap.unseen[eid] = 1;
      keep.push(eid);
      continue;
    }
    snap.unseen[eid] = 0;
    Ai.aware[eid] = 1;
    events.push({ type: 'spotted', unit: Unit.id[eid]!, target: Unit.id[seen]!, reason: 'sight' });
  }
  snap.pool = keep;
  return events;
}

function ascending(a: number, b: number): number {
  return a - b;
}

/** What the last awareness pass of a world saw, by entity id. */
interface AwarenessSnapshot {
  /** The turn and grid of the last pass (-1: none yet). */
  turn: number;
  grid: unknown;
  /** Meta.uid of the unit the entry is about (entity ids are reused; uids never). */
  uid: Int32Array;
  x: Int32Array;
  y: Int32Array;
  vision: Int32Array;
  /** 1: an unaware LGF unit that saw no squad member. */
  unseen: Uint8Array;
  moved: number[];
  /** The LGF list the last pass went through (a new list when units come or go) and those it left unaware. */
  lgf: readonly number[] | null;
  pool: readonly number[];
  /** grid.unitChanges and grid.version at the last pass. */
  unitChanges: number;
  version: number;
}
const snapshots = new WeakMap<GameWorld, AwarenessSnapshot>();

function snapshotOf(world: GameWorld, lgf: readonly number[], squad: readonly number[]): AwarenessSnapshot {
  let top = 0;
  for (const e of lgf) if (e > top) top = e;
  for (const e of squad) if (e > top) top = e;
  let s = snapshots.get(world);
  if (!s || s.uid.length <= top) {
    const n = Math.max(64, (top + 1) * 2);
    const grown: AwarenessSnapshot = {
      turn: -1,
      grid: null,
      uid: new Int32Array(n).fill(-1),
      x: new Int32Array(n),
      y: new Int32Array(n),
      vision: new Int32Array(n),
      unseen: new Uint8Array(n),
      moved: [],
      lgf: null,
      pool: [],
      unitChanges: -1,
      version: -1,
    };
    // A new snapshot starts with a full pass (turn -1), so nothing needs copying.
    snapshots.set(world, grown);
    s = grown;
  }
  return s;
}

/** The unitCells slot awareness uses. */
const CELLS_SLOT = 0;
