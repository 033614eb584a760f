import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MAP_ID } from '@denizens/maps';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endTurn, type Harness, idle, openPlay, SHOTS, startHarness, stillTile } from './harness';

let h: Harness;
const open = (path: string) => h.open(path);

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.stop();
});

describe('the browser client', () => {
  it('plays a turn from the title screen and continues after a reload with the same world hash', async () => {
    const page = await open('?test');
    await page.waitForSelector('#new-game');
    expect(await page.inputValue('#map-select')).toBe(DEFAULT_MAP_ID);
    await page.screenshot({ path: join(SHOTS, 'title.png') });
    await page.selectOption('#map-select', 'ship');
    await page.fill('#seed-input', '7');
    await page.click('#new-game');
    await idle(page);
    expect(await page.evaluate(() => window.denizens.turn())).toBe(1);

    // select a unit with Tab
    const first = await page.evaluate(() => window.denizens.selected());
    await page.keyboard.press('Tab');
    const second = await page.evaluate(() => window.denizens.selected());
    expect(second).not.toBe(first);

    // move it: hover shows the path and cost, a click sends the move
    const start = await page.evaluate(() => window.denizens.units().find((u) => u.id === window.denizens.selected())!);
    let moved = false;
    for (const [dx, dy] of [
      [1, 0],
      [0, 1],
      [-1, 0],
      [0, -1],
      [1, 1],
      [2, 0],
      [0, 2],
    ] as const) {
      const p = await page.evaluate(([x, y]) => window.denizens.tileToClient(x, y), [
        start.x + dx,
        start.y + dy,
      ] as const);
      if (!p) continue;
      await page.mouse.move(p.x, p.y);
      await page.mouse.click(p.x, p.y);
      await idle(page);
      if ((await page.evaluate(() => window.denizens.commands())) === 1) {
        moved = true;
        break;
      }
    }
    expect(moved).toBe(true);
    const after = await page.evaluate((id) => window.denizens.units().find((u) => u.id === id)!, start.id);
    expect([after.x, after.y]).not.toEqual([start.x, start.y]);
    expect(after.ap).toBe(1);

    // shoot: pick a pilot who sees an enemy; targeting shows hit chances with a breakdown
    await page.click('.card[data-unit="willow"]');
    await page.keyboard.press('2');
    await page.waitForSelector('.hitbadge', { timeout: 10_000 });
    const badge = await page.textContent('.hitbadge');
    expect(badge).toMatch(/^\d+%$/);
    const target = await page.getAttribute('.hitbadge', 'data-target');
    const tpos = await page.evaluate((id) => window.denizens.units().find((u) => u.id === id)!, target!);
    const tp = await stillTile(page, tpos.x, tpos.y); // the camera glides to the target first
    await page.mouse.move(tp.x, tp.y - 10);
    await page.waitForSelector('.tip table td', { timeout: 5_000 });
    await page.screenshot({ path: join(SHOTS, 'ship-targeting.png') });
    await page.keyboard.press('Enter');
    await idle(page);
    expect(await page.evaluate(() => window.denizens.commands())).toBe(2);
    expect(await page.textContent('.log')).toMatch(/Willow fires at LGF/);

    // end the turn and watch the enemy and environment phases animate
    await endTurn(page);
    await page.waitForFunction(() => window.denizens.busy(), null, { timeout: 5_000 });
    await page.waitForTimeout(700);
    await page.screenshot({ path: join(SHOTS, 'ship-enemy-turn.png') });
    await page.keyboard.press('x'); // skip the rest of the animations
    await idle(page);
    expect(await page.evaluate(() => window.denizens.turn())).toBe(2);
    expect(await page.textContent('.log')).toMatch(/LGF phase/);

    // reload: continue from the autosave lands on the very same world
    const hash = await page.evaluate(() => window.denizens.hash());
    const commands = await page.evaluate(() => window.denizens.commands());
    const fog = await page.evaluate(() => window.denizens.fog());
    await page.reload();
    await page.waitForSelector('#continue:not([disabled])');
    await page.click('#continue');
    await idle(page);
    expect(await page.evaluate(() => window.denizens.hash())).toBe(hash);
    expect(await page.evaluate(() => window.denizens.commands())).toBe(commands);
    expect(await page.evaluate(() => window.denizens.fog())).toEqual(fog);
    // the log survives the reload: rebuilt from the command log, then the line that says so
    const log = (await page.textContent('.log')) ?? '';
    expect(log).toMatch(/Willow fires at LGF trooper/);
    expect(log).toMatch(/LGF phase[\s\S]*Continued at turn 2\./);
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('remembers the explored map after a reload and Continue (the same tiles in sight and dimmed)', async () => {
    const page = await openPlay(h, '?map=ruins&seed=1&test');
    const fresh = await page.evaluate(() => window.denizens.fog()!);
    expect(fresh.remembered).toBe(0);
    // walk the selected pilot east twice, then end the turn: what it saw on the way stays explored
    for (let i = 0; i < 2; i++) {
      for (const key of ['d', 'd', 'd', 'f']) await page.keyboard.press(key);
      await idle(page);
    }
    expect(await page.evaluate(() => window.denizens.commands())).toBe(2);
    await endTurn(page);
    await page.waitForTimeout(200);
    await page.keyboard.press('x');
    await idle(page);
    const fog = await page.evaluate(() => window.denizens.fog()!);
    expect(fog.remembered).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'ruins-explored.png') });
    await page.goto(`${h.url}?test`); // a fresh page load on the title screen (the query above starts a new game)
    await page.waitForSelector('#continue:not([disabled])');
    await page.click('#continue');
    await idle(page);
    // pan east, over where the pilot walked: the explored ruins show dimmed, not black
    await page.keyboard.down('ArrowRight');
    await page.waitForTimeout(500);
    await page.keyboard.up('ArrowRight');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'ruins-continued.png') });
    expect(await page.evaluate(() => window.denizens.fog())).toEqual(fog);
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('undoes a move while no dice were rolled, with the keyboard only', async () => {
    const page = await openPlay(h, '?map=training&seed=3&test');
    const before = await page.evaluate(() => window.denizens.hash());
    const u = await page.evaluate(() => window.denizens.units().find((x) => x.id === window.denizens.selected())!);
    // keyboard cursor: W/A/S/D moves it, F confirms
    await page.keyboard.press('d');
    await page.keyboard.press('d');
    await page.keyboard.press('f');
    await idle(page);
    const moved = await page.evaluate((id) => window.denizens.units().find((x) => x.id === id)!, u.id);
    expect([moved.x, moved.y]).toEqual([u.x + 2, u.y]);
    await page.keyboard.press('u');
    await idle(page);
    expect(await page.evaluate(() => window.denizens.hash())).toBe(before);
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('exports a replay and plays it back verified from the title screen', async () => {
    const page = await openPlay(h, '?map=training&seed=5&test');
    await page.keyboard.press('d');
    await page.keyboard.press('w');
    await page.keyboard.press('f');
    await idle(page);
    await endTurn(page);
    await page.waitForTimeout(200);
    await page.keyboard.press('x');
    await idle(page);
    const hash = await page.evaluate(() => window.denizens.hash());
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Replay')]);
    const file = await download.path();
    const replay = JSON.parse(readFileSync(file, 'utf8'));
    expect(replay.format).toBe('denizens-replay');
    expect(replay.result.hash).toBe(hash);
    await page.click('text=Menu');
    await page.click('#pause-leave');
    await page.waitForSelector('#load-replay');
    await page.setInputFiles('#replay-file', file);
    // the replay opens in the viewer, checked: played to its end it reaches the very state exported
    await page.waitForFunction(() => window.denizens.screen === 'viewer', null, { timeout: 10_000 });
    expect(await page.evaluate(() => window.denizens.viewer()!.divergedAt)).toBeNull();
    await page.keyboard.press('End');
    expect(await page.evaluate(() => window.denizens.viewer()!.hash)).toBe(hash);
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('draws the ruins and the ship interior (screenshots for people to look at)', async () => {
    for (const map of ['ruins', 'ship'] as const) {
      const page = await openPlay(h, `?map=${map}&seed=1&test`);
      await page.waitForTimeout(600);
      const u = await page.evaluate(() => window.denizens.units().find((x) => x.id === window.denizens.selected())!);
      const p = await page.evaluate(([x, y]) => window.denizens.tileToClient(x, y)!, [u.x + 2, u.y - 1] as const);
      await page.mouse.move(p.x, p.y);
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(SHOTS, `${map}.png`) });
      await page.close();
    }
    expect(h.problems).toEqual([]);
  });

  it('asks before ending a turn with actions left, never ends it on Enter, and moves on to the next pilot', async () => {
    const page = await openPlay(h, '?map=training&seed=3&test');
    // Enter with nothing aimed does nothing
    await page.keyboard.press('Enter');
    expect(await page.isVisible('.prompt')).toBe(false);
    expect(await page.evaluate(() => window.denizens.commands())).toBe(0);
    // Space asks; Escape keeps playing
    await page.keyboard.press('Space');
    await page.waitForSelector('.prompt', { state: 'visible' });
    expect(await page.textContent('.prompt')).toMatch(/can still act\. End the turn\?/);
    await page.screenshot({ path: join(SHOTS, 'end-turn-prompt.png') });
    await page.keyboard.press('Escape');
    await page.waitForSelector('.prompt', { state: 'hidden' });
    expect(await page.evaluate(() => window.denizens.commands())).toBe(0);
    // a pilot's last action: the next pilot who can act is selected
    const first = await page.evaluate(() => window.denizens.selected());
    await page.keyboard.press('o');
    await idle(page);
    expect(await page.evaluate(() => window.denizens.commands())).toBe(1);
    const next = await page.evaluate(() => window.denizens.selected());
    expect(next).not.toBe(first);
    expect(await page.evaluate((id) => window.denizens.units().find((u) => u.id === id)!.ap, next)).toBe(2);
    // the End turn button asks too; its "End turn" answer ends it
    await page.click('.actionbar .end');
    await page.click('.prompt [data-answer="yes"]');
    await page.waitForFunction(() => window.denizens.turn() === 2 && !window.denizens.busy(), null, {
      timeout: 30_000,
    });
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('fires the sidearm as an action of its own, saying which weapon the odds are for', async () => {
    const page = await openPlay(h, '?map=ship&seed=7&test');
    await page.click('.card[data-unit="willow"]');
    await page.keyboard.press('q');
    await page.waitForSelector('.hitbadge', { timeout: 10_000 });
    const target = await page.getAttribute('.hitbadge', 'data-target');
    const tpos = await page.evaluate((id) => window.denizens.units().find((u) => u.id === id)!, target!);
    const tp = await stillTile(page, tpos.x, tpos.y); // the camera glides to the target first
    await page.mouse.move(tp.x, tp.y - 10);
    await page.waitForSelector('.tip table td', { timeout: 5_000 });
    expect(await page.textContent('.tip')).toMatch(/with the sidearm, the Webley revolver/);
    await page.screenshot({ path: join(SHOTS, 'ship-sidearm.png') });
    await page.keyboard.press('Enter');
    await idle(page);
    expect(await page.evaluate(() => window.denizens.commands())).toBe(1);
    expect(await page.textContent('.log')).toMatch(/Willow fires at/);
    // the Thompson was not fired: still 4 rounds on Willow's card
    expect(await page.textContent('.card[data-unit="willow"]')).toMatch(/Thompson 4\/4/);
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('HUD: the selected pilot stands out, tooltips let the pointer through, the log and cards fold', async () => {
    const page = await openPlay(h, '?map=training&seed=3&test');
    const sel = await page.evaluate(() => window.denizens.selected());
    const style = await page.$eval(`.card[data-unit="${sel}"]`, (e) => getComputedStyle(e).borderLeftColor);
    const other = await page.$eval('.card:not(.selected)', (e) => getComputedStyle(e).borderLeftColor);
    expect(style).toBe('rgb(240, 228, 66)');
    expect(other).not.toBe(style);
    // hover a tile: the tooltip shows and lets the pointer through
    const u = await page.evaluate(() => window.denizens.units().find((x) => x.id === window.denizens.selected())!);
    const p = await page.evaluate(([x, y]) => window.denizens.tileToClient(x, y)!, [u.x + 1, u.y] as const);
    await page.mouse.move(p.x, p.y);
    await page.waitForSelector('.tip', { state: 'visible' });
    expect(await page.$eval('.tip', (e) => getComputedStyle(e).pointerEvents)).toBe('none');
    // the log and the cards fold to their headers and back
    await page.click('.log .fold');
    expect(await page.isVisible('.log .lines')).toBe(false);
    await page.click('.cards .fold');
    expect(await page.isVisible('.cardlist')).toBe(false);
    await page.screenshot({ path: join(SHOTS, 'hud-folded.png') });
    await page.click('.log .fold');
    await page.click('.cards .fold');
    expect(await page.isVisible('.log .lines')).toBe(true);
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('HUD fits 800×600 at the largest text size: no panel off screen, none over another', async () => {
    const page = await open('?map=ruins&seed=1&test');
    await page.setViewportSize({ width: 800, height: 600 });
    await idle(page);
    for (let i = 0; i < 8; i++) await page.keyboard.press(']');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.style.fontSize)).toBe('26px');
    const boxes = await page.evaluate(() =>
      Object.fromEntries(
        ['.topbar', '.cards', '.log', '.actionbar'].map((sel) => {
          const r = document.querySelector(sel)!.getBoundingClientRect();
          return [sel, { left: r.left, top: r.top, right: r.right, bottom: r.bottom }];
        }),
      ),
    );
    await page.screenshot({ path: join(SHOTS, 'hud-800x600-large-text.png') });
    for (const [sel, b] of Object.entries(boxes)) {
      expect(b.left, sel).toBeGreaterThanOrEqual(0);
      expect(b.top, sel).toBeGreaterThanOrEqual(0);
      expect(b.right, sel).toBeLessThanOrEqual(800);
      expect(b.bottom, sel).toBeLessThanOrEqual(600);
    }
    const apart = (a: string, b: string) =>
      boxes[a]!.right <= boxes[b]!.left ||
      boxes[b]!.right <= boxes[a]!.left ||
      boxes[a]!.bottom <= boxes[b]!.top ||
      boxes[b]!.bottom <= boxes[a]!.top;
    for (const [a, b] of [
      ['.topbar', '.cards'],
      ['.topbar', '.log'],
      ['.cards', '.log'],
      ['.cards', '.actionbar'],
      ['.log', '.actionbar'],
    ] as const)
      expect(apart(a, b), `${a} and ${b} overlap: ${JSON.stringify([boxes[a], boxes[b]])}`).toBe(true);
    for (let i = 0; i < 5; i++) await page.keyboard.press('['); // back to 16px for the tests after
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('at 800×600 with the largest text the side panels start folded, leaving the map to play on; they unfold by hand', async () => {
    const page = await openPlay(h, '?map=ship&seed=1&test');
    await page.setViewportSize({ width: 800, height: 600 });
    await page.evaluate(() => localStorage.setItem('denizens.textSize', '26'));
    await page.reload();
    await idle(page);
    await page.waitForTimeout(300);
    const expanded = () => page.$$eval('#ui .fold', (b) => b.map((x) => x.getAttribute('aria-expanded')));
    expect(await expanded()).toEqual(['false', 'false']);
    // the map between the top bar and the action bar is free to click: a pilot next to the selected one
    const free = await page.evaluate(() => {
      const top = document.querySelector('.topbar')!.getBoundingClientRect().bottom;
      const bottom = document.querySelector('.actionbar')!.getBoundingClientRect().top;
      let onMap = 0;
      let all = 0;
      for (let y = top + 40; y < bottom - 10; y += 20)
        for (let x = 10; x < innerWidth - 10; x += 20) {
          all++;
          if (document.elementFromPoint(x, y)?.tagName === 'CANVAS') onMap++;
        }
      return onMap / all;
    });
    await page.screenshot({ path: join(SHOTS, 'hud-800x600-large-text-folded.png') });
    expect(free).toBeGreaterThan(0.75);
    await page.click('.log .fold');
    expect(await expanded()).toEqual(['false', 'true']);
    await page.keyboard.press('Space');
    if (await page.isVisible('.prompt')) await page.keyboard.press('Escape');
    expect(await expanded()).toEqual(['false', 'true']);
    // back to the default text: not cramped, both unfold
    await page.evaluate(() => localStorage.removeItem('denizens.textSize'));
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.reload();
    await idle(page);
    expect(await expanded()).toEqual(['true', 'true']);
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('lists every key in a help overlay on ?', async () => {
    const page = await openPlay(h, '?map=training&seed=3&test');
    expect(await page.isVisible('.help')).toBe(false);
    await page.keyboard.press('?');
    await page.waitForSelector('.help', { state: 'visible' });
    const text = (await page.textContent('.help')) ?? '';
    for (const k of ['Space', 'Enter', 'Tab', 'Esc', 'X', 'Q', 'U']) expect(text).toContain(k);
    await page.screenshot({ path: join(SHOTS, 'help-overlay.png') });
    // nothing is drawn over it: the sound setting steps aside while it is open, at 800×600 with large text too
    const covered = () =>
      page.evaluate(() => {
        const r = document.querySelector('.help')!.getBoundingClientRect();
        const out: string[] = [];
        for (let y = r.top + 4; y < r.bottom - 4; y += 12)
          for (let x = r.left + 4; x < r.right - 4; x += 12) {
            const e = document.elementFromPoint(x, y);
            if (e && !e.closest('.help')) out.push(e.className || e.tagName);
          }
        return [...new Set(out)];
      });
    expect(await covered()).toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.help', { state: 'hidden' });
    expect(await page.isVisible('.sound-control')).toBe(true);
    await page.setViewportSize({ width: 800, height: 600 });
    await page.evaluate(() => localStorage.setItem('denizens.textSize', '26'));
    await page.reload();
    await idle(page);
    await page.keyboard.press('?');
    await page.waitForSelector('.help', { state: 'visible' });
    expect(await covered()).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'help-overlay-800x600-large-text.png') });
    await page.evaluate(() => localStorage.removeItem('denizens.textSize'));
    await page.close();
    expect(h.problems).toEqual([]);
  });
  it('a game opened by a link (?map=&seed=) goes on after a reload, not started again over its own autosave', async () => {
    const page = await openPlay(h, '?map=training&seed=3&test');
    // the address no longer starts a game: it continues the one just started (other parameters kept)
    const search = await page.evaluate(() => location.search);
    expect(search).not.toMatch(/map=|seed=/);
    expect(search).toMatch(/(^\?|&)continue(&|$)/);
    expect(search).toMatch(/(^\?|&)test(&|$)/);
    await endTurn(page);
    await idle(page);
    expect(await page.evaluate(() => window.denizens.turn())).toBe(2);
    const hash = await page.evaluate(() => window.denizens.hash());
    const commands = await page.evaluate(() => window.denizens.commands());
    await page.reload();
    await idle(page);
    expect(await page.evaluate(() => window.denizens.turn())).toBe(2);
    expect(await page.evaluate(() => window.denizens.hash())).toBe(hash);
    expect(await page.evaluate(() => window.denizens.commands())).toBe(commands);
    await page.close();
    expect(h.problems).toEqual([]);
  });
});
