import { join } from 'node:path';
import { apply, Faction, unitById, unitsSorted } from '@denizens/engine';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinMap } from '../src/game/loadMap';
import { makeSave, SAVE_KEY } from '../src/game/saveGame';
import { createSession, type Session, sendCommand } from '../src/game/session';
import { type Harness, SHOTS, startHarness } from './harness';

// Game feel in the browser: hits with weight.

let h: Harness;
const idle = (page: Page) =>
  page.waitForFunction(() => window.denizens?.screen === 'play' && !window.denizens.busy(), null, { timeout: 30_000 });

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

function newSession(map: string, seed: string): Session {
  const m = loadBuiltinMap(map);
  if (!m.ok) throw new Error(m.error);
  return createSession(m.map, seed, map);
}

/** A game and a turn whose enemy phase wounds a pilot, found by playing it in Node: the session just before. */
function woundingTurn(): { session: Session; unit: string; name: string; hp: number } {
  for (let seed = 1; seed <= 20; seed++) {
    for (const map of ['ruins', 'ship']) {
      const probe = newSession(map, String(seed));
      const played = newSession(map, String(seed));
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
    const page = await h.open('?test');
    await page.waitForSelector('#new-game');
    await page.evaluate(
      ([k, v]) => {
        localStorage.setItem(k!, v!);
        localStorage.setItem('denizens.speed', '0');
      },
      [SAVE_KEY, JSON.stringify(makeSave(session))],
    );
    await page.goto(`${h.url}?continue&test`);
    await idle(page);
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

describe('the mission on screen', () => {
  it('shows the objective in the top bar and marks its tiles on the map', async () => {
    const page = await h.open('?map=ship&seed=1&test');
    await idle(page);
    const line = (await page.textContent('.topbar .objective')) ?? '';
    expect(line).toMatch(/^◎ (Open the cell|Reach the cell|Get)/);
    await page.screenshot({ path: join(SHOTS, 'ship-objective.png') });
    await page.close();
    const ruins = await h.open('?map=ruins&seed=1&test');
    await idle(ruins);
    expect((await ruins.textContent('.topbar .objective')) ?? '').toMatch(/^◎ /);
    await ruins.close();
    expect(h.problems).toEqual([]);
  });
});
