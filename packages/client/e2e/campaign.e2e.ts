import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILTIN_MAPS } from '@denizens/maps';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endTurn, type Harness, idle, SHOTS, startHarness } from './harness';

let h: Harness;
const TMP = mkdtempSync(join(tmpdir(), 'denizens-campaign-e2e-'));

/** The squad rows of the briefing on screen: id → "hp/max". */
const briefingSquad = (page: Page) =>
  page.$$eval('#briefing table.squad tr[data-pilot]:not(.fallen)', (rows) =>
    rows.map((r) => [
      r.getAttribute('data-pilot'),
      r.querySelector('td.hp')?.textContent?.replace(/^.*?(\d+\/\d+)$/, '$1'),
    ]),
  );

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.stop();
});

describe('the campaign in the browser', () => {
  it('title → Campaign → briefing → first turn by hand → mission 1 ends → debrief → mission 2 briefing with the survivors', async () => {
    const page = await h.open('?test');
    await page.waitForSelector('#campaign');
    await page.click('#campaign');
    await page.waitForSelector('#new-campaign-screen');
    await page.check('#difficulty-easy');
    await page.fill('#campaign-seed', '3');
    await page.click('#begin-campaign');

    // the briefing: mission, the situation, the objective, the difficulty, the squad as it stands
    await page.waitForSelector('#briefing');
    expect(await page.evaluate(() => window.denizens.screen)).toBe('briefing');
    const brief = (await page.textContent('#briefing')) ?? '';
    expect(brief).toMatch(/Mission 1 of 2/);
    expect(brief).toMatch(/missiles/);
    expect(await page.textContent('#briefing-objective')).toMatch(/Objective: /);
    expect(await page.textContent('#briefing-difficulty')).toMatch(/Difficulty: easy — LGF aim −10/);
    expect((await briefingSquad(page)).map(([id]) => id)).toEqual([
      'willow',
      'buffy',
      'faith',
      'alex',
      'william',
      'charlie',
      'barrel',
    ]);
    await page.screenshot({ path: join(SHOTS, 'campaign-briefing.png') });

    // the first turn, by keys and clicks as a player would
    await page.click('#begin-mission');
    await idle(page);
    expect(await page.evaluate(() => window.denizens.campaign()?.state.mission)).toBe(0);
    expect(await page.textContent('.topbar')).toMatch(/every pilot still standing|Get a pilot|marked ground/);
    const start = await page.evaluate(() => window.denizens.units().find((u) => u.id === window.denizens.selected())!);
    // the night's first lines are spoken as the mission opens, before any command: a caption over the map, the log
    await page.waitForSelector('#caption.show', { timeout: 10_000 });
    expect(await page.evaluate(() => window.denizens.commands())).toBe(0);
    expect(await page.textContent('#caption')).toMatch(/^Night\. Our own missiles/);
    expect(await page.textContent('.log')).toMatch(/Night\. Our own missiles/);
    await page.screenshot({ path: join(SHOTS, 'campaign-dialogue.png') });
    for (const key of ['d', 'd', 'f']) await page.keyboard.press(key);
    await idle(page);
    // the first command does not say them again
    expect(((await page.textContent('.log')) ?? '').match(/Night\. Our own missiles/g)).toHaveLength(1);
    const moved = await page.evaluate((id) => window.denizens.units().find((u) => u.id === id)!, start.id);
    expect([moved.x, moved.y]).not.toEqual([start.x, start.y]);
    const p = await page.evaluate(() => {
      const w = window.denizens.units().find((u) => u.id === 'buffy')!;
      return window.denizens.tileToClient(w.x + 1, w.y);
    });
    await page.click('.card[data-unit="buffy"]');
    await page.mouse.click(p!.x, p!.y);
    await idle(page);
    expect(await page.evaluate(() => window.denizens.commands())).toBe(2);
    await endTurn(page);
    await page.waitForTimeout(200);
    await page.keyboard.press('x');
    await idle(page);
    expect(await page.evaluate(() => window.denizens.turn())).toBe(2);
    expect(await page.textContent('.log')).toMatch(/Willow: “/);

    // the mission is continued exactly after a reload
    const hash = await page.evaluate(() => window.denizens.hash());
    await page.reload();
    await page.waitForSelector('#continue:not([disabled])');
    expect(await page.textContent('#continue')).toMatch(/campaign mission 1/);
    await page.click('#continue');
    await idle(page);
    expect(await page.evaluate(() => window.denizens.hash())).toBe(hash);
    expect(await page.evaluate(() => window.denizens.campaign()?.state.difficulty)).toBe('easy');

    // jump to the end of mission 1: the squad's AI plays on through the engine
    const outcome = await page.evaluate(() => window.denizens.playOut(40));
    expect(outcome).toBe('victory');
    await page.waitForSelector('#debrief');
    const report = await page.$$eval('#debrief dd[data-stat]', (dds) =>
      Object.fromEntries(dds.map((d) => [d.getAttribute('data-stat'), d.textContent])),
    );
    const run = (await page.evaluate(() => window.denizens.campaign()))!;
    const r1 = run.reports[0]!;
    expect(report.outcome).toMatch(/^Accomplished/);
    expect(report.turns).toBe(String(r1.turns));
    expect(report.shots).toBe(r1.shots ? `${r1.shots} fired, ${r1.hits} hit (${r1.hitRate}%)` : 'none fired');
    expect(report.damage).toBe(`${r1.damageTaken} HP`);
    expect(run.state.mission).toBe(1);
    expect(run.state.missions[0]!.outcome).toBe('victory');
    expect([...r1.fallen].sort()).toEqual([...run.state.fallen].sort());
    const survivors = run.state.squad!;
    expect(report.fallen).toBe(
      r1.fallen.length ? r1.fallen.map((id) => id[0]!.toUpperCase() + id.slice(1)).join(', ') : 'no one',
    );
    await page.screenshot({ path: join(SHOTS, 'campaign-debrief-1.png') });

    // mission 2's briefing: the squad the engine carried over, HP as it left the ruins
    await page.click('#debrief-next');
    await page.waitForSelector('#briefing');
    expect(await page.textContent('#briefing')).toMatch(/Mission 2 of 2/);
    expect(await briefingSquad(page)).toEqual(survivors.map((s) => [s.id, `${s.hp}/${s.maxHp}`]));
    await page.screenshot({ path: join(SHOTS, 'campaign-briefing-2.png') });

    // Continue after a reload comes back to this briefing
    await page.reload();
    await page.waitForSelector('#continue:not([disabled])');
    expect(await page.textContent('#continue')).toMatch(/Continue the campaign \(easy, mission 2 briefing\)/);
    await page.click('#continue');
    await page.waitForSelector('#briefing');
    expect(await briefingSquad(page)).toEqual(survivors.map((s) => [s.id, `${s.hp}/${s.maxHp}`]));

    // save to a slot, play on, load the slot back: the same briefing and squad
    await page.click('#briefing-saves');
    await page.waitForSelector('#slots');
    await page.fill('#slot-name-1', 'Before the ship');
    await page.click('#save-slot-1');
    await page.waitForSelector('[data-slot="1"] >> text=Before the ship');
    expect(await page.textContent('[data-slot="1"] .desc')).toMatch(/Campaign \(easy\): mission 2 briefing/);
    // a slot in use is never silently overwritten
    await page.click('#save-slot-1');
    await page.waitForSelector('#confirm-slot-1');
    await page.click('#cancel-slot-1');
    await page.click('#slots-back');
    await page.waitForSelector('#briefing');
    await page.click('#begin-mission');
    await idle(page);
    expect(await page.evaluate(() => window.denizens.campaign()?.state.mission)).toBe(1);
    await page.click('text=Menu');
    await page.click('#pause-leave');
    await page.waitForSelector('#save-slots');
    await page.click('#save-slots');
    await page.click('#load-slot-1'); // the autosave holds the mission in play: asks first
    expect(await page.textContent('#load-slot-1')).toMatch(/Replaces the autosave/);
    await page.click('#load-slot-1');
    await page.waitForSelector('#briefing');
    expect(await briefingSquad(page)).toEqual(survivors.map((s) => [s.id, `${s.hp}/${s.maxHp}`]));
    expect(await page.evaluate(() => window.denizens.campaign()?.state)).toEqual(run.state);

    // mission 2 to its end: the final debrief, then the campaign's own end screen
    await page.click('#begin-mission');
    await idle(page);
    await page.evaluate(() => window.denizens.playOut(60));
    await page.waitForSelector('#debrief');
    const final = (await page.evaluate(() => window.denizens.campaign()))!;
    expect(final.state.status).not.toBe('playing');
    expect(await page.textContent('#debrief .kicker')).toMatch(/final debrief/);
    await page.screenshot({ path: join(SHOTS, 'campaign-final-debrief.png') });
    // the mission's replay in the viewer: verified, and its log is the game that was played (the carried squad,
    // not the map's roster: no pilot who fell in the ruins appears)
    await page.click('#debrief-watch');
    await page.waitForFunction(() => window.denizens.viewer() !== null);
    await page.keyboard.press('End');
    await page.waitForFunction(() => {
      const v = window.denizens.viewer()!;
      return !v.playing && v.command === v.commands;
    });
    const viewed = (await page.evaluate(() => window.denizens.viewer()))!;
    expect(viewed.divergedAt).toBeNull();
    const fellBefore = r1.fallen.map((id) => id[0]!.toUpperCase() + id.slice(1));
    // (story lines are the map's words, spoken whoever is left: only what units did is checked)
    const deeds = viewed.log.filter((l) => !l.includes('“')).join('\n');
    expect(deeds).toMatch(/\S/);
    for (const name of fellBefore) expect(deeds).not.toMatch(new RegExp(`\\b${name}\\b`));
    await page.keyboard.press('Escape');
    // Continue at the campaign's end shows that end again
    await page.waitForSelector('#continue:not([disabled])');
    await page.click('#continue');
    await page.waitForSelector('#campaign-end');
    expect(await page.textContent('#campaign-end h1')).toBe(
      final.state.status === 'won' ? 'THE CAMPAIGN IS WON' : 'THE CAMPAIGN IS OVER',
    );
    await page.screenshot({ path: join(SHOTS, 'campaign-end.png') });
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('keeps an unreadable slot: explained, exported byte for byte, never overwritten without a yes', async () => {
    const page = await h.open('?test');
    await page.waitForSelector('#save-slots');
    const junk = '{"format":"denizens-slot","version":1,"name":"old","savedAt":"","save":{"format":"denizens-autosave"';
    await page.evaluate((t) => localStorage.setItem('denizens.slot.3', t), junk);
    await page.click('#save-slots');
    await page.waitForSelector('[data-slot="3"].unreadable');
    expect(await page.textContent('[data-slot="3"]')).toMatch(/cannot be read: not valid JSON/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-slot-3')]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(junk);
    // importing a bad file into a slot names the problem and its path; nothing is written
    const bad = join(TMP, 'bad-save.json');
    writeFileSync(
      bad,
      JSON.stringify({ format: 'denizens-campaign-save', version: 1, run: { state: {}, reports: [] } }),
    );
    await page.click('#import-slot-2');
    await page.setInputFiles('#slot-file', bad);
    await page.waitForSelector('#slots-note >> text=bad-save.json');
    expect(await page.textContent('#slots-note')).toMatch(/\$\.run\.state\.format/);
    expect(await page.evaluate(() => localStorage.getItem('denizens.slot.2'))).toBeNull();
    expect(await page.evaluate(() => localStorage.getItem('denizens.slot.3'))).toBe(junk);
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it("opens an authored map from a file, refuses a bad one with the validator's words, and frees Tara by hand", async () => {
    const page = await h.open('?test');
    await page.waitForSelector('#open-map');
    const broken = join(TMP, 'broken.json');
    writeFileSync(broken, '{\n  "format": "denizens-map",\n  "version": 1,\n  "id": "x"\n}\n');
    await page.setInputFiles('#map-file', broken);
    await page.waitForSelector('.err >> text=cannot be played');
    expect(await page.textContent('.err')).toMatch(/broken\.json:\d+:\d+: \$/);

    // the ship with Willow beside the cell and no guard near it
    const ship = JSON.parse(JSON.stringify(BUILTIN_MAPS.ship)) as {
      id: string;
      name: string;
      squad: { id: string; x: number; y: number }[];
      enemies: { id: string }[];
    };
    ship.id = 'cell-test';
    ship.name = "Tara's cell (test)";
    ship.squad.find((u) => u.id === 'willow')!.x = 32;
    ship.squad.find((u) => u.id === 'willow')!.y = 13;
    ship.enemies = ship.enemies.filter((e) => !['heavy-1', 'trooper-4', 'trooper-5'].includes(e.id));
    const file = join(TMP, 'cell-test.json');
    writeFileSync(file, JSON.stringify(ship, null, 1));
    // a map file dropped on the page is read the same way: a bad one is refused with the validator's words
    await page.evaluate(
      (text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
        window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
      },
      JSON.stringify({ ...ship, width: 3 }),
    );
    await page.waitForSelector('.err >> text=dropped.json');
    expect(await page.textContent('.err')).toMatch(/dropped\.json:\d+:\d+: \$\./);
    await page.fill('#seed-input', '11');
    await page.setInputFiles('#map-file', file);
    await idle(page);
    const tara = await page.evaluate(() => window.denizens.units().find((u) => u.id === 'tara')!);
    expect(tara.faction).toBe('captive');
    expect(await page.textContent('.topbar')).toMatch(/free Tara/);
    await page.click('.card[data-unit="willow"]');
    for (let i = 0; i < 4; i++) await page.keyboard.press('+');
    await page.waitForTimeout(400);
    const cell = await page.evaluate(([x, y]) => window.denizens.tileToClient(x, y)!, [tara.x, tara.y] as const);
    const clip = { x: cell.x - 160, y: cell.y - 200, width: 320, height: 280 };
    await page.screenshot({ path: join(SHOTS, 'campaign-tara-cell.png'), clip });
    // hovering her says who she is, and that she is no target
    const at = await page.evaluate(([x, y]) => window.denizens.tileToClient(x, y)!, [tara.x, tara.y] as const);
    await page.mouse.move(at.x, at.y - 10);
    await page.waitForSelector('.tip >> text=Held in the cell');
    await page.keyboard.press('9'); // Interact: open the cell
    // her first words: in the log, and as the caption over the map while they are read
    await page.waitForFunction(
      () => /Tara: “You took your time/.test(document.querySelector('.log')?.textContent ?? ''),
      null,
      {
        timeout: 40_000,
      },
    );
    expect(await page.textContent('#caption.show')).toMatch(/Tara.*You took your time/);
    await page.screenshot({ path: join(SHOTS, 'campaign-tara-freed.png') });
    await page.keyboard.press('x');
    await idle(page);
    await page.screenshot({ path: join(SHOTS, 'campaign-tara-freed-close.png'), clip });
    const freed = await page.evaluate(() => window.denizens.units().find((u) => u.id === 'tara')!);
    expect(freed.faction).toBe('squad');
    expect(await page.textContent('.log')).toMatch(/Tara is free/);
    expect(await page.textContent('.log')).toMatch(/Tara: “You took your time/);
    expect(await page.$('.card[data-unit="tara"]')).not.toBeNull();
    expect(await page.textContent('.topbar')).toMatch(/every pilot still standing/);
    await page.close();
    expect(h.problems).toEqual([]);
  });
});
