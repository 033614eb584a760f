import { describe, expect, it } from 'vitest';
import { centreOn, framed, frameTiles, homeCamera, stepCamera, tileToClient } from './cameraRig';
import { createState } from './state';

const SCREEN = { width: 1280, height: 720 };
const MAP = { width: 40, height: 40 };

function glide(state: ReturnType<typeof createState>): void {
  for (let i = 0; i < 200 && state.camTarget; i++) stepCamera(state, 1 / 30, SCREEN, MAP, false, 1);
}

describe('framing a shot', () => {
  it('glides to show shooter and target together, zooming out only as far as needed, and gives the zoom back', () => {
    const s = createState(MAP.width * MAP.height);
    s.cam.zoom = 1.5;
    centreOn(s, 2, 2, true);
    const a = { x: 2, y: 2 };
    const b = { x: 16, y: 4 };
    expect(framed(s.cam, SCREEN, [a, b])).toBe(false);
    expect(frameTiles(s, SCREEN, a, b)).toBe(true);
    glide(s);
    expect(framed(s.cam, SCREEN, [a, b])).toBe(true);
    for (const t of [a, b]) {
      const p = tileToClient(s, SCREEN, t.x, t.y);
      expect(p.x).toBeGreaterThan(0.2 * SCREEN.width);
      expect(p.x).toBeLessThan(0.8 * SCREEN.width);
    }
    expect(s.cam.zoom).toBeLessThan(1.5);
    expect(s.userZoom).toBe(1.5);
    homeCamera(s, a);
    glide(s);
    expect(s.cam.zoom).toBeCloseTo(1.5);
    expect(s.userZoom).toBeNull();
    const p = tileToClient(s, SCREEN, a.x, a.y);
    expect(p.x).toBeCloseTo(SCREEN.width / 2, 0);
  });

  it('leaves the camera still when both are in view already, and never zooms in', () => {
    const s = createState(MAP.width * MAP.height);
    centreOn(s, 5, 5, true);
    expect(frameTiles(s, SCREEN, { x: 5, y: 5 }, { x: 6, y: 5 })).toBe(false);
    expect(s.camTarget).toBeNull();
    s.cam.zoom = 0.6;
    frameTiles(s, SCREEN, { x: 5, y: 5 }, { x: 12, y: 5 });
    glide(s);
    expect(s.cam.zoom).toBe(0.6);
    expect(s.userZoom).toBeNull();
  });
});
