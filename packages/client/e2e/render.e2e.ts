import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AMBIENT_LINGER_MS } from '../src/render/frameLoop';
import { endTurn, type Harness, idle, openPlay, startHarness } from './harness';

// Render on demand in the browser: an idle screen draws nothing; input and animations draw.

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const rendered = (page: Page) => page.evaluate(() => window.denizens.frames().rendered);

describe('frames are drawn on demand', () => {
  it('an idle game draws no frame once ambient motion has settled; keys and an enemy phase draw', async () => {
    const page = await openPlay(h, '?map=ruins&seed=1&test');
    // the pointer stays off the map; the ruins' fires flicker for a while, then the scene stands still
    await page.waitForTimeout(AMBIENT_LINGER_MS + 1500);
    const a = await rendered(page);
    await page.waitForTimeout(2000);
    expect(await rendered(page)).toBe(a);

    // a held arrow key pans the map: a frame for every display frame (few when the shared machine is busy)
    await page.keyboard.down('ArrowRight');
    await page.waitForTimeout(1000);
    await page.keyboard.up('ArrowRight');
    const panned = (await rendered(page)) - a;
    expect(panned).toBeGreaterThan(3);

    // the enemy phase animates: frames all along, and the loop is held only while it plays
    await page.waitForTimeout(300);
    const b = await rendered(page);
    await endTurn(page);
    await page.waitForFunction(() => window.denizens.busy(), null, { timeout: 10_000 });
    expect(await page.evaluate(() => window.denizens.frames().animating)).toBeGreaterThan(0);
    await page.waitForTimeout(1000);
    expect((await rendered(page)) - b).toBeGreaterThan(3);
    await idle(page);
    expect(await page.evaluate(() => window.denizens.frames().animating)).toBe(0);
    expect(h.problems).toEqual([]);
    await page.close();
  });
});
