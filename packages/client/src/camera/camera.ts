/** The camera: the world-layer point at the screen centre and a zoom factor. Plain data. */
export interface Camera {
  x: number;
  y: number;
  zoom: number;
}

export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 2.5;

export function clampZoom(z: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z));
}

/** Screen pixel → world-layer pixel for a camera on a screen of the given size. */
export function screenToWorld(cam: Camera, sw: number, sh: number, px: number, py: number): { x: number; y: number } {
  return { x: cam.x + (px - sw / 2) / cam.zoom, y: cam.y + (py - sh / 2) / cam.zoom };
}

/** Zooms by a factor keeping the world point under the screen pixel (px, py) fixed. */
export function zoomAt(cam: Camera, sw: number, sh: number, px: number, py: number, factor: number): Camera {
  const before = screenToWorld(cam, sw, sh, px, py);
  const zoom = clampZoom(cam.zoom * factor);
  return { zoom, x: before.x - (px - sw / 2) / zoom, y: before.y - (py - sh / 2) / zoom };
}
