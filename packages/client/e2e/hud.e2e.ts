import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endTurn, type Harness, idle, openPlay, openPlaytest, SHOTS, startHarness } from './harness';
import { CLIENT_DIR } from './serveDist';

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

/** Willow (2 HP) stands where a shell lands at the end of turn 1; Faith is one step from the way out. */
const FALLEN_BUT_OUT = {
  format: 'denizens-map',
  version: 1,
  id: 'fallen-out',
  name: 'Fallen but out',
  width: 8,
  height: 6,
  terrain: ['........', '........', '........', '........', '........', '........'],
  squad: [
    { id: 'faith', name: 'Faith', hp: 6, aim: 70, mobility: 5, weapon: 'thompson', x: 5, y: 5 },
    { id: 'willow', name: 'Willow', hp: 2, aim: 70, mobility: 5, weapon: 'thompson', x: 5, y: 1 },
  ],
  objective: { kind: 'extract', tiles: [{ x: 7, y: 5 }] },
  strikes: [{ turn: 1, x: 5, y: 1, radius: 1, damage: 6 }],
  turnLimit: 6,
};

describe('an extraction won with a pilot lost', () => {
  it('the objective line says what wins it, and the end screen says who got out and who fell (screenshot)', async () => {
    const page = await openPlaytest(h, FALLEN_BUT_OUT);
    const objective = (await page.textContent('.topbar .objective')) ?? '';
    expect(objective).toMatch(/every pilot still standing/);
    expect(objective).not.toMatch(/everyone/i);
    // Faith steps out; Willow stays under the shell
    await page.click('.card[data-unit="faith"]');
    const p = await page.evaluate(() => window.denizens.tileToClient(7, 5)!);
    await page.mouse.click(p.x, p.y);
    await page.waitForFunction(() => !window.denizens.units().some((u) => u.id === 'faith'), null, {
      timeout: 30_000,
    });
    await idle(page);
    await endTurn(page);
    await page.keyboard.press('x');
    await page.waitForSelector('#end-screen', { timeout: 60_000 });
    expect(await page.textContent('#end-screen h1')).toBe('VICTORY');
    expect(await page.textContent('#end-screen h2')).toMatch(/won on turn 1 \(1 of 2 pilots got out, 1 lost\)/);
    expect(await page.textContent('#end-screen .stats')).toMatch(/Squad out1 of 2Squad lost1 of 2/);
    await page.screenshot({ path: join(SHOTS, 'end-extracted-with-losses.png') });
    await page.close();
    expect(h.problems).toEqual([]);
  });
});

/** A shell due at the end of turn 1 in the far (right) corner of an open yard. */
const SHELL_IN_YARD = {
  format: 'denizens-map',
  version: 1,
  id: 'yard',
  name: 'Yard',
  width: 9,
  height: 7,
  terrain: ['.........', '.........', '.........', '.........', '.........', '.........', '.........'],
  squad: [{ id: 'willow', name: 'Willow', hp: 6, aim: 70, mobility: 5, weapon: 'thompson', x: 1, y: 5 }],
  objective: { kind: 'reach', tiles: [{ x: 0, y: 6 }] },
  strikes: [{ turn: 1, x: 7, y: 1, radius: 1, damage: 6 }],
  turnLimit: 6,
};

describe('map labels', () => {
  it('stay inside the map area at the screen edge, pointing the way once their tile is off screen (800×600)', async () => {
    const page = await openPlaytest(h, SHELL_IN_YARD);
    await page.setViewportSize({ width: 800, height: 600 });
    await page.waitForSelector('.maplabel.strike');
    for (let i = 0; i < 2; i++) await page.keyboard.press('+');
    // drags of at most 200 px about the middle: the pointer never rests at a screen edge (which pans)
    const drag = async (dx: number, dy: number) => {
      const n = Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)) / 200);
      for (let i = 0; i < n; i++) {
        const [sx, sy] = [dx / n, dy / n];
        await page.mouse.move(400 - sx / 2, 300 - sy / 2);
        await page.mouse.down();
        await page.mouse.move(400 + sx / 2, 300 + sy / 2, { steps: 6 });
        await page.mouse.up();
      }
      await page.waitForTimeout(150);
    };
    const inside = async () => {
      const l = (await box(page, '.maplabel.strike'))!;
      const top = (await box(page, '.topbar'))!;
      const bar = (await box(page, '.actionbar'))!;
      return l.left >= 0 && l.right <= 800 && l.top >= top.bottom && l.bottom <= bar.top;
    };
    // the shell's tile to the right edge: the label, centred on it, would stick out by half its width
    const tile = () => page.evaluate(() => window.denizens.tileToClient(7, 1)!);
    let now = await tile();
    for (let i = 0; i < 10 && !(now.x > 770 && now.x < 800); i++) {
      await drag(785 - now.x, 0);
      now = await tile();
    }
    expect(now.x).toBeGreaterThan(770);
    expect(now.x).toBeLessThan(800);
    expect(await inside()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'label-at-right-edge.png') });
    // further: the tile off screen, the label at the edge pointing to it
    await drag(150, 0);
    expect(await inside()).toBe(true);
    expect(await page.textContent('.maplabel.strike')).toMatch(/^→ /);
    await page.screenshot({ path: join(SHOTS, 'label-off-screen.png') });
    await page.close();
    expect(h.problems).toEqual([]);
  });
});

/** Opens the title screen at `w`×`ht` (and a text size) and loads a golden replay through "Load replay…". */
async function openReplayAt(w: number, ht: number, textSize: string | null): Promise<Page> {
  const page = await h.open('?test');
  await page.setViewportSize({ width: w, height: ht });
  await page.evaluate((t) => {
    if (t) localStorage.setItem('denizens.textSize', t);
    else localStorage.removeItem('denizens.textSize');
  }, textSize);
  await page.goto(`${h.url}?test`);
  await page.waitForSelector('#load-replay');
  const text = readFileSync(join(CLIENT_DIR, '..', 'engine', 'test', 'golden', 'ruins-seed1.replay.json'));
  await page.setInputFiles('#replay-file', { name: 'ruins.replay.json', mimeType: 'application/json', buffer: text });
  await page.waitForFunction(() => window.denizens.screen === 'viewer', null, { timeout: 15_000 });
  await page.waitForTimeout(300);
  return page;
}

describe('the replay viewer in a small window', () => {
  it('starts with the whole squad on screen, between its panels (800×600, screenshot)', async () => {
    const page = await openReplayAt(800, 600, null);
    const squad = await page.evaluate(() => window.denizens.viewer()!.squad);
    const top = (await box(page, '.v-top'))!;
    const bottom = (await box(page, '.v-bottom'))!;
    await page.screenshot({ path: join(SHOTS, 'viewer-start-800x600.png') });
    expect(squad.length).toBe(7);
    const off = squad.filter((u) => u.x < 20 || u.x > 780 || u.y < top.bottom + 20 || u.y > bottom.top);
    expect(off.map((u) => u.id)).toEqual([]);
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('at the largest text the AI pane and the log each show several lines; the key line folds behind a button (800×600, screenshot)', async () => {
    const page = await openReplayAt(800, 600, '26');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('v');
    await page.waitForTimeout(300);
    const lines = (sel: string) =>
      page.$eval(sel, (e) => e.clientHeight / (Number.parseFloat(getComputedStyle(e).fontSize) * 1.2));
    await page.screenshot({ path: join(SHOTS, 'viewer-800x600-large-text.png') });
    expect(await lines('#viewer-log')).toBeGreaterThanOrEqual(3);
    expect(await lines('#viewer-ai')).toBeGreaterThanOrEqual(3);
    expect(await page.isVisible('#viewer-keys')).toBe(false);
    await page.click('#viewer-keys-btn');
    expect(await page.isVisible('#viewer-keys')).toBe(true);
    expect(await page.getAttribute('#viewer-keys-btn', 'aria-expanded')).toBe('true');
    await page.evaluate(() => localStorage.removeItem('denizens.textSize'));
    await page.close();
    expect(h.problems).toEqual([]);
  });
});
