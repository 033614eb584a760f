import { describe, expect, it } from 'vitest';
import { clampZoom, MAX_ZOOM, MIN_ZOOM, screenToWorld, zoomAt } from './camera';

describe('camera', () => {
  it('maps the screen centre to the camera point', () => {
    expect(screenToWorld({ x: 100, y: -50, zoom: 2 }, 800, 600, 400, 300)).toEqual({ x: 100, y: -50 });
    expect(screenToWorld({ x: 0, y: 0, zoom: 2 }, 800, 600, 600, 300)).toEqual({ x: 100, y: 0 });
  });
  it('zooms about the pointer', () => {
    const cam = { x: 10, y: 20, zoom: 1 };
    const before = screenToWorld(cam, 800, 600, 700, 100);
    const after = zoomAt(cam, 800, 600, 700, 100, 1.5);
    expect(after.zoom).toBe(1.5);
    const p = screenToWorld(after, 800, 600, 700, 100);
    expect(p.x).toBeCloseTo(before.x);
    expect(p.y).toBeCloseTo(before.y);
  });
  it('clamps the zoom', () => {
    expect(clampZoom(100)).toBe(MAX_ZOOM);
    expect(clampZoom(0)).toBe(MIN_ZOOM);
  });
});
