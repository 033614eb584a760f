import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endTurn, type Harness, idle, openPlay, openSaved, SHOTS, sessionOn, startHarness } from './harness';
import { CLIENT_DIR } from './serveDist';

// The replay viewer: stepping both ways exactly, the timeline's verification, a tampered replay
// stopped at its divergence, another rules version named, share links and their size limit.

const GOLDEN = join(CLIENT_DIR, '..', 'engine', 'test', 'golden');
const goldenText = (name: string) => readFileSync(join(GOLDEN, `${name}.replay.json`), 'utf8');

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.stop();
});

const status = (page: Page) => page.evaluate(() => window.denizens.viewer()!);

/** Opens the title screen and loads a replay's text through "Load replay…" (the file input), as a player does. */
async function openReplay(text: string, name = 'game.replay.json'): Promise<Page> {
  const page = await h.open('?test');
  await page.waitForSelector('#load-replay');
  await page.setInputFiles('#replay-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.waitForFunction(() => window.denizens.screen === 'viewer', null, { timeout: 15_000 });
  return page;
}

/** Presses a key and waits until the viewer's cursor is where it should be. */
async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

describe('the replay viewer', () => {
  it('shows a strike’s crater and scorch from the command it landed in on, and none before it (screenshot)', async () => {
    // ruins, seed 1: the first bombardment strike lands during command #29 (turn 2's enemy phase), five in all
    const page = await openReplay(goldenText('ruins-seed1'));
    expect((await status(page)).strikeMarks).toBe(0);
    // zoomed out to see the whole street (the shell lands at 17,5)
    await page.mouse.move(640, 300);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 200);
    await press(page, 'ArrowRight', 29);
    expect(await status(page)).toMatchObject({ command: 29, strikeMarks: 0 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'viewer-before-strike.png') });
    await press(page, 'ArrowRight');
    expect(await status(page)).toMatchObject({ command: 30, strikeMarks: 1 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'viewer-strike-mark.png') });
    await press(page, 'End');
    expect((await status(page)).strikeMarks).toBe(5);
    // going back re-simulates from a checkpoint: the craters still to come are gone again
    await press(page, 'Home');
    await press(page, 'ArrowRight', 29);
    expect(await status(page)).toMatchObject({ command: 29, strikeMarks: 0 });
    await press(page, 'ArrowRight');
    await press(page, 'ArrowLeft');
    expect(await status(page)).toMatchObject({ command: 29, strikeMarks: 0 });
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('keeps its title, log, AI panel, controls, key line and the sound setting apart, at 1280×720 and at 800×600 with the largest text (screenshots)', async () => {
    const text = goldenText('ruins-seed1');
    const page = await openReplay(text);
    for (const [w, ht, size] of [
      [1280, 720, null],
      [800, 600, '26'],
    ] as const) {
      await page.setViewportSize({ width: w, height: ht });
      if (size) {
        await page.evaluate((t) => localStorage.setItem('denizens.textSize', t), size);
        await page.goto(`${h.url}?test`);
        await page.waitForSelector('#load-replay');
        await page.setInputFiles('#replay-file', {
          name: 'g.json',
          mimeType: 'application/json',
          buffer: Buffer.from(text),
        });
        await page.waitForFunction(() => window.denizens.screen === 'viewer');
      }
      // a log of some length, and the AI's side shown (V: everything)
      await press(page, 'ArrowDown', 3);
      await press(page, 'v');
      await page.waitForTimeout(300);
      const clashes = await page.evaluate(() => {
        const parts = ['.v-top', '#viewer-log', '#viewer-ai', '.v-bottom', '#viewer-keys', '.sound-control'];
        const boxes = parts
          .map((s) => [s, document.querySelector(s)] as const)
          .filter(([, e]) => e?.getClientRects().length);
        const out: string[] = [];
        for (const [s, e] of boxes) {
          const r = e!.getBoundingClientRect();
          if (r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight) out.push(`${s} off screen`);
        }
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const [sa, a] = boxes[i]!;
            const [sb, b] = boxes[j]!;
            if (a!.contains(b!)) continue;
            const p = a!.getBoundingClientRect();
            const q = b!.getBoundingClientRect();
            if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom) out.push(`${sa} × ${sb}`);
          }
        return out;
      });
      await page.screenshot({ path: join(SHOTS, `viewer-layout-${w}x${ht}.png`) });
      expect(clashes, `${w}×${ht}`).toEqual([]);
    }
    expect((await status(page)).log.length).toBeGreaterThan(3);
    await page.evaluate(() => localStorage.removeItem('denizens.textSize')); // the default text for the tests after
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('steps forward three and back two to the very state of forward one, and verifies every turn to the end', async () => {
    const text = goldenText('training-seed1');
    const replay = JSON.parse(text);
    const page = await openReplay(text);
    const start = await status(page);
    expect(start).toMatchObject({ command: 0, turn: 1, playing: false, verifiedTurns: 0, divergedAt: null });
    await press(page, 'ArrowRight');
    const one = await status(page);
    expect(one.command).toBe(1);
    await press(page, 'ArrowRight', 2);
    const three = await status(page);
    expect(three.command).toBe(3);
    expect(three.hash).not.toBe(one.hash);
    await press(page, 'ArrowLeft', 2);
    const back = await status(page);
    expect(back.command).toBe(1);
    expect(back.hash).toBe(one.hash);
    // the next turn starts where the file's first turn hash was taken
    await press(page, 'ArrowDown');
    const t1 = await status(page);
    expect(t1.turn).toBe(2);
    expect(t1.verifiedTurns).toBe(1);
    // seek to the end by dragging the timeline's cursor to its right end
    const box = (await page.locator('#viewer-timeline').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2, { steps: 4 });
    const mid = await status(page);
    expect(mid.command).toBeGreaterThan(replay.commands.length * 0.45);
    expect(mid.command).toBeLessThan(replay.commands.length * 0.65);
    await page.mouse.move(box.x + box.width + 20, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const end = await status(page);
    expect(end.command).toBe(replay.commands.length);
    expect(end.verifiedTurns).toBe(replay.turns.length);
    expect(end.verifiedCommands).toBe(replay.commands.length);
    expect(end.hash).toBe(replay.result.hash);
    expect(await page.locator('.v-mark.ok').count()).toBe(replay.turns.length);
    expect(await page.locator('.v-cmd.ok').count()).toBe(replay.commands.length);
    expect(await page.locator('.v-mark.bad, .v-mark.unverifiable').count()).toBe(0);
    expect(await page.textContent('#viewer-verdict')).toMatch(/Every turn verifies/);
    // the keys are listed on screen
    expect(await page.textContent('#viewer-keys')).toMatch(/Space \/ K play \/ pause/);
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('plays and pauses, the log following the cursor, from the start (screenshot mid-game)', async () => {
    const text = goldenText('ruins-seed1');
    const page = await openReplay(text);
    await press(page, '+', 3); // 8 commands a second
    await press(page, 'Space');
    expect((await status(page)).playing).toBe(true);
    await page.waitForFunction(() => window.denizens.viewer()!.command >= 30, null, { timeout: 20_000 });
    await press(page, 'Space');
    const paused = await status(page);
    expect(paused.playing).toBe(false);
    await page.waitForTimeout(500);
    expect((await status(page)).command).toBe(paused.command);
    expect(paused.log.length).toBeGreaterThan(3);
    // going back shortens the log to what had happened by then
    await press(page, 'Home');
    expect((await status(page)).log.length).toBeLessThan(paused.log.length);
    await press(page, 'ArrowDown', 3);
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(SHOTS, 'viewer-mid-game.png') });
    const squad = await status(page);
    expect(squad.pov).toBe('squad');
    expect(squad.ai).toEqual([]);
    expect(await page.isVisible('#viewer-ai')).toBe(false);
    expect(squad.log.some((l) => /\((on patrol|aware of the squad)\)\.$/.test(l))).toBe(false);
    // everything: the enemies the squad does not see are drawn too, the log has both sides and the AI's side
    await press(page, 'v');
    const all = await status(page);
    expect(all.pov).toBe('all');
    expect(all.command).toBe(squad.command);
    expect(all.log.length).toBeGreaterThan(squad.log.length);
    expect(all.log.some((l) => /\((on patrol|aware of the squad)\)\.$/.test(l))).toBe(true);
    expect(all.ai.length).toBeGreaterThan(0);
    for (const line of all.ai) expect(line).toMatch(/^.+ at \d+,\d+ \(\d+ HP\): (unaware|aware of the squad)/);
    expect(await page.textContent('#viewer-ai')).toContain(all.ai[0]);
    // the log follows the cursor: a turn on, it is longer; back, it is what it was
    await press(page, 'ArrowDown');
    const later = await status(page);
    expect(later.log.length).toBeGreaterThan(all.log.length);
    await press(page, 'ArrowUp');
    expect((await status(page)).log).toEqual(all.log);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'viewer-everything.png') });
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('going back through checkpoints reaches the very world and squad memory of going forward', async () => {
    const page = await openReplay(goldenText('ship-seed2'));
    await press(page, 'ArrowRight', 12);
    const twelve = await status(page);
    expect(twelve.command).toBe(12);
    await press(page, 'ArrowRight', 11);
    expect((await status(page)).remembered).toBeGreaterThanOrEqual(twelve.remembered);
    await press(page, 'ArrowLeft', 11);
    const back = await status(page);
    expect(back).toMatchObject({ command: 12, hash: twelve.hash, remembered: twelve.remembered, log: twelve.log });
    await press(page, 'End');
    await press(page, 'Home');
    expect((await status(page)).remembered).toBeLessThan(twelve.remembered);
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('stops a tampered replay at the turn that diverges, marked red, with the CLI’s words (screenshot)', async () => {
    const replay = JSON.parse(goldenText('ship-seed1'));
    const bad = replay.turns[1];
    bad.hash = '0123456789abcdef';
    const page = await openReplay(JSON.stringify(replay, null, 1), 'tampered.replay.json');
    const s = await status(page);
    expect(s.divergedAt).toMatchObject({ turn: bad.turn });
    expect(s.divergedAt!.words).toMatch(
      new RegExp(
        `^DIVERGED tampered\\.replay\\.json at turn ${bad.turn}: state hash after turn ${bad.turn}: expected 0123456789abcdef, got [0-9a-f]{16}$`,
      ),
    );
    // played from the start, it stops there by itself
    await press(page, '+', 3);
    await press(page, 'Space');
    await page.waitForFunction(() => !window.denizens.viewer()!.playing, null, { timeout: 60_000 });
    const stopped = await status(page);
    expect(stopped.stoppedAtDivergence).toBe(true);
    expect(stopped.command).toBe(s.divergedAt!.index + 1);
    expect(stopped.turn).toBe(bad.turn + 1);
    expect(stopped.verifiedTurns).toBe(1);
    // nothing past it: End and → stay there
    await press(page, 'End');
    await press(page, 'ArrowRight');
    expect((await status(page)).command).toBe(stopped.command);
    expect(await page.locator(`.v-mark.bad[data-turn="${bad.turn}"]`).count()).toBe(1);
    expect(await page.locator('.v-mark.ok').count()).toBe(1);
    expect(await page.locator('.v-mark.unverifiable').count()).toBeGreaterThan(0);
    expect(await page.textContent('#viewer-verdict')).toMatch(/^Stopped: DIVERGED/);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'viewer-divergence.png') });
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('stops at the very command whose recorded hash differs, in the CLI’s words', async () => {
    const replay = JSON.parse(goldenText('training-seed2'));
    replay.hashes[20] = 'fedcba9876543210';
    const page = await openReplay(JSON.stringify(replay), 'cmd.replay.json');
    const s = await status(page);
    expect(s.divergedAt).toMatchObject({ index: 20 });
    expect(s.divergedAt!.words).toMatch(
      /^DIVERGED cmd\.replay\.json at command #20 \(turn \d+, [^)]+\): expected fedcba9876543210, got [0-9a-f]{16}/,
    );
    await press(page, 'End');
    const end = await status(page);
    expect(end).toMatchObject({ command: 21, verifiedCommands: 20, stoppedAtDivergence: true });
    expect(await page.locator('.v-cmd.bad').count()).toBe(1);
    expect(await page.locator('.v-cmd.ok').count()).toBe(20);
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('names another rules version before anything plays', async () => {
    const replay = JSON.parse(goldenText('training-seed2'));
    replay.version = 1;
    const page = await h.open('?test');
    await page.waitForSelector('#load-replay');
    await page.setInputFiles('#replay-file', {
      name: 'old.replay.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(replay)),
    });
    await page.waitForSelector('.title .err:not(:empty)');
    expect(await page.textContent('.title .err')).toMatch(
      /recorded with rules version 1; this engine verifies version/,
    );
    expect(await page.evaluate(() => window.denizens.screen)).toBe('title');
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('shares a link that opens in a fresh page at the start, verified; exports the very file', async () => {
    const text = goldenText('training-seed3');
    const replay = JSON.parse(text);
    const page = await openReplay(text);
    await press(page, 'l');
    await page.waitForSelector('#viewer-share-link');
    const url = await page.inputValue('#viewer-share-link');
    expect(url).toMatch(/#replay=[A-Za-z0-9_-]+$/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#viewer-export')]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(text);
    await page.close();
    const fresh = await h.open(url.slice(url.indexOf('?')));
    await fresh.waitForFunction(() => window.denizens?.screen === 'viewer', null, { timeout: 15_000 });
    expect(await status(fresh)).toMatchObject({ command: 0, divergedAt: null });
    await press(fresh, 'End');
    const end = await status(fresh);
    expect(end.verifiedTurns).toBe(replay.turns.length);
    expect(end.hash).toBe(replay.result.hash);
    await fresh.close();
    expect(h.problems).toEqual([]);
  });

  it('offers the file instead of a link past the size limit', async () => {
    const replay = JSON.parse(goldenText('training-seed1'));
    // 12 000 characters that do not compress: the link would pass the limit (the replay still verifies)
    let noise = '';
    for (let i = 0, x = 7; i < 12_000; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      noise += 'abcdefghijklmnopqrstuvwxyz0123456789'[x % 36];
    }
    replay.$schema = `https://example.org/${noise}`;
    const text = JSON.stringify(replay);
    const page = await openReplay(text);
    expect((await status(page)).divergedAt).toBeNull();
    await page.click('#viewer-share-btn');
    await page.waitForSelector('#viewer-share-too-long');
    expect(await page.textContent('#viewer-share-too-long')).toMatch(/links are kept under 8000/);
    expect(await page.locator('#viewer-share-link').count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#viewer-share-file')]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(text);
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('opens ?replay=<file beside the game>', async () => {
    const text = goldenText('ruins-seed2');
    const page = await h.context.newPage();
    await page.route('**/games/ruins.replay.json', (r) =>
      r.fulfill({ status: 200, contentType: 'application/json', body: text }),
    );
    await page.goto(`${h.url}?test&replay=games/ruins.replay.json`);
    await page.waitForFunction(() => window.denizens?.screen === 'viewer', null, { timeout: 15_000 });
    await press(page, 'End');
    expect((await status(page)).verifiedTurns).toBe(JSON.parse(text).turns.length);
    await page.close();
  });
});

describe('from play to the viewer', () => {
  it('watches the game so far from the pause menu, then goes back to it untouched (screenshot)', async () => {
    const page = await openPlay(h, '?map=training&seed=3&test');
    await endTurn(page);
    await idle(page);
    await endTurn(page);
    await idle(page);
    const game = () =>
      page.evaluate(() => ({
        hash: window.denizens.hash(),
        turn: window.denizens.turn(),
        commands: window.denizens.commands(),
        save: localStorage.getItem('denizens.autosave'),
      }));
    const before = await game();
    expect(before.turn).toBe(3);
    // the camera moved away from where a (re)started play screen centres it (arrow keys pan)
    await page.keyboard.down('ArrowRight');
    await page.waitForTimeout(400);
    await page.keyboard.up('ArrowRight');
    await page.waitForTimeout(300);
    const camBefore = await page.evaluate(() => window.denizens.tileToClient(5, 5));
    const logText = () => page.$$eval('.log [role="log"] p', (ps) => ps.map((p) => p.textContent));
    const logBefore = await logText();
    expect(logBefore.length).toBeGreaterThan(2);
    expect(logBefore.join('\n')).not.toMatch(/Continued/);
    // Menu pauses; the game hears no key meanwhile (Space would end the turn), Escape resumes
    await page.click('text=Menu');
    await page.waitForSelector('#pause-menu');
    expect(await page.evaluate(() => window.denizens.screen)).toBe('pause');
    expect(await page.textContent('#pause-menu h2')).toContain(`turn 3, ${before.commands} commands so far`);
    await page.screenshot({ path: join(SHOTS, 'pause-menu.png') });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await press(page, 'Space', 2);
    await page.waitForTimeout(300);
    expect(await page.isVisible('#pause-menu')).toBe(true);
    await press(page, 'Escape');
    expect(await page.isVisible('#pause-menu')).toBe(false);
    await idle(page);
    expect(await game()).toEqual(before);
    // again, and Watch replay: the game so far, every turn verified
    await page.click('text=Menu');
    await page.click('#pause-watch-replay');
    await page.waitForFunction(() => window.denizens.screen === 'viewer', null, { timeout: 15_000 });
    const start = await status(page);
    expect(start).toMatchObject({ command: 0, commands: before.commands, divergedAt: null });
    expect(await page.textContent('#viewer-exit')).toBe('Back to the game');
    expect(await page.textContent('#viewer-keys')).toMatch(/Esc back to the game/);
    await press(page, 'ArrowDown');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'viewer-from-pause.png') });
    await press(page, 'End');
    const end = await status(page);
    expect(end).toMatchObject({ command: before.commands, hash: before.hash, verifiedTurns: 2, turn: 3 });
    await press(page, 'Home');
    // back to the game: the same game, seamlessly (no "Continued" line, the camera where it was), and it goes on
    await press(page, 'Escape');
    await idle(page);
    expect(await game()).toEqual(before);
    expect(await logText()).toEqual(logBefore);
    expect(await page.evaluate(() => window.denizens.tileToClient(5, 5))).toEqual(camBefore);
    await endTurn(page);
    await idle(page);
    const after = await game();
    expect(after.turn).toBe(4);
    expect(after.commands).toBe(before.commands + 1);
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('watches the game just ended from the end screen, verified to its last command', async () => {
    const replay = JSON.parse(goldenText('training-seed1'));
    const last = replay.commands.at(-1);
    expect(last).toMatchObject({ type: 'shoot', unit: 'buffy' });
    const page = await openSaved(h, sessionOn('training', replay.seed, replay.commands.slice(0, -1)));
    // the last command, played by hand: Buffy shoots the last trooper
    await page.click('.card[data-unit="buffy"]');
    await press(page, 't');
    await press(page, 'Enter');
    await press(page, 'x');
    await page.waitForSelector('#end-screen', { timeout: 60_000 });
    expect(await page.evaluate(() => window.denizens.hash())).toBe(replay.result.hash);
    await page.click('#watch-replay');
    await page.waitForFunction(() => window.denizens.screen === 'viewer', null, { timeout: 15_000 });
    expect(await page.textContent('#viewer-exit')).toBe('Title');
    await press(page, 'End');
    expect(await status(page)).toMatchObject({
      command: replay.commands.length,
      verifiedTurns: replay.turns.length,
      verifiedCommands: replay.commands.length,
      hash: replay.result.hash,
      divergedAt: null,
    });
    await press(page, 'Escape');
    await page.waitForSelector('#new-game');
    await page.close();
    expect(h.problems).toEqual([]);
  });
});
