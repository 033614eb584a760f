import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../packages/client/e2e/browser';
import { buildClient, CLIENT_DIR, serveDist } from '../../packages/client/e2e/serveDist';
import { exploredTiles } from '../../packages/client/src/game/exploredTiles';
import { loadBuiltinMap } from '../../packages/client/src/game/loadMap';
import { makeSave, SAVE_KEY } from '../../packages/client/src/game/saveGame';
import { createSession, type Session, sendCommand } from '../../packages/client/src/game/session';
import { AMBIENT_LINGER_MS } from '../../packages/client/src/render/frameLoop';
import { battleMap, STRESS_PER_SIDE, STRESS_SIZE } from '../inputs/battleMap';
import { chooseCommand, createGame, Faction, hashWorld, type MapData, unitsSorted } from '../lib/engine';
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

/**
 * A late turn of a built-in map, played by the AI on both sides in Node through the client's own session: the
 * first turn from `fromTurn` at which `explored` of the map has been seen, the squad's moves of that turn made, its
 * End turn not yet pressed (the enemy phase is what the benchmark watches). Tries seeds in order until one gets
 * there with the game still on and LGF left to move.
 */
export function lateTurn(
  mapId: string,
  fromTurn: number,
  explored: number,
): { session: Session; seed: string; turn: number; explored: number; lgf: number } {
  const m = loadBuiltinMap(mapId);
  if (!m.ok) throw new Error(m.error);
  for (let seed = 1; seed <= 12; seed++) {
    const s = createSession(m.map, String(seed), mapId);
    while (s.world.header.outcome === 'ongoing' && s.world.header.turn < 30) {
      for (let n = 0; n < 64; n++) {
        const cmd = chooseCommand(s.world, Faction.squad);
        if (cmd.type === 'end_turn' || !sendCommand(s, cmd).ok) break;
      }
      const seen = exploredTiles(s.map, s.seed, s.commands);
      const share = seen.reduce((a, b) => a + b, 0) / seen.length;
      const lgf = unitsSorted(s.world, Faction.lgf).length;
      if (s.world.header.outcome !== 'ongoing' || lgf === 0) break;
      if (s.world.header.turn >= fromTurn && share >= explored)
        return { session: s, seed: String(seed), turn: s.world.header.turn, explored: share, lgf };
      sendCommand(s, { type: 'end_turn' });
    }
  }
  throw new Error(`no seed of ${mapId} reaches turn ${fromTurn} with ${explored * 100}% explored and the game on`);
}

/** Frames drawn a second over `ms` (the client draws on demand: this counts frames drawn, not display frames). */
const DRAWN_SCRIPT = `(ms) => new Promise((done) => {
  const n0 = window.denizens.frames().rendered;
  const t0 = performance.now();
  setTimeout(() => done(((window.denizens.frames().rendered - n0) * 1000) / (performance.now() - t0)), ms);
})`;

/** Frames drawn a second while an arrow key is held (the camera pans), turning every 600 ms. */
async function panFps(page: Page, ms: number): Promise<number> {
  const keys = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'];
  const n0 = (await page.evaluate('window.denizens.frames().rendered')) as number;
  const t0 = Date.now();
  for (let k = 0; Date.now() - t0 < ms; k++) {
    await page.keyboard.down(keys[k % 4]!);
    await page.waitForTimeout(Math.min(600, ms - (Date.now() - t0)));
    await page.keyboard.up(keys[k % 4]!);
  }
  const n1 = (await page.evaluate('window.denizens.frames().rendered')) as number;
  return ((n1 - n0) * 1000) / (Date.now() - t0);
}

/**
 * Installs a recorder of the frames drawn while the screen is busy (the events of the End turn playing), then ends
 * the turn; resolves with the frames a second over the busy span and the 95th percentile of the gaps between them.
 */
async function enemyPhase(page: Page): Promise<{ fps: number; p95: number; seconds: number }> {
  await page.evaluate(`(() => {
    const rec = (window.__phase = { times: [], done: false, seen: false });
    let last = window.denizens.frames().rendered;
    const tick = (t) => {
      const d = window.denizens;
      const busy = d.busy();
      const n = d.frames().rendered;
      if (busy) rec.seen = true;
      if (rec.seen && n !== last) rec.times.push(t);
      last = n;
      if (rec.seen && !busy) rec.done = true;
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await page.keyboard.press('Space');
  await page.waitForTimeout(200);
  if (await page.isVisible('.prompt')) await page.keyboard.press('Space');
  await page.waitForFunction('window.__phase.done', undefined, { timeout: 120_000, polling: 200 });
  const times = (await page.evaluate('window.__phase.times')) as number[];
  const gaps = times.slice(1).map((t, i) => t - times[i]!);
  gaps.sort((a, b) => a - b);
  const span = (times[times.length - 1]! - times[0]!) / 1000;
  return {
    fps: (times.length - 1) / span,
    p95: gaps[Math.floor(gaps.length * 0.95)] ?? 0,
    seconds: span,
  };
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
    const late = { ruins: lateTurn('ruins', 5, 0.7), ship: lateTurn('ship', 6, 0.55) };
    const saves: Record<string, string> = {
      stress: autosaveFor(stress, '1'),
      ruins: JSON.stringify(makeSave(late.ruins.session)),
      ship: JSON.stringify(makeSave(late.ship.session)),
    };
    const pages: Record<string, string> = {
      empty: `${server.url}?bench=empty&test`,
      default: `${server.url}?seed=1&test`,
      stress: `${server.url}?continue&test&save=stress`,
      ruins: `${server.url}?continue&test&save=ruins`,
      ship: `${server.url}?continue&test&save=ship`,
    };
    // the page's autosave before the client reads it: `save=<name>` picks which (the client ignores the parameter)
    await context.addInitScript({
      content: `{
        const saves = ${JSON.stringify(saves)};
        const name = new URLSearchParams(location.search).get('save');
        if (name) localStorage.setItem(${JSON.stringify(SAVE_KEY)}, saves[name]);
      }`,
    });
    const seconds = o.quick ? 1 : 3;
    const fig: Record<string, number[]> = {};
    const put = (k: string, v: number) => (fig[k] ??= []).push(v);
    const firstFrame: number[] = [];
    const errors: string[] = [];
    const loads: number[] = [];
    // Rounds in turn, each page fresh: the empty stage is measured next to the game, in the same run.
    for (let round = 0; round < Math.max(1, o.warmup > 0 ? 1 : 0) + o.runs; round++) {
      const warm = round === 0;
      loads.push(loadavg()[0]!);
      for (const [name, url] of Object.entries(pages)) {
        const page = await context.newPage();
        page.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
        await page.goto(url);
        const handle = await page.waitForFunction(READY_EXPRESSION, undefined, { timeout: 60_000, polling: 'raf' });
        const ready = (await handle.jsonValue()) as number;
        if (typeof ready !== 'number' || !(ready > 0)) throw new Error(`${name}: the page never became playable`);
        if (name === 'default' && !warm) firstFrame.push(ready);
        // Let the first frames' one-time work (texture uploads, layout) settle before counting frames.
        await page.waitForTimeout(o.quick ? 100 : 1000);
        if (warm && process.env.BENCH_SCREENSHOTS) {
          mkdirSync(process.env.BENCH_SCREENSHOTS, { recursive: true });
          await page.screenshot({ path: join(process.env.BENCH_SCREENSHOTS, `client-${name}.png`) });
        }
        const m: Record<string, number> = {};
        if (name === 'empty') m.emptyFps = (await page.evaluate(`(${FPS_SCRIPT})(${seconds * 1000})`)) as number;
        if (name === 'default' || name === 'stress') m[`${name}PanFps`] = await panFps(page, seconds * 1000);
        if (name === 'default' && !o.quick) {
          // idle: nothing moves, the pointer off the map, ambient motion settled
          await page.waitForTimeout(AMBIENT_LINGER_MS + 1000);
          m.idleFramesPerSec = (await page.evaluate(`(${DRAWN_SCRIPT})(${seconds * 1000})`)) as number;
        }
        if (name === 'ruins' || name === 'ship') {
          const p = await enemyPhase(page);
          m[`${name}EnemyFps`] = p.fps;
          m[`${name}EnemyP95Ms`] = p.p95;
          m[`${name}EnemySeconds`] = p.seconds;
        }
        if (!warm) for (const [k, v] of Object.entries(m)) put(k, v);
        await page.close();
      }
    }
    for (const [k, unit] of [
      ['emptyFps', 'fps'],
      ['defaultPanFps', 'fps'],
      ['stressPanFps', 'fps'],
      ['idleFramesPerSec', 'frames/s'],
      ['ruinsEnemyFps', 'fps'],
      ['ruinsEnemyP95Ms', 'ms'],
      ['ruinsEnemySeconds', 's'],
      ['shipEnemyFps', 'fps'],
      ['shipEnemyP95Ms', 'ms'],
      ['shipEnemySeconds', 's'],
    ] as const)
      if (fig[k]) r.figures[k] = timed(fig[k]!, unit);
    r.figures.firstFrameMs = timed(firstFrame, 'ms');
    r.figures.loadAverage = timed(loads, 'load');
    r.checks.push({ name: 'no page errors', ok: errors.length === 0, detail: errors.slice(0, 3).join('; ') || 'none' });
    r.notes.push(`initial JavaScript: ${js.files.join(', ')}`);
    r.notes.push(
      `stress map opened through the client's autosave (?continue): ${stress.width}x${stress.height}, ${stress.squad.length + stress.enemies.length} units`,
    );
    for (const [map, l] of Object.entries(late))
      r.notes.push(
        `${map}: late turn ${l.turn} of seed ${l.seed} (AI on both sides), ${Math.round(l.explored * 100)}% of the map explored, ${l.lgf} LGF alive; the End turn's events measured`,
      );
    r.notes.push(`load average (1 min) at each round's start: ${loads.map((x) => x.toFixed(2)).join(', ')}`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  }
  return r;
}

export const clientVariants: Record<string, VariantFn> = { browser: runClient };
