import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
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
