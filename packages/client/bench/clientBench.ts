// Client benchmark: frame rate of the default map in headless Chromium at 1280x720 against an empty
// stage in the same run, the initial JavaScript (gzip) and the time to the first playable frame.
// Run: pnpm --filter @denizens/client exec tsx bench/clientBench.ts   (writes bench-results/client-local.json)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEFAULT_MAP_ID } from '@denizens/maps';
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/browser';
import { buildClient, CLIENT_DIR, DIST_DIR, serveDist } from '../e2e/serveDist';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

/** Frames per second over SECONDS, optionally panning the camera with the arrow keys. (A string: tsx must not rewrite it.) */
async function fps(page: Page, pan: boolean): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const keys = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'];
    let frames = 0, k = 0;
    const start = performance.now();
    function tick() {
      frames++;
      const t = performance.now() - start;
      if (${pan} && Math.floor(t / 600) !== k) {
        window.dispatchEvent(new KeyboardEvent('keyup', { key: keys[k % 4] }));
        k = Math.floor(t / 600);
        window.dispatchEvent(new KeyboardEvent('keydown', { key: keys[k % 4] }));
      }
      if (t < ${SECONDS * 1000}) requestAnimationFrame(tick);
      else {
        window.dispatchEvent(new KeyboardEvent('keyup', { key: keys[k % 4] }));
        resolve((frames * 1000) / (performance.now() - start));
      }
    }
    requestAnimationFrame(tick);
  })`) as Promise<number>;
}

async function main(): Promise<void> {
  buildClient('production');
  const srv = await serveDist();
  const b = await launchChromium({ width: 1280, height: 720 });
  const page = await b.context.newPage();
  const ready = (screen: string) =>
    page.waitForFunction((s) => window.denizens?.screen === s, screen, { timeout: 30_000 });

  await page.goto(`${srv.url}?bench=empty&test`);
  await ready('bench-empty');
  await page.waitForTimeout(1000);
  const empty = await fps(page, false);

  const starts: number[] = [];
  let jsFiles: string[] = [];
  for (let i = 0; i < 3; i++) {
    await page.goto(`${srv.url}?map=${DEFAULT_MAP_ID}&seed=1&test`);
    await page.waitForFunction(() => window.denizens?.marks.playable !== undefined, null, { timeout: 30_000 });
    starts.push(await page.evaluate(() => window.denizens.marks.playable!));
    jsFiles = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((r) => r.name.endsWith('.js') && r.startTime <= (window.denizens.marks.playable ?? 0))
        .map((r) => new URL(r.name).pathname),
    );
  }
  await page.waitForTimeout(1500);
  const game = await fps(page, false);
  const panning = await fps(page, true);
  const marks = await page.evaluate(() => ({ ...window.denizens.marks }));
  const gz = jsFiles.map((f) => ({ file: basename(f), gzip: gzipSync(readFileSync(join(DIST_DIR, f))).length }));
  const initialKB = gz.reduce((a, x) => a + x.gzip, 0) / 1024;
  await b.close();
  await srv.close();

  const result = {
    map: DEFAULT_MAP_ID,
    viewport: '1280x720',
    fps: { emptyStage: +empty.toFixed(1), game: +game.toFixed(1), gamePanning: +panning.toFixed(1) },
    firstPlayableMs: { runs: starts, best: Math.min(...starts), marks },
    initialJsGzipKB: +initialKB.toFixed(1),
    initialJs: gz,
  };
  const out = join(CLIENT_DIR, '..', '..', 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'client-local.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
