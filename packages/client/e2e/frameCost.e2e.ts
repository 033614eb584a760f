import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, idle, openSaved, SHOTS, sessionOn, startHarness } from './harness';
import { CLIENT_DIR } from './serveDist';

// What keeps a frame cheap in software WebGL (docs/client.md, "Rendering in software WebGL"): whatever stands still
// is painted into the ground canvas once, not drawn by SwiftShader in every frame. Lingering dust and the still
// glows (fires, breaches, lit deck) are in the ground canvas: hiding the WebGL canvas leaves them on screen (the
// screenshot ground-canvas-only.png, for people to look at).

const GOLDEN = join(CLIENT_DIR, '..', 'engine', 'test', 'golden');

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

/** The golden ruins game after its fourth End turn: a strike has torn the hull open and raised dust. */
function ruinsAfterStrike() {
  const golden = JSON.parse(readFileSync(join(GOLDEN, 'ruins-seed1.replay.json'), 'utf8'));
  const commands: unknown[] = [];
  let ends = 0;
  for (const c of golden.commands as { type: string }[]) {
    commands.push(c);
    if (c.type === 'end_turn' && ++ends === 4) break;
  }
  return sessionOn('ruins', golden.seed, commands);
}

describe('what stands still is painted into the ground canvas', () => {
  it('lingering dust and still glows: in the ground canvas, shown with the WebGL canvas hidden', async () => {
    const s = ruinsAfterStrike();
    expect(s.world.grid.dust.filter((d) => d > 0).length).toBeGreaterThan(10);
    const page = await openSaved(h, s);
    const shown = await page.evaluate(() => window.denizens.ground());
    expect(shown!.dust).toBeGreaterThan(0);
    expect(shown!.glows).toBeGreaterThan(0);
    await page.evaluate(() => {
      const gl = document.querySelector('#stage canvas:not(.ground):not(.sky)') as HTMLCanvasElement;
      gl.style.visibility = 'hidden';
    });
    await page.screenshot({ path: join(SHOTS, 'ground-canvas-only.png') });
    await page.close();
    expect(h.problems).toEqual([]);
  });

  it('the dust painted follows the world as the game goes on (the ground is composed again)', async () => {
    const s = ruinsAfterStrike();
    const page = await openSaved(h, s);
    const before = (await page.evaluate(() => window.denizens.ground()))!.dust;
    expect(before).toBeGreaterThan(0);
    // play on until the dust has settled (it lasts a few turns): the count follows the world
    await page.evaluate(() => window.denizens.playOut(3));
    await idle(page);
    const after = await page.evaluate(() => window.denizens.ground());
    expect(after).not.toBeNull();
    expect(after!.dust).not.toBe(before);
    await page.close();
    expect(h.problems).toEqual([]);
  });
});
