import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayHashes, verifyWithBuiltins } from '../src/game/replayHashes';
import { makeSave, SAVE_KEY } from '../src/game/saveGame';
import {
  endTurn,
  goldenSession,
  type Harness,
  idle,
  openPlay,
  SHOTS,
  sessionOn,
  startHarness,
  stillTile,
} from './harness';
import { CLIENT_DIR } from './serveDist';

// Saves that cannot be read, Node/Chromium hash parity, and screenshots for people to look at.

const ROOT = join(CLIENT_DIR, '..', '..');
const GOLDEN = join(ROOT, 'packages', 'engine', 'test', 'golden');

let h: Harness;
const open = (path: string) => h.open(path);

/** Replaces everything in the page's localStorage. */
async function setStorage(page: Page, entries: Record<string, string>): Promise<void> {
  await page.evaluate((e) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, entries);
}

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.stop();
});

describe('saves that cannot be read', () => {
  it('are reported on the title screen, exported as they are, and kept when a new game starts', async () => {
    const good = JSON.stringify(makeSave(sessionOn('training', '4', [])));
    const bad = JSON.parse(good);
    bad.save.grid.width = -1; // the engine's deserializeGame refuses it: $.grid.width
    const broken = JSON.stringify(bad);
    const page = await open('?test');
    await setStorage(page, { [SAVE_KEY]: broken });
    await page.reload();
    await page.waitForSelector('.kept[data-key="denizens.autosave"]');
    const message = await page.textContent('.kept .what');
    expect(message).toMatch(/The autosave cannot be read: the saved game cannot be loaded: \$\.grid\.width: /);
    expect(await page.isDisabled('#continue')).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'unreadable-save-title.png') });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-save')]);
    expect(readFileSync(await download.path(), 'utf8')).toBe(broken);

    await page.click('#new-game');
    await idle(page);
    const stored = await page.evaluate(() => ({
      kept: localStorage.getItem('denizens.save.unreadable.1'),
      autosave: JSON.parse(localStorage.getItem('denizens.autosave') ?? '{}').format,
    }));
    expect(stored.kept).toBe(broken);
    expect(stored.autosave).toBe('denizens-autosave');
    expect(await page.textContent('.log')).toMatch(/kept as "denizens\.save\.unreadable\.1"/);

    // the title lists it; discarding takes two clicks
    await page.click('text=Menu');
    await page.click('#pause-leave');
    await page.waitForSelector('.kept[data-key="denizens.save.unreadable.1"]');
    expect(await page.isDisabled('#continue')).toBe(false);
    await page.click('#discard-kept-1');
    expect(await page.evaluate(() => localStorage.getItem('denizens.save.unreadable.1'))).toBe(broken);
    await page.click('#discard-kept-1');
    await page.waitForFunction(() => localStorage.getItem('denizens.save.unreadable.1') === null);
    expect(await page.locator('.kept').count()).toBe(0);
    await page.close();
    expect(h.problems).toEqual([]);
  });
});

describe('Node and Chromium', () => {
  it('give the same verdicts and the same hashes on every golden replay', async () => {
    const files = readdirSync(GOLDEN).filter((f) => f.endsWith('.replay.json'));
    expect(files.length).toBeGreaterThan(0);
    const texts = files.map((f) => readFileSync(join(GOLDEN, f), 'utf8'));
    const page = await open('?test');
    await page.waitForSelector('#new-game');
    const inBrowser = await page.evaluate(
      (all) => all.map((t) => ({ verdict: window.denizens.verifyReplay(t), hashes: window.denizens.replayHashes(t) })),
      texts,
    );
    for (let i = 0; i < files.length; i++) {
      const file = files[i]!;
      const recorded = JSON.parse(texts[i]!) as { turns: { turn: number; hash: string }[]; result: { hash: string } };
      const node = { verdict: verifyWithBuiltins(texts[i]!), hashes: replayHashes(texts[i]!) };
      expect(node.verdict.status, file).toBe('ok');
      expect(inBrowser[i]!.verdict, file).toEqual(node.verdict);
      if (!node.hashes.ok) throw new Error(`${file}: ${node.hashes.error}`);
      expect(node.hashes.turns, file).toEqual(recorded.turns);
      expect(node.hashes.final, file).toBe(recorded.result.hash);
      expect(inBrowser[i]!.hashes, file).toEqual(node.hashes);
    }
    await page.close();
    expect(h.problems).toEqual([]);
  });
});

describe('what it looks like (screenshots in artifacts/screenshots, for people to look at)', () => {
  it('ruins at the start, and after a strike tears the hull open in dust', async () => {
    const page = await openPlay(h, '?map=ruins&seed=1&test');
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(SHOTS, 'ruins-start.png') });

    // the golden ruins game up to the squad's fourth turn: a strike on the hull lands at its end
    const s = goldenSession('ruins', 1, 4, 'before');
    expect(s.world.header.turn).toBe(4);
    await setStorage(page, { [SAVE_KEY]: JSON.stringify(makeSave(s)) });
    await page.goto(`${h.url}?continue&test`);
    await idle(page);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'ruins-strike-warning.png') });
    await page.keyboard.press('.');
    await page.keyboard.press('.');
    await endTurn(page);
    await page.waitForFunction(() => /A shell lands/.test(document.querySelector('.log')?.textContent ?? ''), null, {
      timeout: 30_000,
    });
    await idle(page);
    await page.waitForTimeout(500);
    expect(await page.textContent('.log')).toMatch(/The hull is torn open/);
    await page.screenshot({ path: join(SHOTS, 'ruins-strike-breach.png') });
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('the ship corridor with its conduits, and the targeting breakdown', async () => {
    const page = await openPlay(h, '?map=ship&seed=7&test');
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(SHOTS, 'ship-corridor.png') });
    await page.click('.card[data-unit="willow"]');
    await page.keyboard.press('2');
    await page.waitForSelector('.hitbadge', { timeout: 10_000 });
    const target = await page.getAttribute('.hitbadge', 'data-target');
    const tpos = await page.evaluate((id) => window.denizens.units().find((u) => u.id === id)!, target!);
    const tp = await stillTile(page, tpos.x, tpos.y); // the camera glides to the target first
    await page.mouse.move(tp.x, tp.y - 10);
    await page.waitForSelector('.tip table.breakdown', { timeout: 5_000 });
    // the lines add up to the percent on the badge
    const sum = await page.$$eval('.tip tr[data-key] td.v', (tds) =>
      tds.reduce((t, td) => t + Number((td.textContent ?? '').replace('−', '-').replace('±', '')), 0),
    );
    expect(`${sum}%`).toBe(await page.textContent(`.hitbadge[data-target="${target}"]`));
    await page.screenshot({ path: join(SHOTS, 'targeting-breakdown.png') });
    await page.close();
    expect(h.problems).toEqual([]);
  });
});
