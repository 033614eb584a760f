import type { CoverSides } from '@denizens/engine';
import type { Graphics } from 'pixi.js';
import { HALF_H, HALF_W } from '../iso/constants';
import { tileToScreen } from '../iso/tileToScreen';
import type { OverlayModel } from '../screens/play/overlays';
import { PALETTE } from './palette';
import type { Scene } from './scene';

/** Paints the play screen's overlays (computed by `overlayModel`) into the scene's overlay graphics. */
export function paintOverlays(scene: Scene, m: OverlayModel): void {
  const range = scene.rangeG.clear();
  const path = scene.pathG.clear();
  const cursor = scene.cursorG.clear();
  const marks = scene.markG.clear();
  paintGoal(marks, m.goalTiles);
  paintStrikeWarnings(marks, m.strikeTiles);
  for (const [edges, colour] of [
    [m.dashEdges, PALETTE.dash],
    [m.moveEdges, PALETTE.move],
  ] as const) {
    if (!edges.length) continue;
    for (const s of edges) range.moveTo(s[0]!, s[1]!).lineTo(s[2]!, s[3]!);
    range.stroke({ width: 2.5, color: colour, alpha: 0.9 });
  }
  if (m.path) {
    const pts = m.path.points;
    const colour = m.path.dash ? PALETTE.dash : PALETTE.move;
    path.moveTo(pts[0]!.sx, pts[0]!.sy);
    for (const p of pts.slice(1)) path.lineTo(p.sx, p.sy);
    path.stroke({ width: 4, color: 0x000000, alpha: 0.5 });
    path.moveTo(pts[0]!.sx, pts[0]!.sy);
    for (const p of pts.slice(1)) path.lineTo(p.sx, p.sy);
    path.stroke({ width: 2, color: colour, alpha: 0.95 });
    const end = pts[pts.length - 1]!;
    path.circle(end.sx, end.sy, 4).fill({ color: colour });
    // a destination a telegraphed strike will hit: a danger ring and a warning triangle over it
    if (m.path.danger) {
      path.circle(end.sx, end.sy, 9).stroke({ width: 2.5, color: PALETTE.danger });
      path
        .poly([end.sx, end.sy - 34, end.sx + 9, end.sy - 18, end.sx - 9, end.sy - 18])
        .fill({ color: PALETTE.danger })
        .stroke({ width: 1.5, color: 0x000000 });
      path.rect(end.sx - 1, end.sy - 30, 2, 7).fill({ color: 0xffffff });
      path.rect(end.sx - 1, end.sy - 22, 2, 2).fill({ color: 0xffffff });
    }
    paintShields(path, m.path.tile.x, m.path.tile.y, m.path.cover);
  }
  if (m.cursor) {
    const p = tileToScreen(m.cursor.x, m.cursor.y);
    cursor.poly(diamond(p.sx, p.sy, 1)).stroke({ width: 2, color: 0xffffff, alpha: 0.85 });
  }
  scene.setDanger(m.strikeTiles);
  scene.cutAway(m.cut);
  for (const [id, v] of scene.units) v.setTargeted(m.targeted === id);
}

/** The objective's tiles: a green dashed-looking diamond inside each, so the goal reads on any floor. */
function paintGoal(g: Graphics, tiles: readonly { x: number; y: number }[]): void {
  for (const t of tiles) {
    const p = tileToScreen(t.x, t.y);
    g.poly(diamond(p.sx, p.sy, 0.8))
      .fill({ color: PALETTE.conduit, alpha: 0.12 })
      .stroke({ width: 2, color: PALETTE.conduit, alpha: 0.85 });
    g.poly(diamond(p.sx, p.sy, 0.35)).stroke({ width: 1.5, color: PALETTE.conduit, alpha: 0.85 });
  }
}

function paintStrikeWarnings(g: Graphics, tiles: readonly { x: number; y: number }[]): void {
  for (const t of tiles) {
    const p = tileToScreen(t.x, t.y);
    g.poly(diamond(p.sx, p.sy, 0.92))
      .fill({ color: PALETTE.danger, alpha: 0.22 })
      .stroke({ width: 2, color: PALETTE.danger, alpha: 0.9 });
    g.moveTo(p.sx - 8, p.sy)
      .lineTo(p.sx, p.sy - 4)
      .lineTo(p.sx + 8, p.sy)
      .lineTo(p.sx, p.sy + 4)
      .closePath()
      .stroke({ width: 1, color: 0xffd0a0, alpha: 0.7 });
  }
}

/** Shield icons on the edges of a destination tile: tall = full cover, short = half. */
function paintShields(g: Graphics, x: number, y: number, sides: CoverSides): void {
  const p = tileToScreen(x, y);
  const edges = [
    ['n', HALF_W / 2, -HALF_H / 2],
    ['e', HALF_W / 2, HALF_H / 2],
    ['s', -HALF_W / 2, HALF_H / 2],
    ['w', -HALF_W / 2, -HALF_H / 2],
  ] as const;
  for (const [k, dx, dy] of edges) {
    const c = sides[k];
    if (!c) continue;
    const h = c === 2 ? 14 : 8;
    const cx = p.sx + dx;
    const cy = p.sy + dy;
    g.poly([cx - 5, cy - h, cx + 5, cy - h, cx + 5, cy - 3, cx, cy + 1, cx - 5, cy - 3])
      .fill({ color: c === 2 ? PALETTE.move : 0x9ad0ee, alpha: 0.95 })
      .stroke({ width: 1.5, color: 0x000000, alpha: 0.8 });
  }
}

export function diamond(sx: number, sy: number, k: number): number[] {
  return [sx, sy - HALF_H * k, sx + HALF_W * k, sy, sx, sy + HALF_H * k, sx - HALF_W * k, sy];
}
