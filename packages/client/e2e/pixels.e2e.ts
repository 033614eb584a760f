import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '@denizens/engine';
import { T } from '@denizens/engine';
import pixelmatch from 'pixelmatch';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendCommand } from '../src/game/session';
import { type Harness, idle, openPlay, openSaved, SHOTS, sessionOn, startHarness } from './harness';
import { CLIENT_DIR } from './serveDist';

// Browser tests that look at the pixels: the canvas is drawn (not blank), the tiles and units the test
// handle names are where it says with their colours, and a few reference screenshots still match within
// a tolerance. References live in e2e/reference/ and are replaced only on purpose:
// `pnpm screenshots:update` (then look at them and commit). A failed comparison writes the new shot and
// a diff image to artifacts/screenshots/.

const REFERENCE = join(CLIENT_DIR, 'e2e', 'reference');
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
const GOLDEN = join(CLIENT_DIR, '..', 'engine', 'test', 'golden');

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

async function shot(page: Page): Promise<PNG> {
  return PNG.sync.read(await page.screenshot());
}

type RGB = [number, number, number];
function at(png: PNG, x: number, y: number): RGB {
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
}
/** The mean colour of the (2r+1)² pixels around (x, y). */
function mean(png: PNG, x: number, y: number, r = 2): RGB {
  const s: RGB = [0, 0, 0];
  let n = 0;
  for (let dy = -r; dy <= r; dy++)
    for (let dx = -r; dx <= r; dx++) {
      const c = at(png, x + dx, y + dy);
      s[0] += c[0];
      s[1] += c[1];
      s[2] += c[2];
      n++;
    }
  return [s[0] / n, s[1] / n, s[2] / n];
}
const dist = (a: RGB, b: RGB) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
const hex = (c: number): RGB => [(c >> 16) & 255, (c >> 8) & 255, c & 255];

/** Pixels within `tol` of any of the colours, in the box (x−w..x+w, y−up..y+down). */
function countNear(png: PNG, x: number, y: number, colours: RGB[], tol = 60, w = 10, up = 10, down = 10): number {
  let n = 0;
  for (let py = Math.round(y - up); py <= y + down; py++)
    for (let px = Math.round(x - w); px <= x + w; px++) {
      if (px < 0 || py < 0 || px >= png.width || py >= png.height) continue;
      const c = at(png, px, py);
      if (colours.some((k) => dist(c, k) <= tol)) n++;
    }
  return n;
}
const SQUAD: RGB[] = [hex(0x56b4e9), hex(0x0072b2)];
const LGF: RGB[] = [hex(0xe69f00), hex(0xd55e00)];

/** The pixel of a tile centre, or null when it is off screen or under the HUD's edges. */
async function screenOf(page: Page, x: number, y: number): Promise<{ x: number; y: number } | null> {
  const p = await page.evaluate(([a, b]) => window.denizens.tileToClient(a, b), [x, y] as const);
  return p && p.x > 260 && p.x < 1000 && p.y > 70 && p.y < 580 ? p : null;
}

/** A game on a built-in map after the golden game's first `turns` turns, opened through Continue. */
async function openAfterGoldenTurns(mapId: string, turns: number): Promise<Page> {
  const golden = JSON.parse(readFileSync(join(GOLDEN, `${mapId}-seed1.replay.json`), 'utf8'));
  const s = sessionOn(mapId, String(golden.seed));
  let ends = 0;
  for (const c of golden.commands as Command[]) {
    if (c.type === 'end_turn' && ends++ === turns) break;
    const r = sendCommand(s, c);
    if (!r.ok) throw new Error(r.rejection.message);
  }
  const page = await openSaved(h, s);
  await page.waitForTimeout(400);
  return page;
}

describe('what the canvas shows', () => {
  it('is drawn, floor tiles look alike and walls unlike them, and pilots stand where the handle says', async () => {
    const page = await openPlay(h, '?map=training&seed=1&test');
    await page.waitForTimeout(500);
    const png = await shot(page);
    // Not blank: thousands of colours (an empty or one-colour canvas has a handful).
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4)
      colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
    expect(colours.size).toBeGreaterThan(2000);

    const world = sessionOn('training', '1').world;
    const g = world.grid;
    const units = await page.evaluate(() => window.denizens.units());
    const pilots = units.filter((u) => u.faction === 'squad');
    expect(pilots.length).toBeGreaterThan(3);
    const fromPilots = (x: number, y: number) =>
      Math.min(...pilots.map((u) => Math.max(Math.abs(u.x - x), Math.abs(u.y - y))));
    // Terrain: floor two to five steps from the pilots, walls up to ten (in sight, no unit drawn over them).
    const floor: RGB[] = [];
    const walls: RGB[] = [];
    const emptyFloor: { x: number; y: number }[] = [];
    for (let y = 0; y < g.height; y++)
      for (let x = 0; x < g.width; x++) {
        const d = fromPilots(x, y);
        const t = g.terrain[y * g.width + x];
        if (d < 2 || d > (t === T.wall ? 10 : 5)) continue;
        const p = await screenOf(page, x, y);
        if (!p) continue;
        if (t === T.ground && !g.lit[y * g.width + x]) {
          floor.push(mean(png, p.x, p.y));
          emptyFloor.push(p);
        } else if (t === T.wall) walls.push(mean(png, p.x, p.y));
      }
    expect(floor.length).toBeGreaterThan(20);
    expect(walls.length).toBeGreaterThan(0);
    const median = ([0, 1, 2] as const).map(
      (k) => floor.map((c) => c[k]).sort((a, b) => a - b)[floor.length >> 1]!,
    ) as RGB;
    const alike = floor.filter((c) => dist(c, median) < 45).length;
    expect(alike / floor.length, `floor colours around ${median.map(Math.round)}`).toBeGreaterThan(0.8);
    // Walls are brick, warmer than the cold blue-grey floor: much less blue over red.
    const cool = (c: RGB) => c[2] - c[0];
    for (const w of walls)
      expect(
        cool(median) - cool(w),
        `a wall ${w.map(Math.round)} against the floor ${median.map(Math.round)}`,
      ).toBeGreaterThan(10);
    // Units: each pilot's tile shows squad blue at its centre (the ring at its feet); empty floor does not.
    for (const u of pilots) {
      const p = await screenOf(page, u.x, u.y);
      if (!p) continue;
      expect(u.visible).toBe(true);
      expect(countNear(png, p.x, p.y, SQUAD), `${u.id} at ${u.x},${u.y}`).toBeGreaterThan(20);
    }
    for (const p of emptyFloor) expect(countNear(png, p.x, p.y, SQUAD), `floor at ${p.x},${p.y}`).toBeLessThan(10);
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('an enemy in sight shows LGF orange at its tile; one out of sight shows none', async () => {
    let checkedVisible = 0;
    for (const turns of [1, 2, 3]) {
      const page = await openAfterGoldenTurns('training', turns);
      const png = await shot(page);
      const foes = (await page.evaluate(() => window.denizens.units())).filter((u) => u.faction === 'lgf');
      for (const u of foes) {
        const p = await screenOf(page, u.x, u.y);
        if (!p) continue;
        const orange = countNear(png, p.x, p.y, LGF);
        if (u.visible) {
          expect(orange, `${u.id} at ${u.x},${u.y} (turn ${turns + 1})`).toBeGreaterThan(20);
          checkedVisible++;
        } else expect(orange, `hidden ${u.id} at ${u.x},${u.y}`).toBeLessThan(10);
      }
      await page.close();
      if (checkedVisible > 0) break;
    }
    expect(checkedVisible, 'an enemy in sight and on screen in the golden training game').toBeGreaterThan(0);
    expect(h.problems).toEqual([]);
  });
});

/** Reference screenshots: few, compared with a tolerance (anti-aliasing, flames and glows move). */
const REFERENCES: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
  {
    name: 'title',
    path: '?test',
    ready: async (page) => {
      await page.waitForSelector('#new-game');
    },
  },
  {
    name: 'training-start',
    path: '?map=training&seed=1&test',
    ready: async (page) => {
      await idle(page);
    },
  },
];
/** Share of pixels that may differ (pixelmatch threshold 0.1 per pixel). */
const MAX_DIFF = 0.03;

describe('reference screenshots (update on purpose: pnpm screenshots:update)', () => {
  for (const ref of REFERENCES) {
    it(`${ref.name} matches e2e/reference/${ref.name}.png within ${MAX_DIFF * 100}% of pixels`, async () => {
      const page = await h.open(ref.path);
      await ref.ready(page);
      await page.waitForTimeout(600);
      const now = await shot(page);
      await page.close();
      const file = join(REFERENCE, `${ref.name}.png`);
      if (UPDATE) {
        mkdirSync(REFERENCE, { recursive: true });
        writeFileSync(file, PNG.sync.write(now));
        return;
      }
      expect(existsSync(file), `no reference ${file}: run pnpm screenshots:update, look at it, commit it`).toBe(true);
      const want = PNG.sync.read(readFileSync(file));
      expect([now.width, now.height]).toEqual([want.width, want.height]);
      const diff = new PNG({ width: want.width, height: want.height });
      const bad = pixelmatch(want.data, now.data, diff.data, want.width, want.height, { threshold: 0.1 });
      const share = bad / (want.width * want.height);
      if (share > MAX_DIFF) {
        writeFileSync(join(SHOTS, `${ref.name}.actual.png`), PNG.sync.write(now));
        writeFileSync(join(SHOTS, `${ref.name}.diff.png`), PNG.sync.write(diff));
      }
      expect(
        share,
        `${(share * 100).toFixed(2)}% of pixels differ: see artifacts/screenshots/${ref.name}.diff.png and .actual.png; if the change is intended, pnpm screenshots:update`,
      ).toBeLessThanOrEqual(MAX_DIFF);
    });
  }
});
