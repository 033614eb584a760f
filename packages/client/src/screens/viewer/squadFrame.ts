import { type Camera, clampZoom } from '../../camera/camera';
import { tileToScreen } from '../../iso/tileToScreen';

/** A figure stands above its tile: the box around it, in world-layer pixels, from its tile's centre. */
const FIGURE = { left: -40, right: 40, top: -90, bottom: 24 };

/**
 * The camera that frames the squad's tiles in the free part of the screen (`free`: the screen less the panels
 * over the map, in client pixels): their figures' box centred in it, zoomed out only as far as needed to hold
 * them (never in past `zoom`). No tiles: null.
 */
export function squadFrame(
  tiles: readonly { x: number; y: number }[],
  screen: { width: number; height: number },
  free: { left: number; top: number; right: number; bottom: number },
  zoom = 1,
): Camera | null {
  if (!tiles.length) return null;
  let [left, right, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const t of tiles) {
    const p = tileToScreen(t.x, t.y);
    left = Math.min(left, p.sx + FIGURE.left);
    right = Math.max(right, p.sx + FIGURE.right);
    top = Math.min(top, p.sy + FIGURE.top);
    bottom = Math.max(bottom, p.sy + FIGURE.bottom);
  }
  const freeW = Math.max(1, free.right - free.left);
  const freeH = Math.max(1, free.bottom - free.top);
  const z = clampZoom(Math.min(zoom, (0.95 * freeW) / (right - left), (0.95 * freeH) / (bottom - top)));
  // the box's centre at the free area's centre: client = (world - cam) * zoom + screen / 2
  const cx = (free.left + free.right) / 2;
  const cy = (free.top + free.bottom) / 2;
  return {
    x: (left + right) / 2 - (cx - screen.width / 2) / z,
    y: (top + bottom) / 2 - (cy - screen.height / 2) / z,
    zoom: z,
  };
}
