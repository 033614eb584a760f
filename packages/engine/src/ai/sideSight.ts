import { canSeeUnit, seenEnemies } from '../vision/sight';
import { Faction, type FactionId } from '../world/components';
import type { Grid } from '../world/grid';
import { unitsView } from '../world/units';
import type { GameWorld } from '../world/world';

/** What one side saw at its last look, and what that depended on. */
interface SideSight {
  grid: Grid;
  turn: number;
  /** grid.version at the last look (tiles that block or darken sight). */
  version: number;
  /** grid.unitChanges at the last look. */
  unitChanges: number;
  /** The two unit lists of the last look (new lists when units come or go). */
  mine: readonly number[];
  foes: readonly number[];
  /** By the foe's entity id: a unit of the side that sees it, or -1. */
  witness: Int32Array;
  /** The foes seen, in uid order. */
  seen: number[];
}
const sights = new WeakMap<GameWorld, (SideSight | undefined)[]>();

/**
 * seenEnemies (the other side's units that some unit of `faction` sees, in uid order), kept up to
 * date between the AI's decisions instead of worked out afresh each time. Each seen foe has a
 * witness, a unit that sees it. When exactly one unit has been placed since the last look
 * (grid.unitChanges, grid.lastPlaced: the usual move), only sight involving that unit can have changed: if
 * it is one of the side's units, the foes it witnessed are checked again and the unseen foes are
 * checked against it; if it is a foe, only that foe is checked again. Anything else (a unit gone or
 * come, several moves, a changed tile (grid.version: terrain blocks sight, light darkens it), a new
 * turn or grid) starts afresh. The result is shared: do not change it.
 */
export function seenBySide(world: GameWorld, faction: FactionId): readonly number[] {
  let perSide = sights.get(world);
  if (!perSide) {
    perSide = [];
    sights.set(world, perSide);
  }
  const g = world.grid;
  const mine = unitsView(world, faction);
  const foes = unitsView(world, faction === Faction.squad ? Faction.lgf : Faction.squad);
  const s = perSide[faction];
  if (
    s &&
    s.grid === g &&
    s.version === g.version &&
    s.turn === world.header.turn &&
    s.mine === mine &&
    s.foes === foes
  ) {
    if (s.unitChanges === g.unitChanges) return s.seen;
    if (s.unitChanges === g.unitChanges - 1 && g.lastPlaced >= 0 && g.lastPlaced < s.witness.length) {
      lookAgain(world, s, g.lastPlaced, faction);
      s.unitChanges = g.unitChanges;
      return s.seen;
    }
  }
  let top = 0;
  for (const e of foes) if (e > top) top = e;
  for (const e of mine) if (e > top) top = e;
  const witness = s && s.witness.length > top ? s.witness : new Int32Array(Math.max(64, (top + 1) * 2));
  const seen = seenEnemies(world, faction, witness);
  perSide[faction] = {
    grid: g,
    turn: world.header.turn,
    version: g.version,
    unitChanges: g.unitChanges,
    mine,
    foes,
    witness,
    seen,
  };
  return seen;
}

/** Updates a side's sight after one unit, `moved`, was placed somewhere new. */
function lookAgain(world: GameWorld, s: SideSight, moved: number, faction: FactionId): void {
  const { witness, foes, mine } = s;
  if (world.c.Unit.faction[moved] === faction) {
    for (const e of foes) {
      if (witness[e] === moved) witness[e] = witnessOf(world, mine, e);
      else if (witness[e] === -1 && canSeeUnit(world, moved, e)) witness[e] = moved;
    }
  } else {
    witness[moved] = witnessOf(world, mine, moved);
  }
  const seen: number[] = [];
  for (const e of foes) if (witness[e]! >= 0) seen.push(e);
  s.seen = seen;
}

/** A unit of `mine` that sees `e`, or -1. */
function witnessOf(world: GameWorld, mine: readonly number[], e: number): number {
  for (const m of mine) if (canSeeUnit(world, m, e)) return m;
  return -1;
}
