import { drawCanvas } from '../../render/drawCanvas';
import { drawNightSky, drawShipBackdrop } from '../../render/drawUnits';

const cache = new Map<string, string>();

/**
 * The campaign screens' backdrop, as the game draws its skies: the ruins at night (stars, moon, a burning
 * skyline) or the ship's green dark. A CSS background (a data URL made once per kind).
 */
export function backdrop(kind: 'ruins' | 'ship'): string {
  let url = cache.get(kind);
  if (!url) {
    const w = 1280;
    const h = 720;
    const c = drawCanvas(w, h, (ctx) => (kind === 'ship' ? drawShipBackdrop(ctx, w, h) : drawNightSky(ctx, w, h)));
    url = c.toDataURL('image/png');
    cache.set(kind, url);
  }
  return `linear-gradient(rgba(2,3,8,0.35), rgba(2,3,8,0.55)), url(${url}) center / cover no-repeat`;
}

/** Which backdrop a mission's screens use: the ship's inside the ship, the night sky otherwise. */
export function backdropFor(mapId: string): 'ruins' | 'ship' {
  return mapId === 'ship' ? 'ship' : 'ruins';
}
