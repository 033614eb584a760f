import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endTurn, type Harness, idle, openPlay, SHOTS, startHarness } from './harness';

// Sound in the browser: the mute key and the volume are remembered; `?test` never makes an audio context.

/** Counts the audio contexts the page makes (wrapping the constructor before the game's code runs). */
const COUNT_CONTEXTS = `{
  const C = window.AudioContext;
  window.__audioContexts = 0;
  if (C) window.AudioContext = class extends C { constructor(...a) { super(...a); window.__audioContexts++; } };
}`;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await h.context.addInitScript({ content: COUNT_CONTEXTS });
});
afterAll(async () => {
  await h?.stop();
});

const sound = (page: Page) => page.evaluate(() => window.denizens.sound());

describe('sound', () => {
  it('N mutes and unmutes, the mute and the volume survive a reload, and the game makes sound after a click', async () => {
    // no ?test here (the test build has the handle anyway): this page may make sound
    const page = await openPlay(h, '?map=ruins&seed=1');
    expect(await page.textContent('.sound-mute')).toBe('Sound 60%');
    expect((await sound(page)).context).toBe('none');
    // the browser allows sound after a gesture: the first click makes the context
    await page.mouse.click(640, 360);
    await page.waitForFunction(() => window.denizens.sound().context !== 'none');
    expect(await page.evaluate(() => (window as unknown as { __audioContexts: number }).__audioContexts)).toBe(1);

    await page.keyboard.press('n');
    expect((await sound(page)).muted).toBe(true);
    expect(await page.textContent('.sound-mute')).toBe('Muted');
    await page.screenshot({ path: join(SHOTS, 'sound-muted.png') });
    await page.keyboard.press('n');
    expect((await sound(page)).muted).toBe(false);
    // the slider sets the volume (keys on it stay with it: the map does not pan)
    await page.focus('.sound-volume');
    for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowLeft');
    expect((await sound(page)).volume).toBe(40);
    await page.keyboard.press('n'); // a key on the slider is not the mute key
    expect((await sound(page)).muted).toBe(false);
    await page.mouse.click(640, 360);
    await page.keyboard.press('n');
    expect((await sound(page)).muted).toBe(true);

    await page.reload();
    await idle(page);
    expect(await sound(page)).toMatchObject({ muted: true, volume: 40 });
    expect(await page.textContent('.sound-mute')).toBe('Muted');
    await page.click('.sound-mute');
    expect((await sound(page)).muted).toBe(false);
    await page.reload();
    await idle(page);
    expect(await sound(page)).toMatchObject({ muted: false, volume: 40 });

    // the enemy phase is heard: its events ask for sounds as they are animated
    const before = (await sound(page)).asked;
    await page.mouse.click(640, 360);
    await endTurn(page);
    await page.waitForFunction(() => window.denizens.busy(), null, { timeout: 10_000 });
    await idle(page);
    const after = await sound(page);
    expect(after.asked).toBeGreaterThan(before);
    await page.screenshot({ path: join(SHOTS, 'sound-control.png') });
    expect(h.problems).toEqual([]);
    await page.close();
  });

  it('the sound setting overlaps no HUD panel, at 1280×720 and at 800×600 with the largest text', async () => {
    const page = await openPlay(h, '?map=ruins&seed=1&test');
    for (const [w, ht, text] of [
      [1280, 720, null],
      [800, 600, '26'],
    ] as const) {
      await page.setViewportSize({ width: w, height: ht });
      if (text) {
        await page.evaluate((t) => localStorage.setItem('denizens.textSize', t), text);
        await page.reload();
        await idle(page);
      }
      await page.waitForTimeout(300);
      const overlaps = await page.evaluate(() => {
        const box = document.querySelector('.sound-control')!.getBoundingClientRect();
        const hit = (r: DOMRect) =>
          r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
        const within = box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight;
        return [
          ...(within ? [] : ['off screen']),
          ...[...document.querySelectorAll('#ui .panel, #ui .fold')]
            .filter((e) => hit(e.getBoundingClientRect()))
            .map((e) => e.className),
        ];
      });
      await page.screenshot({ path: join(SHOTS, `sound-control-${w}x${ht}.png`) });
      expect(overlaps, `${w}×${ht}`).toEqual([]);
    }
    await page.evaluate(() => localStorage.removeItem('denizens.textSize')); // the default text for the tests after
    await page.close();
  });

  it('?test is silent: clicks, keys and a whole enemy phase make no audio context', async () => {
    const page = await openPlay(h, '?map=ruins&seed=1&test');
    await page.mouse.click(640, 360);
    await page.keyboard.press('x');
    await endTurn(page);
    await page.waitForFunction(() => window.denizens.busy(), null, { timeout: 10_000 });
    await idle(page);
    const s = await sound(page);
    expect(s.context).toBe('none');
    expect(s.asked).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __audioContexts: number }).__audioContexts)).toBe(0);
    expect(h.problems).toEqual([]);
    await page.close();
  });
});
