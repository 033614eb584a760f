import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apply, Faction, unitById, unitsSorted } from '@denizens/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fogEvents } from '../src/game/fogEvents';
import { type Session, sendCommand } from '../src/game/session';
import { squadSight } from '../src/game/squadSight';
import {
  endTurn,
  type Harness,
  idle,
  openPlay,
  openPlaytest,
  openSaved,
  SHOTS,
  sessionOn,
  startHarness,
} from './harness';

// Game feel in the browser: hits with weight.

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

/** A game and a turn whose enemy phase wounds a pilot, found by playing it in Node: the session just before. */
function woundingTurn(): { session: Session; unit: string; name: string; hp: number } {
  for (let seed = 1; seed <= 20; seed++) {
    for (const map of ['ruins', 'ship']) {
      const probe = sessionOn(map, String(seed));
      const played = sessionOn(map, String(seed));
      for (let turn = 1; turn <= 4; turn++) {
        const r = apply(probe.world, { type: 'end_turn' });
        if (!r.ok) break;
        const hit = r.events.find((e) => e.type === 'hit' && unitById(probe.world, e.target) !== undefined);
        const squad = unitsSorted(played.world, Faction.squad).map((e) => played.world.c.Unit.id[e]!);
        if (hit?.type === 'hit' && squad.includes(hit.target)) {
          const name = played.names.get(hit.target)!;
          return { session: played, unit: hit.target, name, hp: hit.hp };
        }
        sendCommand(played, { type: 'end_turn' });
      }
    }
  }
  throw new Error('no enemy phase wounds a pilot in the games tried');
}

describe('hits with weight', () => {
  it('changes the pilot card at the moment of the hit in the enemy phase, with a floating damage number', async () => {
    const { session, unit, name, hp } = woundingTurn();
    const page = await openSaved(h, session, { 'denizens.speed': '0' });
    await page.keyboard.press('Space');
    if (await page.isVisible('.prompt')) await page.keyboard.press('Space');
    // the moment the log tells of the hit, the card already shows it, and the phase is still playing
    const seen = await page.waitForFunction(
      ([who, id]) => {
        const log = document.querySelector('.log')?.textContent ?? '';
        if (!new RegExp(`${who} takes \\d+ damage`).test(log)) return null;
        return {
          card: document.querySelector(`.card[data-unit="${id}"]`)?.getAttribute('aria-label') ?? '',
          busy: window.denizens.busy(),
        };
      },
      [name, unit] as const,
      { timeout: 60_000, polling: 'raf' },
    );
    const at = (await seen.jsonValue())!;
    expect(at.busy).toBe(true);
    expect(at.card).toContain(`${hp} of`);
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(SHOTS, 'hit-damage-number.png') });
    await page.keyboard.press('x');
    await idle(page);
    await page.evaluate(() => localStorage.setItem('denizens.speed', '1'));
    await page.close();
    expect(h.problems).toEqual([]);
  });
});

/** A game and a turn whose enemy phase has a long shot the squad sees (shooter and target far apart): the session before. */
function longShotTurn(): { session: Session; from: { x: number; y: number }; to: { x: number; y: number } } {
  for (let seed = 1; seed <= 30; seed++) {
    for (const map of ['ruins', 'ship']) {
      const played = sessionOn(map, String(seed));
      for (let turn = 1; turn <= 5; turn++) {
        const probe = sessionOn(map, String(seed));
        for (const c of played.commands) sendCommand(probe, c);
        const start = squadSight(probe.world, () => probe.world);
        const r = sendCommand(probe, { type: 'end_turn' });
        if (!r.ok || probe.world.header.outcome !== 'ongoing') break;
        const shot = fogEvents(r.events, start).find(
          (e) => e.type === 'shot' && Math.max(Math.abs(e.from.x - e.to.x), Math.abs(e.from.y - e.to.y)) >= 7,
        );
        if (shot?.type === 'shot') return { session: played, from: shot.from, to: shot.to };
        sendCommand(played, { type: 'end_turn' });
      }
    }
  }
  throw new Error('no enemy phase has a long shot the squad sees in the games tried');
}

describe('the camera', () => {
  it('frames shooter and target together for a shot, even zoomed in, and comes back to the squad after', async () => {
    const { session, from, to } = longShotTurn();
    const page = await openSaved(h, session, { 'denizens.speed': '0' });
    for (let i = 0; i < 8; i++) await page.keyboard.press('+'); // as close as the zoom goes: no long shot fits
    const inView = ([a, b]: { x: number; y: number }[]) => {
      const w = window.innerWidth;
      const ht = window.innerHeight;
      return [a!, b!].every((t) => {
        const p = window.denizens.tileToClient(t.x, t.y)!;
        return p.x > 0.15 * w && p.x < 0.85 * w && p.y > 0.15 * ht && p.y < 0.9 * ht;
      });
    };
    expect(await page.evaluate(inView, [from, to])).toBe(false);
    await endTurn(page);
    // while the enemy phase plays, there is a moment both ends of the shot are in the middle of the screen
    await page.waitForFunction(
      ([a, b]) => {
        if (!window.denizens.busy()) return false;
        const w = window.innerWidth;
        const ht = window.innerHeight;
        return [a!, b!].every((t) => {
          const p = window.denizens.tileToClient(t.x, t.y)!;
          return p.x > 0.15 * w && p.x < 0.85 * w && p.y > 0.15 * ht && p.y < 0.9 * ht;
        });
      },
      [from, to],
      { timeout: 60_000, polling: 'raf' },
    );
    await page.screenshot({ path: join(SHOTS, 'shot-framed.png') });
    await page.keyboard.press('x');
    await idle(page);
    // the squad's turn: the camera is back on the selected pilot at the player's zoom
    await page.waitForFunction(
      () => {
        const id = window.denizens.selected();
        const u = window.denizens.units().find((v) => v.id === id);
        if (!u) return false;
        const p = window.denizens.tileToClient(u.x, u.y)!;
        return Math.abs(p.x - window.innerWidth / 2) < 40 && Math.abs(p.y - window.innerHeight / 2) < 40;
      },
      null,
      { timeout: 10_000 },
    );
    await page.evaluate(() => localStorage.setItem('denizens.speed', '1'));
    await page.close();
    expect(h.problems).toEqual([]);
  });
});

describe('the mission on screen', () => {
  it('shows the objective in the top bar and marks its tiles on the map', async () => {
    const page = await openPlay(h, '?map=ship&seed=1&test');
    const line = (await page.textContent('.topbar .objective')) ?? '';
    expect(line).toMatch(/^◎ (Open the cell|Reach the cell|Get)/);
    await page.screenshot({ path: join(SHOTS, 'ship-objective.png') });
    await page.close();
    const ruins = await openPlay(h, '?map=ruins&seed=1&test');
    expect((await ruins.textContent('.topbar .objective')) ?? '').toMatch(/^◎ /);
    await ruins.close();
    expect(h.problems).toEqual([]);
  });
});

/** A ship (hull H, deck _) the squad must get into through one breach that seals after the first turn. */
const SEALED_SHIP = {
  format: 'denizens-map',
  version: 1,
  id: 'sealed',
  name: 'Sealed ship',
  width: 7,
  height: 6,
  terrain: ['.......', 'HHHHHHH', 'H_____H', 'HHHHHHH', '.......', '.......'],
  squad: [
    { id: 'willow', name: 'Willow', hp: 6, aim: 70, mobility: 5, weapon: 'thompson', x: 1, y: 4 },
    { id: 'faith', name: 'Faith', hp: 6, aim: 70, mobility: 5, weapon: 'thompson', x: 5, y: 5 },
  ],
  objective: { kind: 'reach', tiles: [{ x: 3, y: 2 }] },
  breaches: [{ x: 3, y: 3, sealsIn: 1 }],
  turnLimit: 4,
};

describe('a mission that can no longer be won', () => {
  it('warns once the breach seals, ends the mission on request, and the end screen, log and top bar agree on the turn', async () => {
    const page = await openPlaytest(h, SEALED_SHIP);
    expect(await page.isVisible('.topbar .lost')).toBe(false);
    await endTurn(page);
    // the hull seals in the environment phase: the squad is shut out, and the screen says so and offers the end
    await page.waitForSelector('.prompt >> text=End the mission?', { timeout: 60_000 });
    expect(await page.textContent('.topbar .lost')).toMatch(/No pilot can get to the marked ground any more/);
    expect(await page.textContent('.prompt')).toMatch(/The 3 turns left pass at once and the game ends on turn 4/);
    await page.screenshot({ path: join(SHOTS, 'objective-lost.png') });
    // Esc keeps playing; the top bar's button asks again; Enter says yes
    await page.keyboard.press('Escape');
    expect(await page.isVisible('.prompt')).toBe(false);
    await page.click('.topbar .lost button');
    await page.waitForSelector('.prompt >> text=End the mission?');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.denizens.screen === 'end', null, { timeout: 60_000 });
    expect(await page.evaluate(() => [window.denizens.outcome(), window.denizens.turn()])).toEqual(['defeat', 5]);
    // the engine's header has moved past the last turn; every view says the turn the game ended on
    expect(await page.textContent('.screen h2')).toMatch(/lost on turn 4/);
    expect(await page.textContent('.topbar')).toMatch(/Turn 4(?!\d)/);
    const log = (await page.textContent('.log')) ?? '';
    expect(log).toMatch(/turn 4/i);
    expect(log).not.toMatch(/turn 5/i);
    await page.close();
    expect(h.problems).toEqual([]);
  });
});

describe('the board', () => {
  it('draws each pilot as themselves (screenshot, zoomed in on the squad)', async () => {
    const page = await openPlay(h, '?map=training&seed=1&test');
    // in the open at the start: nobody is drawn as an outline
    expect((await page.evaluate(() => window.denizens.units())).filter((u) => u.outlined)).toEqual([]);
    for (let i = 0; i < 4; i++) await page.keyboard.press('+');
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(SHOTS, 'pilots.png') });
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('draws a unit that a wall hides as an outline over the wall', async () => {
    const page = await openPlay(h, '?map=ruins&seed=1&test');
    type U = Awaited<ReturnType<typeof window.denizens.units>>[number];
    let outlined: U | undefined;
    for (let turn = 0; turn < 4 && !outlined; turn++) {
      await endTurn(page);
      await page.keyboard.press('x');
      await idle(page);
      outlined = (await page.evaluate(() => window.denizens.units())).find((u) => u.visible && u.outlined);
    }
    expect(outlined, 'a unit in sight behind a wall in the first turns of ruins seed 1').toBeDefined();
    const at = (await page.evaluate(([x, y]) => window.denizens.tileToClient(x!, y!), [outlined!.x, outlined!.y]))!;
    // centre on it: drag the map so the tile comes to the middle
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(640, 400, { steps: 8 });
    await page.mouse.up();
    // the pointer away from it (the hovered tile's walls are cut away) and closer in
    await page.mouse.move(1100, 600);
    for (let i = 0; i < 3; i++) await page.keyboard.press('+');
    await page.waitForTimeout(400);
    expect(await page.evaluate((id) => window.denizens.units().find((u) => u.id === id)?.outlined, outlined!.id)).toBe(
      true,
    );
    await page.screenshot({ path: join(SHOTS, 'outline-behind-wall.png') });
    await page.close();
    expect(h.problems).toEqual([]);
  });
});

/** Three walls under a shell that lands at the end of turn 1 and brings them all down; two pilots south of it. */
const SHELLED_YARD = {
  format: 'denizens-map',
  version: 1,
  id: 'shelled',
  name: 'Shelled yard',
  width: 9,
  height: 7,
  terrain: ['.........', '...#.#...', '....#....', '.........', '.........', '.........', '.........'],
  squad: [
    { id: 'willow', name: 'Willow', hp: 6, aim: 70, mobility: 5, weapon: 'thompson', x: 1, y: 5 },
    { id: 'faith', name: 'Faith', hp: 6, aim: 70, mobility: 5, weapon: 'thompson', x: 7, y: 6 },
  ],
  objective: { kind: 'reach', tiles: [{ x: 8, y: 0 }] },
  strikes: [{ turn: 1, x: 4, y: 1, radius: 1, damage: 6 }],
  turnLimit: 6,
};

describe('bombardment that reads', () => {
  it('warns of the strike in the move preview, drops the walls one by one, and leaves the crater', async () => {
    const page = await openPlaytest(h, SHELLED_YARD);
    expect(await page.evaluate(() => window.denizens.strikeMarks())).toBe(0);
    // the pointer on a tile in the blast: the move preview says a shell lands there
    const hover = async (x: number, y: number) => {
      const p = (await page.evaluate(([a, b]) => window.denizens.tileToClient(a!, b!), [x, y]))!;
      await page.mouse.move(p.x, p.y);
      await page.waitForSelector('.tip', { state: 'visible' });
      return (await page.textContent('.tip')) ?? '';
    };
    expect(await hover(3, 2)).toMatch(/In the strike area: a shell lands here at the end of this turn \(6 damage/);
    await page.screenshot({ path: join(SHOTS, 'strike-preview.png') });
    expect(await hover(1, 3)).not.toMatch(/strike area/);
    // slow and close, to catch a wall in its fall
    await page.mouse.move(1200, 650);
    await page.keyboard.press(',');
    for (let i = 0; i < 3; i++) await page.keyboard.press('+');
    await endTurn(page);
    await page.waitForFunction(
      () => /A wall collapses at/.test(document.querySelector('.log')?.textContent ?? ''),
      null,
      {
        timeout: 60_000,
        polling: 'raf',
      },
    );
    // frames until the next wall's turn: the middle one shows this wall falling
    const frames: Buffer[] = [];
    const logText = () => page.evaluate(() => document.querySelector('.log')?.textContent ?? '');
    while (!/A wall collapses at 4,2/.test(await logText()) && frames.length < 40) {
      frames.push(await page.screenshot());
      await page.waitForTimeout(150);
    }
    expect(frames.length).toBeGreaterThan(1);
    writeFileSync(join(SHOTS, 'collapse-mid-fall.png'), frames[Math.floor(frames.length / 2)]!);
    await page.keyboard.press('x');
    await idle(page);
    const log = (await page.textContent('.log')) ?? '';
    expect(log.match(/A wall collapses at/g)).toHaveLength(3);
    expect(await page.evaluate(() => window.denizens.strikeMarks())).toBe(1);
    await endTurn(page);
    await page.keyboard.press('x');
    await idle(page);
    expect(await page.evaluate(() => window.denizens.strikeMarks())).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'crater-after.png') });
    await page.keyboard.press('.');
    await page.close();
    expect(h.problems).toEqual([]);
  });
});

describe('map labels and the panels', () => {
  it('a strike warning panned under the log goes under it: the log stays readable (screenshot)', async () => {
    const page = await openPlaytest(h, SHELLED_YARD);
    await page.setViewportSize({ width: 800, height: 600 });
    await page.waitForSelector('.maplabel.strike');
    // pan until the label and the log overlap (the map moves down-left: the label goes up and right)
    const overlap = () =>
      page.evaluate(() => {
        const a = document.querySelector('.maplabel.strike')!.getBoundingClientRect();
        const b = document.querySelector('.log')!.getBoundingClientRect();
        const x = Math.max(a.left, b.left);
        const y = Math.max(a.top, b.top);
        const w = Math.min(a.right, b.right) - x;
        const ht = Math.min(a.bottom, b.bottom) - y;
        return w > 4 && ht > 4 ? { x: x + w / 2, y: y + ht / 2 } : null;
      });
    let at = await overlap();
    for (let i = 0; i < 40 && !at; i++) {
      await page.keyboard.down(i % 3 === 0 ? 'ArrowDown' : 'ArrowLeft');
      await page.waitForTimeout(120);
      await page.keyboard.up(i % 3 === 0 ? 'ArrowDown' : 'ArrowLeft');
      at = await overlap();
    }
    expect(at).not.toBeNull();
    // which is painted on top: hit-testing follows the paint order once the label takes the pointer too
    const top = await page.evaluate(({ x, y }) => {
      for (const l of document.querySelectorAll<HTMLElement>('.maplabel')) l.style.pointerEvents = 'auto';
      return document.elementFromPoint(x, y)?.closest('.log, .maplabel')?.className;
    }, at!);
    await page.screenshot({ path: join(SHOTS, 'label-under-log.png') });
    expect(top).toMatch(/\blog\b/);
    await page.close();
    expect(h.problems).toEqual([]);
  });
});

/** Willow (2 HP) stands where a shell lands at the end of turn 1; Faith and Buffy are clear of it. */
const FATAL_SHELL = {
  format: 'denizens-map',
  version: 1,
  id: 'fatal',
  name: 'Fatal shell',
  width: 8,
  height: 6,
  terrain: ['........', '........', '........', '........', '........', '........'],
  squad: [
    { id: 'faith', name: 'Faith', hp: 6, aim: 70, mobility: 5, weapon: 'thompson', x: 0, y: 5 },
    { id: 'willow', name: 'Willow', hp: 2, aim: 70, mobility: 5, weapon: 'thompson', x: 5, y: 1 },
    { id: 'buffy', name: 'Buffy', hp: 6, aim: 70, mobility: 5, weapon: 'thompson', x: 1, y: 5 },
  ],
  objective: { kind: 'reach', tiles: [{ x: 7, y: 5 }] },
  strikes: [{ turn: 1, x: 5, y: 1, radius: 1, damage: 6 }],
  turnLimit: 6,
};

describe('the fallen', () => {
  it('keep their card in the squad list, struck through and greyed, and cannot be selected (screenshot at 800×600)', async () => {
    const page = await openPlaytest(h, FATAL_SHELL);
    await page.setViewportSize({ width: 800, height: 600 });
    await endTurn(page);
    await page.keyboard.press('x');
    await idle(page);
    expect(await page.evaluate(() => window.denizens.units().map((u) => u.id))).not.toContain('willow');
    expect(await page.textContent('.log')).toMatch(/Willow is down/);
    const cards = await page.$$eval('.cardlist .card', (list) =>
      list.map((c) => ({
        id: c.getAttribute('data-unit'),
        fallen: c.classList.contains('fallen'),
        label: c.getAttribute('aria-label'),
        line: getComputedStyle(c.querySelector('.name')!).textDecorationLine,
        tab: c.getAttribute('tabindex'),
      })),
    );
    expect(cards.map((c) => c.id)).toEqual(['faith', 'willow', 'buffy']);
    expect(cards[1]).toMatchObject({ fallen: true, label: 'Willow, fallen', line: 'line-through', tab: null });
    expect(cards[0]).toMatchObject({ fallen: false, line: 'none' });
    // greyed: her name is dimmer than a living pilot's
    const grey = await page.$$eval('.cardlist .card .name', (names) =>
      names.map((n) =>
        getComputedStyle(n)
          .color.match(/\d+/g)!
          .slice(0, 3)
          .map(Number)
          .reduce((a, b) => a + b),
      ),
    );
    expect(grey[1]).toBeLessThan(grey[0]! - 60);
    // a click on her card selects no one new; Tab goes round the living only
    await page.click('.card[data-unit="faith"]');
    await page.click('.card[data-unit="willow"]');
    expect(await page.evaluate(() => window.denizens.selected())).toBe('faith');
    await page.mouse.move(780, 300);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => window.denizens.selected())).toBe('buffy');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => window.denizens.selected())).toBe('faith');
    await page.screenshot({ path: join(SHOTS, 'squad-fallen-800x600.png') });
    await page.close();
    expect(h.problems).toEqual([]);
  });
});
