import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openPlay, SHOTS, startHarness } from './harness';

// The HUD out of the player's way: tooltips, map labels.

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const box = (page: Page, sel: string): Promise<Box | null> =>
  page.evaluate((s) => {
    const e = document.querySelector<HTMLElement>(s);
    if (!e || getComputedStyle(e).display === 'none') return null;
    const r = e.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }, sel);

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('tooltips', () => {
  it('never cover the action bar, the top bar, the sound setting nor the pointer, and hide over a panel (1280×720, screenshot)', async () => {
    const page = await openPlay(h, '?map=ruins&seed=1&test');
    const bar = (await box(page, '.actionbar'))!;
    const top = (await box(page, '.topbar'))!;
    const sound = (await box(page, '.sound-control'))!;
    // the pointer over the map all along the action bar's top edge and beside it, as a player reaches for End turn
    const points: { x: number; y: number }[] = [];
    for (let x = 40; x < 1280; x += 60) points.push({ x, y: bar.top - 6 }, { x, y: bar.top - 40 });
    for (const x of [bar.left - 30, bar.right + 10, bar.right + 60, 1200, 1260])
      points.push({ x, y: (bar.top + bar.bottom) / 2 }, { x, y: 650 });
    for (let x = 40; x < 1280; x += 120) points.push({ x, y: top.bottom + 6 });
    let shown = 0;
    const bad: string[] = [];
    for (const p of points) {
      await page.mouse.move(p.x, p.y);
      const over = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, p);
      if (over !== 'CANVAS') continue;
      await page.waitForTimeout(30);
      const tip = await box(page, '.tip');
      if (!tip) continue;
      shown++;
      const text = (await page.textContent('.tip'))?.slice(0, 40);
      if (overlaps(tip, bar)) bad.push(`at ${p.x},${p.y} "${text}" covers the action bar`);
      if (overlaps(tip, top)) bad.push(`at ${p.x},${p.y} "${text}" covers the top bar`);
      if (overlaps(tip, sound)) bad.push(`at ${p.x},${p.y} "${text}" covers the sound setting`);
      if (p.x >= tip.left && p.x <= tip.right && p.y >= tip.top && p.y <= tip.bottom)
        bad.push(`at ${p.x},${p.y} "${text}" covers the pointer`);
      if (p.x === bar.right + 10) await page.screenshot({ path: join(SHOTS, 'tip-clear-of-bar.png') });
    }
    expect(shown).toBeGreaterThan(10);
    expect(bad).toEqual([]);
    // from a tile with a tooltip onto the End turn button: the tooltip goes
    const mid = await page.evaluate(() => {
      const u = window.denizens.units().find((x) => x.id === window.denizens.selected())!;
      return window.denizens.tileToClient(u.x + 1, u.y)!;
    });
    await page.mouse.move(mid.x, mid.y);
    await page.waitForSelector('.tip', { state: 'visible' });
    const end = (await box(page, '.actionbar .end'))!;
    await page.mouse.move((end.left + end.right) / 2, (end.top + end.bottom) / 2, { steps: 4 });
    await page.waitForTimeout(50);
    expect(await box(page, '.tip')).toBeNull();
    // and onto the log
    await page.mouse.move(mid.x, mid.y, { steps: 4 });
    await page.waitForSelector('.tip', { state: 'visible' });
    const log = (await box(page, '.log'))!;
    await page.mouse.move((log.left + log.right) / 2, (log.top + log.bottom) / 2, { steps: 4 });
    await page.waitForTimeout(50);
    expect(await box(page, '.tip')).toBeNull();
    await page.close();
    expect(h.problems).toEqual([]);
  });
});
