import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '@denizens/engine';
import type { BrowserContext, Page } from 'playwright-core';
import { EDITOR_WORK_KEY } from '../src/editor/loadEditorMap';
import { loadBuiltinMap } from '../src/game/loadMap';
import { makeSave, SAVE_KEY } from '../src/game/saveGame';
import { createSession, type Session, sendCommand } from '../src/game/session';
import type { TestHandle } from '../src/testHandle';
import { launchChromium } from './browser';
import { CLIENT_DIR, serveDist } from './serveDist';

/** Screenshots for people to look at (git-ignored). */
export const SHOTS = join(CLIENT_DIR, '..', '..', 'artifacts', 'screenshots');

declare global {
  interface Window {
    denizens: TestHandle;
  }
}

/** One browser test file's world: the built client served on localhost, Chromium, and every page error seen. */
export interface Harness {
  url: string;
  context: BrowserContext;
  /** Console errors and page errors from every page opened: tests assert it stays empty. */
  problems: string[];
  /** Opens a page at `url + path`, recording its console errors and page errors. */
  open(path: string): Promise<Page>;
  stop(): Promise<void>;
}

/** Serves the client built by the e2e global setup and launches Chromium at 1280×720. */
export async function startHarness(): Promise<Harness> {
  mkdirSync(SHOTS, { recursive: true });
  const srv = await serveDist();
  const browser = await launchChromium({ width: 1280, height: 720 });
  const problems: string[] = [];
  return {
    url: srv.url,
    context: browser.context,
    problems,
    async open(path) {
      const page = await browser.context.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`${path}: console error: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`${path}: page error: ${e.message}`));
      await page.goto(srv.url + path);
      return page;
    },
    async stop() {
      await browser.close();
      await srv.close();
    },
  };
}

/** Ends the squad's turn with Space, answering yes when asked whether to end it with actions left. */
export async function endTurn(page: Page): Promise<void> {
  await page.keyboard.press('Space');
  if (await page.isVisible('.prompt')) await page.keyboard.press('Space');
}

/** Waits until the play screen is up and no animation is playing (a minute at most: the machine is shared). */
export function idle(page: Page): Promise<unknown> {
  return page.waitForFunction(() => window.denizens?.screen === 'play' && !window.denizens.busy(), null, {
    timeout: 60_000,
  });
}

/**
 * A tile's client position once the camera has stopped moving (it glides to a target when one is picked): two
 * reads 100 ms apart within half a pixel, five seconds at most.
 */
export async function stillTile(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  let last = { x: Number.NaN, y: Number.NaN };
  for (let i = 0; i < 50; i++) {
    const p = await page.evaluate(([tx, ty]) => window.denizens.tileToClient(tx, ty)!, [x, y] as const);
    if (Math.abs(p.x - last.x) + Math.abs(p.y - last.y) < 0.5) return p;
    last = p;
    await page.waitForTimeout(100);
  }
  return last;
}

/** Opens the client at `path` (e.g. `?map=ruins&seed=1&test`) and waits for the play screen, idle. */
export async function openPlay(h: Harness, path: string): Promise<Page> {
  const page = await h.open(path);
  await idle(page);
  return page;
}

/**
 * Continues a game played in Node (`session`) in the browser, as a reload does: its save in the autosave (and any
 * other `storage` entries, e.g. `denizens.speed`), then `?continue`; waits for the play screen, idle.
 */
export async function openSaved(h: Harness, session: Session, storage: Record<string, string> = {}): Promise<Page> {
  const page = await h.open('?test');
  await page.waitForSelector('#new-game');
  await page.evaluate(
    (entries) => {
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
    },
    { ...storage, [SAVE_KEY]: JSON.stringify(makeSave(session)) },
  );
  await page.goto(`${h.url}?continue&test`);
  await idle(page);
  return page;
}

/** Play-tests a map from the editor (the map as the editor's work in progress); waits for the play screen, idle. */
export async function openPlaytest(h: Harness, map: unknown): Promise<Page> {
  const page = await h.open('?test');
  await page.waitForSelector('#new-game');
  await page.evaluate(
    ([k, v]) => localStorage.setItem(k!, v!),
    [EDITOR_WORK_KEY, JSON.stringify({ format: 'denizens-editor-work', version: 1, map })],
  );
  await page.goto(`${h.url}?test&editor`);
  await page.click('#ed-playtest');
  await idle(page);
  return page;
}

/**
 * The golden game `<mapId>-seed<seed>.replay.json` (packages/engine/test/golden) played in Node up to its `ends`-th
 * End turn: the turn's commands before it (`'before'`), or with it played too (`'after'`).
 */
export function goldenSession(mapId: string, seed: number, ends: number, upTo: 'before' | 'after'): Session {
  const file = join(CLIENT_DIR, '..', 'engine', 'test', 'golden', `${mapId}-seed${seed}.replay.json`);
  const golden = JSON.parse(readFileSync(file, 'utf8')) as { seed: string; commands: { type: string }[] };
  const commands: unknown[] = [];
  let seen = 0;
  for (const c of golden.commands) {
    const isEnd = c.type === 'end_turn' && ++seen === ends;
    if (isEnd && upTo === 'before') break;
    commands.push(c);
    if (isEnd) break;
  }
  return sessionOn(mapId, golden.seed, commands);
}

/** A game on a built-in map played in Node (the same engine) through `commands`: each must be accepted. */
export function sessionOn(mapId: string, seed: string | number, commands: readonly unknown[] = []): Session {
  const m = loadBuiltinMap(mapId);
  if (!m.ok) throw new Error(m.error);
  const s = createSession(m.map, String(seed), mapId);
  for (const c of commands) {
    const r = sendCommand(s, c as Command);
    if (!r.ok) throw new Error(r.rejection.message);
  }
  return s;
}
