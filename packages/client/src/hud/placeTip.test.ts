import { describe, expect, it } from 'vitest';
import { keepInView, overlap, placeTip, type Rect } from './placeTip';

const view = { width: 1280, height: 720 };
const size = { width: 300, height: 60 };
const bar: Rect = { left: 36, top: 672, right: 1244, bottom: 714 };
const rectAt = (p: { left: number; top: number }): Rect => ({
  left: p.left,
  top: p.top,
  right: p.left + size.width,
  bottom: p.top + size.height,
});

describe('placeTip', () => {
  it('sits below and right of the pointer when that is clear', () => {
    expect(placeTip(size, { x: 400, y: 300 }, view, [bar])).toEqual({ left: 418, top: 318 });
  });

  it('goes above the pointer rather than over the action bar', () => {
    const at = placeTip(size, { x: 400, y: 640 }, view, [bar]);
    expect(overlap(rectAt(at), bar)).toBe(0);
    expect(at.top + size.height).toBeLessThanOrEqual(640);
  });

  it('beside the bar at its own height: above the bar, clear of the pointer and inside the window', () => {
    const p = { x: 1254, y: 693 };
    const r = rectAt(placeTip(size, p, view, [bar]));
    expect(overlap(r, bar)).toBe(0);
    expect(p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom).toBe(false);
    expect(r.right).toBeLessThanOrEqual(view.width);
    expect(r.left).toBeGreaterThanOrEqual(0);
  });

  it('leaves a panel to avoid uncovered when another corner is free, but the bar comes first', () => {
    const log: Rect = { left: 700, top: 300, right: 1000, bottom: 400 };
    const r = rectAt(placeTip(size, { x: 600, y: 290 }, view, [bar], [log]));
    expect(overlap(r, log)).toBe(0);
  });
});

describe('keepInView', () => {
  const view: Rect = { left: 0, top: 70, right: 800, bottom: 520 };
  it('leaves a label inside the view where it is', () => {
    expect(keepInView({ left: 100, top: 200, right: 250, bottom: 218 }, view)).toEqual({ dx: 0, dy: 0, arrow: '' });
  });
  it('moves a label sticking out at the right back in, with no arrow while its tile is on screen', () => {
    expect(keepInView({ left: 700, top: 200, right: 850, bottom: 218 }, view)).toEqual({ dx: -58, dy: 0, arrow: '' });
  });
  it('points the way to a tile off screen: right, and up under the top bar', () => {
    expect(keepInView({ left: 900, top: 200, right: 1050, bottom: 218 }, view).arrow).toBe('→');
    expect(keepInView({ left: 300, top: 10, right: 450, bottom: 28 }, view)).toEqual({ dx: 0, dy: 68, arrow: '↑' });
    expect(keepInView({ left: -300, top: 600, right: -150, bottom: 618 }, view).arrow).toBe('↙');
  });
});
