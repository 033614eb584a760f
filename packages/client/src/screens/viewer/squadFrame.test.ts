import { describe, expect, it } from 'vitest';
import { tileToScreen } from '../../iso/tileToScreen';
import { squadFrame } from './squadFrame';

const screen = { width: 800, height: 600 };
const free = { left: 0, top: 120, right: 800, bottom: 420 };
const onScreen = (cam: { x: number; y: number; zoom: number }, t: { x: number; y: number }) => {
  const p = tileToScreen(t.x, t.y);
  return { x: (p.sx - cam.x) * cam.zoom + 400, y: (p.sy - cam.y) * cam.zoom + 300 };
};

describe('squadFrame', () => {
  it('puts a squad in a corner of a big map in the middle of the free area, at zoom 1 when it fits', () => {
    const tiles = [
      { x: 2, y: 14 },
      { x: 3, y: 15 },
      { x: 2, y: 16 },
    ];
    const cam = squadFrame(tiles, screen, free)!;
    expect(cam.zoom).toBe(1);
    // beside a log on the right: the middle of what is left
    const beside = squadFrame(tiles, screen, { ...free, right: 500 })!;
    const xs = tiles.map((t) => onScreen(beside, t).x);
    expect(Math.abs((Math.min(...xs) + Math.max(...xs)) / 2 - 250)).toBeLessThan(10);
    for (const t of tiles) {
      const p = onScreen(cam, t);
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(800);
      expect(p.y).toBeGreaterThan(free.top);
      expect(p.y).toBeLessThan(free.bottom);
    }
  });

  it('zooms out (never in) to hold a spread squad, and has nothing to frame without one', () => {
    const tiles = [
      { x: 0, y: 0 },
      { x: 20, y: 20 },
    ];
    const cam = squadFrame(tiles, screen, free)!;
    expect(cam.zoom).toBeLessThan(1);
    for (const t of tiles) expect(onScreen(cam, t).y).toBeGreaterThan(free.top);
    expect(squadFrame([{ x: 1, y: 1 }], screen, free, 0.8)!.zoom).toBe(0.8);
    expect(squadFrame([], screen, free)).toBeNull();
  });
});
