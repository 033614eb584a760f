import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../../packages/client/e2e/browser';
import { buildClient, CLIENT_DIR, serveDist } from '../../packages/client/e2e/serveDist';
import { battleMap, STRESS_PER_SIDE, STRESS_SIZE } from '../inputs/battleMap';
import { createGame, hashWorld, type MapData } from '../lib/engine';
import {
  counted,
  emptyResult,
  skipped,
  timed,
  type VariantFn,
  type VariantOptions,
  type VariantResult,
} from '../lib/result';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 720 };

/** The JavaScript the page loads before it can start: index.html's module scripts and modulepreloads, gzip (level 6) each. */
export function initialJs(dir: string): { files: string[]; rawBytes: number; gzipBytes: number } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)) files.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)) files.add(m[1]!);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const f of files) {
    const buf = readFileSync(join(dir, f.replace(/^\.?\//, '')));
    rawBytes += buf.length;
    gzipBytes += gzipSync(buf, { level: 6 }).length;
  }
  return { files: [...files], rawBytes, gzipBytes };
}

function allJsBytes(dir: string): number {
  let n = 0;
  for (const f of readdirSync(join(dir, 'assets'))) if (f.endsWith('.js')) n += statSync(join(dir, 'assets', f)).size;
  return n;
}

/**
 * The client's autosave for a new game on a map that is not built in: the client re-simulates it on `?continue` and
 * checks the hash, so the stress map opens exactly as a saved game would (no client flag needed).
 */
function autosaveFor(map: MapData, seed: string): string {
  const world = createGame(map, seed);
  return JSON.stringify({
    format: 'denizens-command-log',
    version: 2,
    mapId: map.id,
    map,
    seed,
    commands: [],
    turns: [],
    turn: 1,
    hash: hashWorld(world),
  });
}

const FPS_SCRIPT = `(ms) => new Promise((done) => {
  let frames = 0;
  let t0 = 0;
  const tick = (t) => {
    if (!t0) t0 = t;
    else frames++;
    if (t - t0 < ms) requestAnimationFrame(tick);
    else done((frames * 1000) / (t - t0));
  };
  requestAnimationFrame(tick);
})`;

/** Truthy (the time since navigation started) once the page can be played: the game screen, the squad's phase, idle. */
const READY_EXPRESSION = `(() => {
  const d = window.denizens;
  const ready = !!d && (d.screen === 'bench-empty' || (d.screen === 'play' && d.phase() === 'player' && !d.busy()));
  return ready ? performance.now() : 0;
})()`;

async function runClient(o: VariantOptions): Promise<VariantResult> {
  if (!existsSync(join(CLIENT_DIR, 'src/main.ts')))
    return skipped('client not built yet (packages/client/src/main.ts is missing)');
  if (!existsSync(CHROMIUM)) return skipped(`no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  const r = emptyResult();
  // Production mode, as shipped, into its own directory (packages/client/dist is left to the browser tests).
  const dist = mkdtempSync(join(tmpdir(), 'denizens-bench-client-'));
  buildClient('production', dist);
  const server = await serveDist(dist);
  const browser = await launchChromium(VIEWPORT);
  const context = browser.context;
  try {
    const js = initialJs(dist);
    r.figures.jsGzipKB = counted(js.gzipBytes / 1024, 'KB');
    r.figures.jsRawKB = counted(js.rawBytes / 1024, 'KB');
    r.figures.jsAllChunksRawKB = counted(allJsBytes(dist) / 1024, 'KB');
    const stress = battleMap({ size: STRESS_SIZE, perSide: STRESS_PER_SIDE });
    const save = autosaveFor(stress, '1');
    const pages: Record<string, string> = {
      empty: `${server.url}?bench=empty&test`,
      default: `${server.url}?seed=1&test`,
      stress: `${server.url}?continue&test`,
    };
    await context.addInitScript({
      content: `if (location.search.includes('continue')) localStorage.setItem('denizens.autosave', ${JSON.stringify(save)});`,
    });
    const seconds = o.quick ? 1 : 3;
    const fps: Record<string, number[]> = { empty: [], default: [], stress: [] };
    const firstFrame: number[] = [];
    const errors: string[] = [];
    // Rounds in turn (empty, default, stress), each page fresh: the empty stage is measured next to the game, in the same run.
    for (let round = 0; round < Math.max(1, o.warmup > 0 ? 1 : 0) + o.runs; round++) {
      const warm = round === 0;
      for (const [name, url] of Object.entries(pages)) {
        const page = await context.newPage();
        page.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
        await page.goto(url);
        const handle = await page.waitForFunction(READY_EXPRESSION, undefined, { timeout: 30_000, polling: 'raf' });
        const ready = (await handle.jsonValue()) as number;
        if (typeof ready !== 'number' || !(ready > 0)) throw new Error(`${name}: the page never became playable`);
        if (name === 'default' && !warm) firstFrame.push(ready);
        // Let the first frames' one-time work (texture uploads, layout) settle before counting frames.
        await page.waitForTimeout(o.quick ? 100 : 1000);
        if (warm && process.env.BENCH_SCREENSHOTS) {
          mkdirSync(process.env.BENCH_SCREENSHOTS, { recursive: true });
          await page.screenshot({ path: join(process.env.BENCH_SCREENSHOTS, `client-${name}.png`) });
        }
        const f = (await page.evaluate(`(${FPS_SCRIPT})(${seconds * 1000})`)) as number;
        if (!warm) fps[name]!.push(f);
        await page.close();
      }
    }
    r.figures.emptyFps = timed(fps.empty!, 'fps');
    r.figures.defaultFps = timed(fps.default!, 'fps');
    r.figures.stressFps = timed(fps.stress!, 'fps');
    r.figures.firstFrameMs = timed(firstFrame, 'ms');
    r.checks.push({ name: 'no page errors', ok: errors.length === 0, detail: errors.slice(0, 3).join('; ') || 'none' });
    r.notes.push(`initial JavaScript: ${js.files.join(', ')}`);
    r.notes.push(
      `stress map opened through the client's autosave (?continue): ${stress.width}x${stress.height}, ${stress.squad.length + stress.enemies.length} units`,
    );
  } finally {
    await browser.close();
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }
  return r;
}

export const clientVariants: Record<string, VariantFn> = { browser: runClient };
