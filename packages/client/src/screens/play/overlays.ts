import {
  type CoverSides,
  coverAt,
  type GameWorld,
  inBounds,
  pathTo,
  reachThisTurn,
  unitAt,
  unitById,
} from '@denizens/engine';
import { outlineRegion } from '../../iso/outlineRegion';
import { tileToScreen } from '../../iso/tileToScreen';
import { objectiveTiles } from './objective';
import type { PlayState, Tile } from './state';

/** What the map overlays show, as plain data (the view paints it). Screen positions are world-layer pixels. */
export interface OverlayModel {
  /** Outline segments [x0, y0, x1, y1] of the tiles reachable by a dash and by a move. */
  dashEdges: number[][];
  moveEdges: number[][];
  /** The path to the hovered tile, from the unit; `dash` when it costs the second action. */
  path: { points: { sx: number; sy: number }[]; dash: boolean; cover: CoverSides; tile: Tile; danger: boolean } | null;
  cursor: Tile | null;
  /** Tiles a telegraphed strike will hit. */
  strikeTiles: Tile[];
  /** The tiles the objective is about (the cell, the ground to reach or leave by). */
  goalTiles: Tile[];
  /** Tiles whose walls are cut away so what stands there shows. */
  cut: Tile[];
  /** The unit the current action is aimed at, if any. */
  targeted: string | null;
}

/** Idle on the squad's turn in a live game: the player may act. */
export function canAct(world: GameWorld, state: PlayState): boolean {
  return !state.busy && world.header.phase === 'player' && world.header.outcome === 'ongoing';
}

/** The overlays for the current state: move range and path preview, cursor, strike warnings, cut-away walls. */
export function overlayModel(world: GameWorld, state: PlayState): OverlayModel {
  const g = world.grid;
  const eid = state.selected ? unitById(world, state.selected) : undefined;
  const tile = state.keyCursor ?? state.hover;
  const out: OverlayModel = {
    dashEdges: [],
    moveEdges: [],
    path: null,
    cursor: null,
    strikeTiles: state.strikes.flatMap((s) => s.tiles),
    goalTiles: objectiveTiles(world),
    cut: [],
    targeted: state.mode.mode !== 'move' ? (state.targets[state.targetIndex]?.id ?? null) : null,
  };
  if (eid !== undefined) {
    const ux = world.c.Position.x[eid]!;
    const uy = world.c.Position.y[eid]!;
    out.cut.push({ x: ux, y: uy });
    if (canAct(world, state) && state.mode.mode === 'move' && world.c.Actions.ap[eid]! > 0) {
      const { budget, reach } = reachThisTurn(world, eid);
      const free = (x: number, y: number) => inBounds(g, x, y) && unitAt(world, x, y) === undefined;
      const cost = (x: number, y: number) => (inBounds(g, x, y) ? reach.cost[y * g.width + x]! : -1);
      out.dashEdges = outlineRegion((x, y) => cost(x, y) > 0 && free(x, y), g.width, g.height);
      out.moveEdges = outlineRegion((x, y) => cost(x, y) > 0 && cost(x, y) <= budget && free(x, y), g.width, g.height);
      if (tile && inBounds(g, tile.x, tile.y)) {
        const steps = pathTo(reach, tile.x, tile.y);
        if (steps?.length)
          out.path = {
            points: [{ x: ux, y: uy }, ...steps].map((p) => tileToScreen(p.x, p.y)),
            dash: reach.cost[tile.y * g.width + tile.x]! > budget,
            cover: coverAt(world, tile.x, tile.y),
            tile,
            danger: inStrike(state, tile),
          };
      }
    }
  }
  if (tile && inBounds(g, tile.x, tile.y)) {
    out.cursor = tile;
    out.cut.push(tile);
  }
  return out;
}

/** The tile is in the area of a telegraphed strike (one landing at the end of this turn). */
export function inStrike(state: PlayState, tile: Tile): boolean {
  return state.strikes.some((s) => s.tiles.some((t) => t.x === tile.x && t.y === tile.y));
}
