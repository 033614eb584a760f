import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fill } from '../src/render/fillMeter';
import { endTurn, goldenSession, type Harness, idle, openSaved, SHOTS, startHarness } from './harness';

// What keeps a frame cheap in software WebGL (docs/client.md, "Rendering in software WebGL"): whatever stands still
// is painted into the ground canvas once, not drawn by SwiftShader in every frame. Lingering dust and the still
// glows (fires, breaches, lit deck) are in the ground canvas: hiding the WebGL canvas leaves them on screen (the
// screenshot ground-canvas-only.png, for people to look at).

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

/** The golden ruins game after its fourth End turn: a strike has torn the hull open and raised dust. */
const ruinsAfterStrike = () => goldenSession('ruins', 1, 4, 'after');

describe('what stands still is painted into the ground canvas', () => {
  it('lingering dust and still glows: in the ground canvas, shown with the WebGL canvas hidden', async () => {
    const s = ruinsAfterStrike();
    expect(s.world.grid.dust.filter((d) => d > 0).length).toBeGreaterThan(10);
    const page = await openSaved(h, s);
    const shown = await page.evaluate(() => window.denizens.ground());
    expect(shown!.dust).toBeGreaterThan(0);
    expect(shown!.glows).toBeGreaterThan(0);
    await page.evaluate(() => {
      const gl = document.querySelector('#stage canvas:not(.ground):not(.sky)') as HTMLCanvasElement;
      gl.style.visibility = 'hidden';
    });
    await page.screenshot({ path: join(SHOTS, 'ground-canvas-only.png') });
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('the dust painted follows the world as the game goes on (the ground is composed again)', async () => {
    const s = ruinsAfterStrike();
    const page = await openSaved(h, s);
    const before = (await page.evaluate(() => window.denizens.ground()))!.dust;
    expect(before).toBeGreaterThan(0);
    // play on until the dust has settled (it lasts a few turns): the count follows the world
    await page.evaluate(() => window.denizens.playOut(3));
    await idle(page);
    const after = await page.evaluate(() => window.denizens.ground());
    expect(after).not.toBeNull();
    expect(after!.dust).not.toBe(before);
    await page.close();
    expect(h.problems).toEqual([]);
  });
});

/** The golden ruins game just before its fourth End turn: the LGF shoot, then a strike lands in view. */
const ruinsBeforeStrike = () => goldenSession('ruins', 1, 4, 'before');

interface PhaseFill {
  frames: number;
  /** Pixels a frame, over the frames drawn while the End turn played. */
  mean: number;
  peak: number;
  /** The largest fill of each kind in any one frame. */
  peakBy: Record<string, number>;
  /** Per frame: sprites' area of each kind. */
  meanBy: Record<string, number>;
  /** The most objects of each kind drawn in any one frame. */
  peakCount: Record<string, number>;
}

/**
 * Ends the turn at half speed and records the fill (render/fillMeter.ts) of every frame drawn until the screen is idle
 * again; takes a screenshot as a shot's tracer flies and one as the strike's smoke rises (fill-shot-*.png,
 * fill-strike-*.png, for people to look at).
 */
async function endTurnFill(page: Page, tag: string): Promise<PhaseFill> {
  await page.keyboard.press(',');
  await page.evaluate(() => {
    const w = window as unknown as { __fill: { frames: Fill[]; done: boolean } };
    const rec: { frames: Fill[]; done: boolean } = { frames: [], done: false };
    w.__fill = rec;
    let seen = false;
    let last = window.denizens.frames().rendered;
    const tick = () => {
      const d = window.denizens;
      const n = d.frames().rendered;
      if (d.busy()) seen = true;
      if (seen && n !== last) rec.frames.push(d.fill()!);
      last = n;
      if (seen && !d.busy()) rec.done = true;
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await endTurn(page);
  const at = (kind: string, px: number) =>
    page.waitForFunction(([k, n]) => (window.denizens.fill()?.by[k!] ?? 0) > Number(n), [kind, px], {
      polling: 'raf',
      timeout: 60_000,
    });
  await at('tracer', 0);
  await page.screenshot({ path: join(SHOTS, `fill-shot-${tag}.png`) });
  // the strike's three flashes, then its smoke and dust half a second on
  await at('flash', 60_000);
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(SHOTS, `fill-strike-${tag}.png`) });
  await page.waitForFunction(() => (window as unknown as { __fill: { done: boolean } }).__fill.done, null, {
    timeout: 120_000,
  });
  const frames = await page.evaluate(() => (window as unknown as { __fill: { frames: Fill[] } }).__fill.frames);
  const peakBy: Record<string, number> = {};
  const meanBy: Record<string, number> = {};
  const peakCount: Record<string, number> = {};
  for (const f of frames) for (const [k, v] of Object.entries(f.count)) peakCount[k] = Math.max(peakCount[k] ?? 0, v);
  for (const f of frames)
    for (const [k, v] of Object.entries(f.by)) {
      peakBy[k] = Math.max(peakBy[k] ?? 0, v);
      meanBy[k] = (meanBy[k] ?? 0) + v / frames.length;
    }
  return {
    frames: frames.length,
    mean: frames.reduce((a, f) => a + f.pixels, 0) / frames.length,
    peak: Math.max(...frames.map((f) => f.pixels)),
    peakBy,
    meanBy,
    peakCount,
  };
}

describe('what moves is drawn small (software WebGL pays for every pixel of every sprite, each frame)', () => {
  // Measured on this scene (docs/client.md, "Rendering in software WebGL"): before, a frame covered up to 435–495k
  // pixels (59 puffs at once, units 35.8k, breach plumes 31–36k); now up to 270–340k (30 puffs, units 21.6k, plumes
  // 21–23k). The figures below sit between the two.
  it('an enemy phase with a strike: bursts of puffs halved, figures trimmed, plumes tight, the peak within budget', async () => {
    const page = await openSaved(h, ruinsBeforeStrike());
    const f = await endTurnFill(page, 'now');
    await page.close();
    console.log(`fill over the End turn: ${JSON.stringify(f)}`);
    // the strike, its collapses and the breach's steam were all seen
    expect(f.peakCount.smoke).toBeGreaterThan(0);
    expect(f.peakCount.dust).toBeGreaterThan(0);
    expect(f.peakCount.steam).toBeGreaterThan(0);
    // a burst of n puffs at one point is drawn as n / 2, each as dense as two; dust over an area on every other tile
    expect(f.peakCount.smoke! + f.peakCount.dust! + f.peakCount.steam!).toBeLessThanOrEqual(40);
    // figures drawn without their transparent margin (the same pixels, a smaller quad)
    expect(f.peakBy.unit).toBeLessThan(28_000);
    // a breach's plume drawn with the tight puff
    expect(f.peakBy.vent).toBeLessThan(28_000);
    expect(f.peak).toBeLessThan(400_000);
    expect(h.problems).toEqual([]);
  });
});
