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

/**
 * The middle of the screen that framing keeps things in (fractions of the screen): clear of the squad
 * cards on the left, the log on the right, the top bar and the action bar.
 */
export const FRAME_BOX = { left: 0.22, right: 0.78, top: 0.2, bottom: 0.84 };
/** How far a figure and its pips stand above its tile's centre (world pixels). */
const FIGURE_TOP = 72;

/** A tile's figure as a box in world-layer pixels (its tile and what stands on it). */
function figureBox(t: Tile): { left: number; right: number; top: number; bottom: number } {
  const p = tileToScreen(t.x, t.y);
  return { left: p.sx - HALF_W, right: p.sx + HALF_W, top: p.sy - FIGURE_TOP, bottom: p.sy + HALF_H };
}

/** Where a world point lands on screen for a camera (client pixels). */
function onScreen(cam: { x: number; y: number; zoom: number }, screen: Screen, wx: number, wy: number) {
  return { x: (wx - cam.x) * cam.zoom + screen.width / 2, y: (wy - cam.y) * cam.zoom + screen.height / 2 };
}

/** Both figures lie inside the framing box with this camera. */
export function framed(cam: { x: number; y: number; zoom: number }, screen: Screen, tiles: readonly Tile[]): boolean {
  return tiles.every((t) => {
    const b = figureBox(t);
    const a = onScreen(cam, screen, b.left, b.top);
    const c = onScreen(cam, screen, b.right, b.bottom);
    return (
      a.x >= screen.width * FRAME_BOX.left &&
      c.x <= screen.width * FRAME_BOX.right &&
      a.y >= screen.height * FRAME_BOX.top &&
      c.y <= screen.height * FRAME_BOX.bottom
    );
  });
}

/**
 * Frames a shot: glides the camera so the shooter and the target are both in the middle of the screen,
 * zooming out only as far as needed to hold them (never in; the player's zoom is remembered and comes
 * back with `homeCamera`). Does nothing when they are framed already (a short shot keeps the camera still);
 * returns whether the camera has somewhere to go.
 */
export function frameTiles(state: PlayState, screen: Screen, a: Tile, b: Tile): boolean {
  const cam = state.camTarget ? { zoom: state.cam.zoom, ...state.camTarget } : state.cam;
  if (framed(cam, screen, [a, b])) return false;
  const ba = figureBox(a);
  const bb = figureBox(b);
  const left = Math.min(ba.left, bb.left);
  const right = Math.max(ba.right, bb.right);
  const top = Math.min(ba.top, bb.top);
  const bottom = Math.max(ba.bottom, bb.bottom);
  const boxW = screen.width * (FRAME_BOX.right - FRAME_BOX.left);
  const boxH = screen.height * (FRAME_BOX.bottom - FRAME_BOX.top);
  const fit = Math.min(boxW / (right - left), boxH / (bottom - top));
  const zoom = clampZoom(Math.min(state.cam.zoom, fit * 0.98));
  if (zoom < state.cam.zoom && state.userZoom === null) state.userZoom = state.cam.zoom;
  // the box's centre on screen, and the camera that puts the pair's centre there
  const boxX = screen.width * ((FRAME_BOX.left + FRAME_BOX.right) / 2 - 0.5);
  const boxY = screen.height * ((FRAME_BOX.top + FRAME_BOX.bottom) / 2 - 0.5);
  state.camTarget = { x: (left + right) / 2 - boxX / zoom, y: (top + bottom) / 2 - boxY / zoom, zoom };
  return true;
}

/** Back to the squad: the camera glides to a tile at the zoom the player had before a shot was framed. */
export function homeCamera(state: PlayState, t: Tile | null): void {
  const p = t ? tileToScreen(t.x, t.y) : null;
  const base = state.camTarget ?? { x: state.cam.x, y: state.cam.y };
  const zoom = state.userZoom ?? undefined;
  state.userZoom = null;
  if (!p && zoom === undefined) return;
  state.camTarget = { x: p?.sx ?? base.x, y: p?.sy ?? base.y, ...(zoom === undefined ? {} : { zoom }) };
}

/** The camera is where it was gliding to, at once (animations skipped). */
export function jumpCamera(state: PlayState): void {
  const t = state.camTarget;
  if (!t) return;
  state.cam.x = t.x;
  state.cam.y = t.y;
  if (t.zoom !== undefined) state.cam.zoom = t.zoom;
  state.camTarget = null;
}

/** Points the camera at a tile: at once, or gliding there over the next frames. */
export function centreOn(state: PlayState, x: number, y: number, instant: boolean): void {
  const p = tileToScreen(x, y);
  if (instant) {
    state.cam.x = p.sx;
    state.cam.y = p.sy;
    state.camTarget = null;
  } else
    state.camTarget = {
      x: p.sx,
      y: p.sy,
      ...(state.camTarget?.zoom === undefined ? {} : { zoom: state.camTarget.zoom }),
    };
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
  // the player chose this zoom: nothing gives it back later
  state.userZoom = null;
  if (state.camTarget) delete state.camTarget.zoom;
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
    const target = state.camTarget;
    cam.x += (target.x - cam.x) * k;
    cam.y += (target.y - cam.y) * k;
    if (target.zoom !== undefined) cam.zoom += (target.zoom - cam.zoom) * k;
    const dz = target.zoom === undefined ? 0 : Math.abs(target.zoom - cam.zoom) * 100;
    if (Math.abs(target.x - cam.x) + Math.abs(target.y - cam.y) + dz < 0.5) {
      if (target.zoom !== undefined) cam.zoom = target.zoom;
      state.camTarget = null;
    }
  }
  cam.x = Math.min(map.width * HALF_W, Math.max(-map.height * HALF_W, cam.x));
  cam.y = Math.min((map.width + map.height) * HALF_H, Math.max(-HALF_H * 4, cam.y));
}
