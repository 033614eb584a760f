import fc from 'fast-check';
import { FOV } from 'rot-js';
import { describe, expect, it } from 'vitest';
import { withinRadius } from './distance';
import { computeFov, type SightMap } from './fov';
import { lineBlocked } from './lineOfSight';

const ONE = Uint8Array.from({ length: 256 }, (_, i) => (i === 0 ? 0 : 1));

function randomMap(width: number, height: number, cells: number[]): SightMap {
  const blocks = new Uint8Array(width * height);
  for (let i = 0; i < blocks.length; i++) blocks[i] = cells[i % cells.length]!;
  return { width, height, blocks };
}

const mapArb = fc
  .record({
    width: fc.integer({ min: 1, max: 24 }),
    height: fc.integer({ min: 1, max: 24 }),
    density: fc.integer({ min: 0, max: 45 }),
    seedCells: fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 1, maxLength: 600 }),
  })
  .map(({ width, height, density, seedCells }) =>
    randomMap(
      width,
      height,
      seedCells.map((v) => (v < density ? 1 : 0)),
    ),
  );

const los = (m: SightMap, ax: number, ay: number, bx: number, by: number) =>
  !lineBlocked(m.width, m.height, m.blocks, ONE, ax, ay, bx, by);

/** Does the centre-to-centre line cross a row or column exactly on the edge of an opaque tile? */
function grazesWall(m: SightMap, ax: number, ay: number, bx: number, by: number): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  const major = Math.abs(dy) >= Math.abs(dx);
  const d = major ? Math.abs(dy) : Math.abs(dx);
  const s = (major ? dy : dx) > 0 ? 1 : -1;
  const minor = major ? dx : dy;
  const opaque = (x: number, y: number) =>
    x < 0 || y < 0 || x >= m.width || y >= m.height || m.blocks[y * m.width + x] !== 0;
  for (let k = 1; k < d; k++) {
    const t = 2 * minor * k + d;
    if (t % (2 * d) !== 0) continue;
    const q = t / (2 * d);
    for (const c of [q - 1, q]) if (major ? opaque(ax + c, ay + s * k) : opaque(ax + s * k, ay + c)) return true;
  }
  return false;
}

function fovOf(m: SightMap, x: number, y: number, r: number): Uint8Array {
  const out = new Uint8Array(m.width * m.height);
  computeFov(m, x, y, r, out);
  return out;
}

function rotFov(m: SightMap, x: number, y: number, r: number): Uint8Array {
  const out = new Uint8Array(m.width * m.height);
  const inside = (cx: number, cy: number) => cx >= 0 && cy >= 0 && cx < m.width && cy < m.height;
  const fov = new FOV.PreciseShadowcasting((cx, cy) => inside(cx, cy) && m.blocks[cy * m.width + cx] === 0, {
    topology: 8,
  });
  fov.compute(x, y, r, (cx, cy) => {
    // rot.js scans square rings; cut to our circle so only the visibility model differs.
    if (inside(cx, cy) && withinRadius(cx - x, cy - y, r)) out[cy * m.width + cx] = 1;
  });
  return out;
}

describe('computeFov (symmetric shadowcasting)', () => {
  it('sees every see-through tile exactly when the centre-to-centre line test says so (within the radius)', () => {
    fc.assert(
      fc.property(mapArb, fc.nat(), fc.integer({ min: 0, max: 14 }), (m, at, r) => {
        const o = at % (m.width * m.height);
        const ox = o % m.width;
        const oy = (o - ox) / m.width;
        const out = fovOf(m, ox, oy, r);
        for (let i = 0; i < out.length; i++) {
          const x = i % m.width;
          const y = (i - x) / m.width;
          if (m.blocks[i] && i !== o) continue;
          const expected = withinRadius(x - ox, y - oy, r) && los(m, ox, oy, x, y);
          if ((out[i] === 1) !== expected) return false;
        }
        return true;
      }),
      { numRuns: 400 },
    );
  });

  it('is symmetric: a sees b exactly when b sees a (see-through tiles)', () => {
    fc.assert(
      fc.property(mapArb, fc.nat(), fc.nat(), (m, pa, pb) => {
        const n = m.width * m.height;
        const a = pa % n;
        const b = pb % n;
        if (m.blocks[a] || m.blocks[b]) return true;
        const ax = a % m.width;
        const ay = (a - ax) / m.width;
        const bx = b % m.width;
        const by = (b - bx) / m.width;
        const r = 40;
        return fovOf(m, ax, ay, r)[b] === fovOf(m, bx, by, r)[a] && los(m, ax, ay, bx, by) === los(m, bx, by, ax, ay);
      }),
      { numRuns: 1000 },
    );
  });

  it('is symmetric over whole random maps (every pair of floor tiles)', () => {
    fc.assert(
      fc.property(mapArb, (m) => {
        const n = m.width * m.height;
        const views: Uint8Array[] = [];
        for (let i = 0; i < n; i++)
          views.push(m.blocks[i] ? new Uint8Array(0) : fovOf(m, i % m.width, Math.floor(i / m.width), 12));
        for (let a = 0; a < n; a++) {
          if (m.blocks[a]) continue;
          for (let b = 0; b < n; b++) if (!m.blocks[b] && views[a]![b] !== views[b]![a]) return false;
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it('blocks behind a wall and lets a line that grazes a wall corner through', () => {
    // . . . . .
    // . . # . .
    // . . @ . .
    const m = randomMap(5, 3, [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    const out = fovOf(m, 2, 2, 5);
    expect(out[0 * 5 + 2]).toBe(0); // straight behind the wall
    expect(out[1 * 5 + 2]).toBe(1); // the wall itself is seen
    expect(out[0 * 5 + 1]).toBe(1); // the line to (1,0) passes (1.5, 1): the wall's edge, not inside it
    expect(out[0 * 5 + 3]).toBe(1);
  });

  it('leaves no crack between two touching walls', () => {
    // . . . .
    // . # # .
    // . @ . .   the line from (1,2) to (2,0) crosses row 1 at x = 1.5: the edge between the two walls
    const m = randomMap(4, 3, [0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]);
    expect(fovOf(m, 1, 2, 5)[0 * 4 + 2]).toBe(0);
    expect(fovOf(m, 2, 0, 5)[2 * 4 + 1]).toBe(0);
  });
});

describe('computeFov against rot.js PreciseShadowcasting (test oracle)', () => {
  it('agrees exactly on open maps (no walls): the same circle of tiles', () => {
    for (const r of [1, 2, 5, 8, 12]) {
      const m = randomMap(31, 29, [0]);
      expect(Array.from(fovOf(m, 15, 14, r))).toEqual(Array.from(rotFov(m, 15, 14, r)));
      expect(Array.from(fovOf(m, 2, 3, r))).toEqual(Array.from(rotFov(m, 2, 3, r)));
    }
  });

  it('differs only as documented: ours sees more only along lines that graze a wall edge, and agrees on most tiles', () => {
    // rot.js marks a tile seen when any part of its arc on the square ring is unshadowed (permissive,
    // not symmetric); ours requires the centre-to-centre line to be clear (symmetric) and lets a line
    // that runs exactly along the edge of a wall through (as in Albert Ford's symmetric shadowcasting).
    let agree = 0;
    let total = 0;
    fc.assert(
      fc.property(mapArb, fc.nat(), fc.integer({ min: 1, max: 12 }), (m, at, r) => {
        const o = at % (m.width * m.height);
        if (m.blocks[o]) return true;
        const ox = o % m.width;
        const oy = (o - ox) / m.width;
        const ours = fovOf(m, ox, oy, r);
        const theirs = rotFov(m, ox, oy, r);
        for (let i = 0; i < ours.length; i++) {
          if (m.blocks[i]) continue;
          total++;
          if (ours[i] === theirs[i]) agree++;
          else if (ours[i] && !grazesWall(m, ox, oy, i % m.width, Math.floor(i / m.width))) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
    expect(agree / total).toBeGreaterThan(0.9);
  });
});

describe('computeFov: the edges of its input', () => {
  it('marks nothing from a viewer off the map, on any side, one tile out or exactly on the edge', () => {
    const m = randomMap(5, 4, [0]);
    for (const [x, y] of [
      [-1, 2],
      [2, -1],
      [5, 2],
      [2, 4],
      [6, 1],
      [1, 5],
      [-1, -1],
      [5, 4],
    ] as const) {
      const out = new Uint8Array(20);
      computeFov(m, x, y, 6, out);
      expect([x, y, out.every((v) => v === 0)]).toEqual([x, y, true]);
    }
  });

  it('keeps every open sector of a row, even 140 of them (a comb of pillars across a wide map)', () => {
    // The viewer on the bottom row, in the middle; 140 rows up, a row of pillars with one-tile gaps;
    // the row beyond is seen through the gaps, exactly where the line test says.
    const depth = 140;
    const width = 2 * depth + 1;
    const height = depth + 2;
    const blocks = new Uint8Array(width * height);
    for (let x = 0; x < width; x += 2) blocks[1 * width + x] = 1;
    const m: SightMap = { width, height, blocks };
    const vx = depth;
    const vy = height - 1;
    const out = new Uint8Array(width * height);
    computeFov(m, vx, vy, 2 * depth, out);
    let seen = 0;
    for (let x = 0; x < width; x++) {
      expect([x, out[x]]).toEqual([x, los(m, vx, vy, x, 0) ? 1 : 0]);
      seen += out[x]!;
    }
    expect(seen).toBeGreaterThan(100);
  });
});
