import { clampZoom, screenToWorld, zoomAt } from '../../camera/camera';
import { HALF_H, HALF_W } from '../../iso/constants';
import { screenToTile } from '../../iso/screenToTile';
import { tileToScreen } from '../../iso/tileToScreen';
import type { PlayState, Tile } from './state';

/** Panning speed with the arrow keys or the pointer at a screen edge (screen pixels a second). */
export const PAN_SPEED = 700;
/** How close to the screen edge (client pixels) the pointer pans the camera. */
export const EDGE = 14;

export type Screen = { width: number; height: number };

/** The client (CSS pixel) position of a tile centre. */
export function tileToClient(state: PlayState, screen: Screen, x: number, y: number): { x: number; y: number } {
  const p = tileToScreen(x, y);
  const { cam } = state;
  return { x: (p.sx - cam.x) * cam.zoom + screen.width / 2, y: (p.sy - cam.y) * cam.zoom + screen.height / 2 };
}

/** The tile under a client pixel. */
export function clientToTile(state: PlayState, screen: Screen, x: number, y: number): Tile {
  const p = screenToWorld(state.cam, screen.width, screen.height, x, y);
  return screenToTile(p.x, p.y);
}

/** Points the camera at a tile: at once, or gliding there over the next frames. */
export function centreOn(state: PlayState, x: number, y: number, instant: boolean): void {
  const p = tileToScreen(x, y);
  if (instant) {
    state.cam.x = p.sx;
    state.cam.y = p.sy;
    state.camTarget = null;
  } else state.camTarget = { x: p.sx, y: p.sy };
}

export function zoomBy(state: PlayState, screen: Screen, factor: number, at?: { x: number; y: number }): void {
  const cam = zoomAt(
    state.cam,
    screen.width,
    screen.height,
    at?.x ?? screen.width / 2,
    at?.y ?? screen.height / 2,
    factor,
  );
  Object.assign(state.cam, { ...cam, zoom: clampZoom(cam.zoom) });
}

/** A drag by client pixels moves the map under the pointer. */
export function dragBy(state: PlayState, dx: number, dy: number): void {
  state.cam.x -= dx / state.cam.zoom;
  state.cam.y -= dy / state.cam.zoom;
  state.camTarget = null;
}

/** The camera will move on the next frame (keys held, the pointer at a screen edge, a glide under way). */
export function cameraMoving(state: PlayState, screen: Screen, focused: boolean): boolean {
  const { held, pointer } = state;
  if (state.camTarget || held.size) return true;
  if (!pointer.inside || state.dragging || !focused) return false;
  return pointer.x < EDGE || pointer.x > screen.width - EDGE || pointer.y < EDGE || pointer.y > screen.height - EDGE;
}

/**
 * One frame of camera motion: held arrow keys and the pointer at a screen edge pan it, else it
 * glides toward its target; then it is kept over the map. `focused`: the window has the focus
 * (edge panning only then). `speed`: the animation speed (gliding keeps pace with it).
 */
export function stepCamera(
  state: PlayState,
  dt: number,
  screen: Screen,
  map: { width: number; height: number },
  focused: boolean,
  speed: number,
): void {
  const { cam, held, pointer } = state;
  let vx = 0;
  let vy = 0;
  if (held.has('ArrowLeft')) vx -= 1;
  if (held.has('ArrowRight')) vx += 1;
  if (held.has('ArrowUp')) vy -= 1;
  if (held.has('ArrowDown')) vy += 1;
  if (pointer.inside && !state.dragging && focused) {
    if (pointer.x < EDGE) vx -= 1;
    if (pointer.x > screen.width - EDGE) vx += 1;
    if (pointer.y < EDGE) vy -= 1;
    if (pointer.y > screen.height - EDGE) vy += 1;
  }
  if (vx || vy) {
    cam.x += (vx * PAN_SPEED * dt) / cam.zoom;
    cam.y += (vy * PAN_SPEED * dt) / cam.zoom;
    state.camTarget = null;
  } else if (state.camTarget) {
    const k = Math.min(1, dt * 8 * Math.max(1, speed));
    cam.x += (state.camTarget.x - cam.x) * k;
    cam.y += (state.camTarget.y - cam.y) * k;
    if (Math.abs(state.camTarget.x - cam.x) + Math.abs(state.camTarget.y - cam.y) < 0.5) state.camTarget = null;
  }
  cam.x = Math.min(map.width * HALF_W, Math.max(-map.height * HALF_W, cam.x));
  cam.y = Math.min((map.width + map.height) * HALF_H, Math.max(-HALF_H * 4, cam.y));
}
