import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMapText } from '@denizens/maps';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, SHOTS, startHarness } from './harness';
import { CLIENT_DIR } from './serveDist';

let h: Harness;
const open = (path: string) => h.open(path);

/** Clicks the centre of a map tile on the editor's canvas (the canvas says its cell size). */
async function clickTile(page: Page, x: number, y: number, button: 'left' | 'right' = 'left'): Promise<void> {
  const canvas = page.locator('.editor .view canvas');
  const box = (await canvas.boundingBox())!;
  const width = Number(await canvas.getAttribute('data-width'));
  const cell = box.width / width;
  await page.mouse.click(box.x + (x + 0.5) * cell, box.y + (y + 0.5) * cell, { button });
}

const issueTexts = (page: Page) => page.locator('.editor .issues li').allTextContents();

async function exportJson(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#ed-export')]);
  return readFileSync(await download.path(), 'utf8');
}

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.stop();
});

describe('the map editor', () => {
  it('paints, places units, validates live, exports, play-tests and comes back with the map intact', async () => {
    const page = await open('?test');
    await page.click('#map-editor');
    await page.waitForSelector('.editor .view canvas[data-cell]');
    expect(await page.evaluate(() => window.denizens.screen)).toBe('editor');

    // a new 16x12 map: nobody is placed, so the validator complains about the empty squad
    await page.fill('#ed-new-w', '16');
    await page.fill('#ed-new-h', '12');
    await page.click('#ed-new');
    expect(await page.getAttribute('.editor .view canvas', 'data-width')).toBe('16');
    expect((await issueTexts(page)).join('\n')).toMatch(/\$\.squad/);
    expect(await page.isDisabled('#ed-playtest')).toBe(true);
    // every problem at once: no squad, and "eliminate" with no enemies
    expect(await page.textContent('#ed-why')).toBe('Play-test is off until the map is valid: fix the 2 issues below.');

    // paint a wall with the brush (B, terrain 3 = wall)
    await page.locator('.editor .view canvas').focus();
    await page.keyboard.press('b');
    await page.keyboard.press('3');
    expect(await page.getAttribute('[data-terrain="wall"]', 'aria-checked')).toBe('true');
    await clickTile(page, 5, 5);

    // a pilot (P): the squad issue goes, "eliminate without enemies" comes
    await page.keyboard.press('p');
    await clickTile(page, 1, 10);
    expect(await issueTexts(page)).toEqual([
      '$.objectiveobjective is "eliminate" but the map has no enemies; add enemies or choose another objective kind',
    ]);
    // an enemy (E): the map is valid
    await page.keyboard.press('e');
    await page.selectOption('#ed-enemy-type', 'drone');
    await clickTile(page, 12, 2);
    expect(await issueTexts(page)).toEqual(['✓ No issues: the map is valid.']);
    expect(await page.isDisabled('#ed-playtest')).toBe(false);

    // a patrol for it (T): click waypoints
    await page.keyboard.press('t');
    await clickTile(page, 12, 6);
    await clickTile(page, 8, 6);
    expect(await page.textContent('.editor aside.right')).toMatch(/Patrol: 12,6 → 8,6/);

    // paint a wall under the drone: the validator's words appear; clicking the issue highlights the tile
    await page.keyboard.press('b');
    await clickTile(page, 12, 2);
    const issue =
      '$.enemies[0] (tile 12,2)enemy "drone-1" stands on wall; move it to a tile a unit can stand on (ground, rubble, deck, conduit, crater or cell)';
    expect(await issueTexts(page)).toEqual([issue]);
    expect(await page.isDisabled('#ed-playtest')).toBe(true);
    await page.click('.editor .issues button');
    expect(await page.getAttribute('.editor .issues button', 'class')).toMatch(/current/);
    await page.waitForTimeout(100);
    await page.screenshot({ path: join(SHOTS, 'editor-invalid.png') });
    // Ctrl+Z takes the wall back and the issue disappears; Ctrl+Y and Ctrl+Z again
    await page.locator('.editor .view canvas').focus();
    await page.keyboard.press('Control+z');
    expect(await issueTexts(page)).toEqual(['✓ No issues: the map is valid.']);
    await page.keyboard.press('Control+y');
    expect(await issueTexts(page)).toEqual([issue]);
    await page.keyboard.press('Control+z');

    // keyboard only: R (rectangle), 2 (rubble), arrows move the cursor, Space starts and ends the rectangle
    await page.locator('.editor .view canvas').focus();
    await page.keyboard.press('r');
    await page.keyboard.press('2');
    await page.locator('.editor .view canvas').focus();
    for (const k of ['ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowUp'])
      await page.keyboard.press(k); // from the last hovered tile (12,2) to 6,1
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    expect(await page.textContent('.editor .status')).toMatch(/^7,1 rubble/);

    // export: pretty JSON with $schema that the validator accepts
    const text = await exportJson(page);
    const parsed = parseMapText(text, 'export.json');
    expect(parsed.ok).toBe(true);
    const json = JSON.parse(text);
    expect(Object.keys(json)[0]).toBe('$schema');
    expect(json.$schema).toBe('https://denizens.dev/schema/map-1.json'); // resolves outside the repository
    expect(json.terrain[5][5]).toBe('#');
    expect(json.terrain[1]).toBe('......,,........');
    expect(json.squad.map((u: { id: string }) => u.id)).toEqual(['willow']);
    expect(json.enemies[0]).toMatchObject({ id: 'drone-1', type: 'drone', x: 12, y: 2 });
    expect(text.split('\n').length).toBeGreaterThan(15); // one row per line, not one long line

    // play-test: a game starts on this map, with a world hash
    await page.click('#ed-playtest');
    await page.waitForFunction(() => window.denizens?.screen === 'play' && !window.denizens.busy(), null, {
      timeout: 30_000,
    });
    expect(await page.evaluate(() => window.denizens.hash())).toMatch(/\S/);
    expect((await page.evaluate(() => window.denizens.units())).map((u) => u.id).sort()).toEqual(['drone-1', 'willow']);

    // Menu goes back to the editor with the map intact
    await page.click('text=Menu');
    await page.click('#pause-leave');
    await page.waitForSelector('.editor .view canvas[data-cell]');
    expect(await exportJson(page)).toBe(text);

    // a reload loses nothing (the work in progress is in localStorage)
    await page.goto(`${h.url}?test&editor`);
    await page.waitForSelector('.editor .view canvas[data-cell]');
    expect(await exportJson(page)).toBe(text);
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('paints heights, toggles a light, sets a breach timer, exports them and play-tests with them', async () => {
    const page = await open('?test&editor');
    await page.waitForSelector('.editor .view canvas[data-cell]');
    await page.fill('#ed-new-w', '16');
    await page.fill('#ed-new-h', '12');
    await page.click('#ed-new');
    const canvas = page.locator('.editor .view canvas');
    await canvas.focus();
    await page.keyboard.press('p');
    await clickTile(page, 1, 10);
    await page.keyboard.press('e');
    await page.selectOption('#ed-enemy-type', 'drone');
    await clickTile(page, 12, 2);
    expect(await issueTexts(page)).toEqual(['✓ No issues: the map is valid.']);

    // heights: H switches the terrain tools to heights, digits choose the level; brush one tile at 3
    await canvas.focus();
    await page.keyboard.press('b');
    await page.keyboard.press('h');
    await page.keyboard.press('3');
    expect(await page.getAttribute('[data-height="3"]', 'aria-checked')).toBe('true');
    expect(await page.getAttribute('[data-terrain="wall"]', 'aria-checked')).toBe('false');
    await clickTile(page, 4, 4);
    expect(await page.textContent('.editor .status')).toMatch(/^4,4 ground · height 3/);
    // a rectangle at 2 (the height control, then a mouse drag); flood fill at 0 flattens that plateau, undo keeps it
    await page.click('[data-height="2"]');
    await page.keyboard.press('r');
    const box = (await canvas.boundingBox())!;
    const cell = box.width / 16;
    const at = (x: number, y: number) => [box.x + (x + 0.5) * cell, box.y + (y + 0.5) * cell] as const;
    await page.mouse.move(...at(6, 6));
    await page.mouse.down();
    await page.mouse.move(...at(7, 6), { steps: 2 });
    await page.mouse.move(...at(8, 7), { steps: 2 });
    await page.mouse.up();
    await canvas.focus();
    await page.keyboard.press('f');
    await page.keyboard.press('0');
    expect(await page.textContent('.editor .status')).toMatch(/^8,7 ground · height 2/);
    await clickTile(page, 7, 7);
    expect(await page.textContent('.editor .status')).toMatch(/^7,7 ground — /);
    await page.keyboard.press('Control+z');
    // a light (L) on 8,9
    await page.keyboard.press('l');
    await clickTile(page, 8, 9);
    expect(await page.textContent('.editor .status')).toMatch(/^8,9 ground · light/);
    // a hull tile (H back to terrain, 4 = hull) next to the squad, a breach on it (K) with its own timer
    await page.keyboard.press('b');
    await page.keyboard.press('h');
    await page.keyboard.press('4');
    await clickTile(page, 3, 10);
    await page.keyboard.press('k');
    await clickTile(page, 3, 10);
    await page.fill('#ed-seals-in', '7');
    await page.press('#ed-seals-in', 'Enter');
    await page.locator('#ed-seals-in').blur();
    expect(await issueTexts(page)).toEqual(['✓ No issues: the map is valid.']);
    // the field keeps to the schema's limits (1-99)
    await page.fill('#ed-seals-in', '500');
    await page.locator('#ed-seals-in').blur();
    expect(await page.inputValue('#ed-seals-in')).toBe('99');
    await canvas.focus();
    await page.keyboard.press('Control+z');
    expect(await page.inputValue('#ed-seals-in')).toBe('7');
    await page.mouse.move(...at(3, 10));
    await page.waitForTimeout(100);
    await page.screenshot({ path: join(SHOTS, 'editor-heights-lights-breach.png') });
    await page.screenshot({
      path: join(SHOTS, 'editor-heights-lights-breach-detail.png'),
      clip: { x: box.x + 2 * cell, y: box.y + 3 * cell, width: 8 * cell, height: 8 * cell },
    });

    const text = await exportJson(page);
    const parsed = parseMapText(text, 'export.json');
    expect(parsed.ok).toBe(true);
    const json = JSON.parse(text);
    expect(json.heights).toHaveLength(12);
    expect(json.heights[4]).toBe('0000300000000000');
    expect(json.heights[6]).toBe('0000002220000000');
    expect(json.heights[7]).toBe('0000002220000000');
    expect(json.heights.filter((r: string) => /[1-9]/.test(r))).toHaveLength(3);
    expect(json.lights).toEqual([{ x: 8, y: 9 }]);
    expect(json.terrain[10][3]).toBe('H');
    expect(json.breaches).toEqual([{ x: 3, y: 10, sealsIn: 7 }]);
    if (parsed.ok) {
      expect(parsed.map.heights).toEqual(json.heights);
      expect(parsed.map.breaches).toEqual([{ x: 3, y: 10, sealsIn: 7 }]);
    }

    // play-test: the game opens the breach with the edited timer
    await page.click('#ed-playtest');
    await page.waitForFunction(() => window.denizens?.screen === 'play' && !window.denizens.busy(), null, {
      timeout: 30_000,
    });
    await page.waitForFunction(() => document.body.textContent?.includes('♨ seals in 7 turns'), null, {
      timeout: 10_000,
    });
    await page.click('text=Menu');
    await page.click('#pause-leave');
    await page.waitForSelector('.editor .view canvas[data-cell]');
    expect(await exportJson(page)).toBe(text);
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('opens built-in maps, refuses hostile files with the validator message, imports map JSON', async () => {
    const page = await open('?test&editor');
    await page.waitForSelector('.editor .view canvas[data-cell]');
    await page.selectOption('#ed-builtin', 'ship');
    await page.click('#ed-open-builtin');
    expect(await page.inputValue('#ed-id')).toBe('ship');
    expect(await issueTexts(page)).toEqual(['✓ No issues: the map is valid.']);
    await page.waitForTimeout(100);
    await page.screenshot({ path: join(SHOTS, 'editor-ship.png') });
    await page.selectOption('#ed-builtin', 'ruins');
    await page.click('#ed-open-builtin');
    expect(await issueTexts(page)).toEqual(['✓ No issues: the map is valid.']);
    await page.keyboard.press('s'); // the strike tool: its settings panel shows
    await page.waitForTimeout(100);
    await page.screenshot({ path: join(SHOTS, 'editor-ruins.png') });
    await page.keyboard.press('Control+z');
    expect(await page.inputValue('#ed-id')).toBe('ship');

    const dir = mkdtempSync(join(tmpdir(), 'denizens-editor-'));
    const evil = join(dir, 'evil.json');
    writeFileSync(evil, '{"format":"denizens-map","squad":[{"__proto__":{"polluted":1}}]}');
    await page.setInputFiles('#ed-import-file', evil);
    await page.waitForSelector('.refused');
    expect(await page.textContent('.refused')).toMatch(
      /evil\.json:1:36: \$\.squad\[0\]\.__proto__: the key "__proto__" is not allowed/,
    );
    expect(await page.inputValue('#ed-id')).toBe('ship'); // nothing replaced

    const good = join(dir, 'yard.json');
    const yard = {
      format: 'denizens-map',
      version: 1,
      id: 'yard',
      name: 'The yard',
      width: 8,
      height: 8,
      terrain: Array.from({ length: 8 }, () => '........'),
      squad: [{ id: 'willow', name: 'Willow', hp: 7, aim: 70, mobility: 5, weapon: 'thompson', x: 0, y: 0 }],
      enemies: [{ id: 'drone-1', type: 'drone', x: 7, y: 7 }],
      objective: { kind: 'eliminate' },
    };
    writeFileSync(good, JSON.stringify(yard));
    await page.setInputFiles('#ed-import-file', good);
    await page.waitForFunction(() => (document.getElementById('ed-id') as HTMLInputElement).value === 'yard');
    expect(await page.getAttribute('.editor .view canvas', 'data-width')).toBe('8');
    // a Tiled map with its external tileset, picked together
    const tiled = join(CLIENT_DIR, '..', 'maps', 'tiled');
    await page.setInputFiles('#ed-import-file', [join(tiled, 'sample.tmj'), join(tiled, 'denizens-tiles.tsj')]);
    await page.waitForFunction(() => (document.getElementById('ed-width') as HTMLInputElement).value === '16');
    expect(await issueTexts(page)).toEqual(['✓ No issues: the map is valid.']);
    await page.locator('.editor .view canvas').focus();
    await page.keyboard.press('Control+z');
    // undo brings the ship back (opening is an edit like any other)
    await page.locator('.editor .view canvas').focus();
    await page.keyboard.press('Control+z');
    expect(await page.inputValue('#ed-id')).toBe('ship');
    await page.click('#ed-back');
    await page.waitForSelector('#new-game');
    await page.close();
    expect(h.problems).toEqual([]);
  });
  it('imports a map with an unknown terrain code: kept, marked, listed as an issue, exported unchanged; the preview draws the draft', async () => {
    const page = await open('?test&editor');
    await page.waitForSelector('.editor .view canvas[data-cell]');
    await page.selectOption('#ed-builtin', 'ruins');
    await page.click('#ed-open-builtin');
    await page.waitForSelector('.editor .preview .iso[data-preview="ready"]');
    await page.waitForTimeout(100);
    await page.screenshot({ path: join(SHOTS, 'editor-preview-ruins.png') });
    // the wide preview: the grid gives up room and still fits
    await page.click('#ed-preview-size');
    await page.waitForSelector('.editor.preview-big .preview .iso[data-preview="ready"]');
    await page.waitForTimeout(150);
    const grid = (await page.locator('.editor .view canvas').boundingBox())!;
    const pane = (await page.locator('.editor .preview .iso').boundingBox())!;
    expect(pane.width).toBeGreaterThan(500);
    expect(grid.x + grid.width).toBeLessThanOrEqual(pane.x);
    await page.screenshot({ path: join(SHOTS, 'editor-preview-wide.png') });
    await page.click('#ed-preview-size');

    const dir = mkdtempSync(join(tmpdir(), 'denizens-editor-'));
    const odd = join(dir, 'odd.json');
    const terrain = Array.from({ length: 8 }, () => '..........');
    terrain[3] = '....XX....';
    terrain[4] = '....X#....';
    writeFileSync(
      odd,
      JSON.stringify({
        format: 'denizens-map',
        version: 1,
        id: 'odd',
        name: 'Odd codes',
        width: 10,
        height: 8,
        terrain,
        squad: [{ id: 'willow', name: 'Willow', hp: 7, aim: 70, mobility: 5, weapon: 'thompson', x: 0, y: 0 }],
        enemies: [{ id: 'drone-1', type: 'drone', x: 9, y: 7 }],
        objective: { kind: 'eliminate' },
      }),
    );
    await page.setInputFiles('#ed-import-file', odd);
    await page.waitForFunction(() => (document.getElementById('ed-id') as HTMLInputElement).value === 'odd');
    // the issue is shown (never replaced by void), play-test is off, the tile says what it holds
    const issues = await issueTexts(page);
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatch(/^\$\.terrain\[3\] \(tile 4,3\)unknown terrain code "X"/);
    expect(issues[1]).toMatch(/^\$\.terrain\[4\] \(tile 4,4\)unknown terrain code "X"/);
    expect(await page.isDisabled('#ed-playtest')).toBe(true);
    await page.mouse.move(0, 0);
    const canvas = page.locator('.editor .view canvas');
    const box = (await canvas.boundingBox())!;
    const cell = box.width / 10;
    await page.mouse.move(box.x + 5.5 * cell, box.y + 3.5 * cell);
    expect(await page.textContent('.editor .status')).toMatch(/^5,3 unknown code "X"/);
    await page.click('.editor .issues button');
    await page.waitForSelector('.editor .preview .iso[data-preview="ready"]');
    expect(await page.textContent('.editor .preview-note')).toMatch(/3 tiles with an unknown terrain code/);
    await page.waitForTimeout(100);
    await page.screenshot({ path: join(SHOTS, 'editor-unknown-code.png') });
    // exported as it came in
    const json = JSON.parse(await exportJson(page));
    expect(json.terrain[3]).toBe('....XX....');
    expect(json.terrain[4]).toBe('....X#....');
    // painting over the tiles is the author's fix: the issues go
    await canvas.focus();
    await page.keyboard.press('r');
    await page.keyboard.press('2');
    const at = (x: number, y: number) => [box.x + (x + 0.5) * cell, box.y + (y + 0.5) * cell] as const;
    await page.mouse.move(...at(4, 3));
    await page.mouse.down();
    await page.mouse.move(...at(5, 4), { steps: 2 });
    await page.mouse.up();
    expect(await issueTexts(page)).toEqual(['✓ No issues: the map is valid.']);
    // a strike after the turn limit is a warning, listed apart; the play-test stays on
    await page.fill('#ed-limit', '3');
    await page.press('#ed-limit', 'Enter');
    await canvas.focus();
    await page.keyboard.press('s');
    await page.fill('#ed-strike-turn', '5');
    await page.press('#ed-strike-turn', 'Enter');
    await page.mouse.click(...at(2, 6));
    expect(await issueTexts(page)).toEqual(['✓ No issues: the map is valid.']);
    const warnings = await page.locator('.editor .warnings li').allTextContents();
    expect(warnings.join('\n')).toMatch(/\$\.strikes\[0\]\.turn.*strike lands on turn 5, after the turn limit \(3\)/);
    expect(await page.isDisabled('#ed-playtest')).toBe(false);
    await page.locator('.editor .warnings').scrollIntoViewIfNeeded();
    await page.waitForTimeout(100);
    await page.screenshot({ path: join(SHOTS, 'editor-warning.png') });
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it("play-tests with the seed shown, and never replaces the player's saved game", async () => {
    const page = await open('?test');
    // a game of the player's, autosaved
    await page.click('#new-game');
    await page.waitForFunction(() => window.denizens?.screen === 'play' && !window.denizens.busy(), null, {
      timeout: 30_000,
    });
    const saved = await page.evaluate(() => localStorage.getItem('denizens.autosave'));
    expect(saved).toMatch(/denizens-autosave/);
    await page.goto(`${h.url}?test&editor`);
    await page.waitForSelector('.editor .view canvas[data-cell]');
    await page.selectOption('#ed-builtin', 'ship');
    await page.click('#ed-open-builtin');
    const shown = await page.inputValue('#ed-seed');
    expect(shown).toMatch(/^[1-9]\d*$/);
    await page.fill('#ed-seed', '777');
    await page.press('#ed-seed', 'Enter');
    await page.click('#ed-playtest');
    await page.waitForFunction(() => window.denizens?.screen === 'play' && !window.denizens.busy(), null, {
      timeout: 30_000,
    });
    expect(await page.evaluate(() => localStorage.getItem('denizens.autosave'))).toBe(saved);
    const trial = JSON.parse((await page.evaluate(() => localStorage.getItem('denizens.editor.playtest')))!);
    expect(trial).toMatchObject({ mapId: 'ship', seed: '777' });
    await page.click('text=Menu');
    await page.click('#pause-leave');
    await page.waitForSelector('.editor .view canvas[data-cell]');
    expect(await page.inputValue('#ed-seed')).toBe('777'); // kept with the work in progress
    await page.close();
    expect(h.problems).toEqual([]);
  });
});
