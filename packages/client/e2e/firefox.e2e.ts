import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayHashes, verifyWithBuiltins } from '../src/game/replayHashes';
import type { TestHandle } from '../src/testHandle';
import { CLIENT_DIR, serveDist } from './serveDist';

// A second JavaScript engine: Debian's Firefox (SpiderMonkey), driven headless by puppeteer-core over
// WebDriver BiDi, verifies every golden replay in the built client and must give Node's verdicts and
// hashes (trust.e2e.ts does the same in Chromium). `npm test` installs firefox-esr when it is missing.

const GOLDEN = join(CLIENT_DIR, '..', 'engine', 'test', 'golden');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

let browser: Browser;
let srv: Awaited<ReturnType<typeof serveDist>>;
let profile: string;

beforeAll(async () => {
  srv = await serveDist();
  profile = mkdtempSync(join(tmpdir(), 'denizens-firefox-'));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    // Puppeteer waits 30 s for the browser's WebSocket endpoint by default; a loaded machine once took longer.
    timeout: 120_000,
    // Nothing but localhost: no update checks, telemetry or captive-portal probes on a closed network.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
});

afterAll(async () => {
  await browser?.close();
  await srv?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('Firefox (a second JavaScript engine)', () => {
  it('gives Node’s verdicts and hashes on every golden replay', async () => {
    const version = await browser.version();
    expect(version).toMatch(/firefox/i);
    const files = readdirSync(GOLDEN)
      .filter((f) => f.endsWith('.replay.json'))
      .sort();
    expect(files.length).toBeGreaterThan(0);
    const texts = files.map((f) => readFileSync(join(GOLDEN, f), 'utf8'));
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${(e as Error).message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    await page.goto(`${srv.url}?test`);
    // Generous: under heavy load Firefox's first page (software rendering) took over 30 s here.
    await page.waitForSelector('#new-game', { timeout: 120_000 });
    const inFirefox = await page.evaluate((all: string[]) => {
      const d = (window as unknown as { denizens: TestHandle }).denizens;
      return {
        agent: navigator.userAgent,
        results: all.map((t) => ({ verdict: d.verifyReplay(t), hashes: d.replayHashes(t) })),
      };
    }, texts);
    expect(inFirefox.agent).toMatch(/Firefox\//);
    for (let i = 0; i < files.length; i++) {
      const file = files[i]!;
      const recorded = JSON.parse(texts[i]!) as { turns: { turn: number; hash: string }[]; result: { hash: string } };
      const node = { verdict: verifyWithBuiltins(texts[i]!), hashes: replayHashes(texts[i]!) };
      expect(node.verdict.status, file).toBe('ok');
      expect(inFirefox.results[i]!.verdict, file).toEqual(node.verdict);
      if (!node.hashes.ok) throw new Error(`${file}: ${node.hashes.error}`);
      expect(node.hashes.final, file).toBe(recorded.result.hash);
      expect(inFirefox.results[i]!.hashes, file).toEqual(node.hashes);
    }
    // A tampered replay gets the same verdict too (not only the happy path).
    const tampered = JSON.parse(texts[0]!);
    tampered.turns[0].hash = '0123456789abcdef';
    const text = JSON.stringify(tampered);
    const verdict = await page.evaluate(
      (t: string) => (window as unknown as { denizens: TestHandle }).denizens.verifyReplay(t),
      text,
    );
    expect(verdict).toEqual(verifyWithBuiltins(text));
    expect(verdict.status).toBe('diverged');
    await page.close();
    expect(problems).toEqual([]);
  }, 300_000);
});
