import type { Point } from '@denizens/maps';
import { dropFlatHeights } from './editHeights';
import { CODE_OF, clampSize, type EditorMap } from './editorMap';

/**
 * Resizes the map (8-96 each way), keeping the top-left corner: new tiles are ground, and everything placed stays
 * inside: units outside move to the nearest free tile, waypoints, strikes, reach tiles and the cell are pulled
 * to the nearest edge tile, breaches and lights outside are dropped, breachable rectangles are cropped; heights are
 * cropped or padded with 0 like the terrain (and left out when no raised tile remains).
 */
export function resizeMap(m: EditorMap, width: number, height: number): EditorMap {
  const w = clampSize(width);
  const h = clampSize(height);
  if (w === m.width && h === m.height) return m;
  const ground = CODE_OF.ground;
  const terrain = Array.from({ length: h }, (_, y) => (m.terrain[y] ?? '').slice(0, w).padEnd(w, ground));
  const clamp = (p: Point): Point => ({ x: Math.min(w - 1, p.x), y: Math.min(h - 1, p.y) });
  const inside = (p: Point) => p.x < w && p.y < h;
  const taken = new Set<string>();
  const key = (p: Point) => `${p.x},${p.y}`;
  // units already inside keep their tiles; the others take the nearest free tile to where they were clamped
  const all = [...m.squad, ...m.enemies];
  for (const u of all) if (inside(u)) taken.add(key(u));
  const settle = <U extends Point>(u: U): U => {
    if (inside(u)) return u;
    const p = nearestFree(clamp(u), w, h, taken);
    taken.add(key(p));
    return { ...u, x: p.x, y: p.y };
  };
  const squad = m.squad.map(settle);
  const enemies = m.enemies.map((e) => {
    const s = settle(e);
    const patrol = e.patrol.every(inside) ? e.patrol : e.patrol.map(clamp);
    return patrol === e.patrol ? s : { ...s, patrol };
  });
  const o = m.objective;
  const objective =
    o.kind === 'cell'
      ? { kind: 'cell' as const, ...clamp(o) }
      : o.kind === 'reach'
        ? { kind: 'reach' as const, tiles: dedupe(o.tiles.map(clamp)) }
        : o;
  const out: EditorMap = {
    ...m,
    width: w,
    height: h,
    terrain,
    squad,
    enemies,
    objective,
    lights: m.lights.filter(inside),
    breaches: m.breaches.filter(inside),
    strikes: m.strikes.map((s) => (inside(s) ? s : { ...s, ...clamp(s) })),
  };
  if (m.heights) out.heights = Array.from({ length: h }, (_, y) => (m.heights![y] ?? '').slice(0, w).padEnd(w, '0'));
  if (m.breachable) {
    out.breachable = m.breachable
      .filter((r) => inside(r))
      .map((r) => ({ ...r, w: Math.min(r.w, w - r.x), h: Math.min(r.h, h - r.y) }));
  }
  return dropFlatHeights(out);
}

function dedupe(ps: Point[]): Point[] {
  const seen = new Set<string>();
  return ps.filter((p) => {
    const k = `${p.x},${p.y}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The free tile nearest to p (rings of growing Chebyshev distance, scanned row by row: deterministic). */
function nearestFree(p: Point, w: number, h: number, taken: Set<string>): Point {
  for (let r = 0; r < Math.max(w, h); r++) {
    for (let y = p.y - r; y <= p.y + r; y++) {
      for (let x = p.x - r; x <= p.x + r; x++) {
        if (Math.max(Math.abs(x - p.x), Math.abs(y - p.y)) !== r) continue;
        if (x < 0 || y < 0 || x >= w || y >= h || taken.has(`${x},${y}`)) continue;
        return { x, y };
      }
    }
  }
  return p;
}
