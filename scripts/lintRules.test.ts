import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A probe for EVERY determinism lint rule: each global biome.json denies in engine and maps code, and
 * each pattern of lint/no-nondeterminism.grit, must flag a probe file. Deleting a rule fails here;
 * adding one without a probe fails too (the counts are compared with the config).
 */
const ROOT = join(import.meta.dirname, '..');
const BIOME = join(ROOT, 'node_modules/.bin/biome');

/** The globals the engine must never touch (the list is also in biome.json; it may hold more). */
const REQUIRED_DENIED = [
  'Date',
  'performance',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'queueMicrotask',
  'requestAnimationFrame',
  'crypto',
  'Intl',
  'window',
  'document',
  'localStorage',
  'fetch',
  'process',
];

/** One probe per GritQL pattern: the code, the message it must raise, and whether a denied global trips too. */
const GRIT_PROBES: [string, RegExp, boolean][] = [
  ['export const a = Math.random();', /Math\.random is banned in the engine/, false],
  [
    "export const b = ['b', 'a'].sort((x, y) => x.localeCompare(y));",
    /localeCompare depends on the machine's locale/,
    false,
  ],
  ["export const c = new Intl.Collator('en');", /Intl is locale-dependent/, true],
];

function lint(dir: string, name: string, source: string): string {
  const file = join(ROOT, dir, `lint-probe-${name}-${process.pid}.ts`);
  writeFileSync(file, source);
  try {
    const r = spawnSync(BIOME, ['lint', '--max-diagnostics=200', file], { cwd: ROOT, encoding: 'utf8' });
    return `${r.stdout}${r.stderr}`;
  } finally {
    rmSync(file, { force: true });
  }
}

function deniedGlobals(): string[] {
  const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8'));
  const found: string[] = [];
  for (const o of config.overrides ?? []) {
    const g = o.linter?.rules?.style?.noRestrictedGlobals?.options?.deniedGlobals;
    if (g) found.push(...Object.keys(g));
  }
  return found;
}

describe('every determinism lint rule has a probe that trips it', () => {
  const denied = deniedGlobals();

  it('biome.json denies every required global', () => {
    for (const g of REQUIRED_DENIED) expect(denied, g).toContain(g);
  });

  for (const dir of ['packages/engine/src', 'packages/maps/src']) {
    it(`in ${dir}: each denied global is flagged, one error each`, () => {
      const source = denied.map((g, i) => `export const v${i} = ${g};`).join('\n');
      const text = lint(dir, 'globals', `${source}\n`);
      for (const g of denied) expect(text, g).toMatch(new RegExp(`global variable ${g}\\b`));
      expect(text).toMatch(new RegExp(`Found ${denied.length} errors`));
    });

    it(`in ${dir}: each GritQL pattern is flagged`, () => {
      const text = lint(dir, 'grit', `${GRIT_PROBES.map(([code]) => code).join('\n')}\n`);
      for (const [code, message] of GRIT_PROBES) expect(text, code).toMatch(message);
      const expected = GRIT_PROBES.length + GRIT_PROBES.filter(([, , alsoGlobal]) => alsoGlobal).length;
      expect(text).toMatch(new RegExp(`Found ${expected} errors`));
    });
  }

  it('the GritQL file has exactly the patterns probed here', () => {
    const grit = readFileSync(join(ROOT, 'lint/no-nondeterminism.grit'), 'utf8');
    expect(grit.match(/register_diagnostic\(/g)?.length).toBe(GRIT_PROBES.length);
  });

  it('the client is not held to these rules (a probe there is clean)', () => {
    const text = lint(
      'packages/client/src',
      'client',
      `${GRIT_PROBES.map(([c]) => c).join('\n')}\nexport const d = Date.now();\n`,
    );
    expect(text).not.toMatch(/banned in the engine|locale-dependent|global variable Date/);
  });
});
