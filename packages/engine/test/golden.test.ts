import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_MAPS, validateMap } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { verifyReplayText } from '../src/replay/verify';
import { REPLAY_VERSION } from '../src/version';

const DIR = join(import.meta.dirname, 'golden');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.replay.json'))
  .sort();

/**
 * The golden corpus: recorded replays that must keep verifying as the code changes. A failure here
 * means the rules changed outcomes: if that was intended, bump REPLAY_VERSION and run `pnpm golden`.
 */
describe('golden replay corpus', () => {
  it('has replays for every built-in map', () => {
    for (const id of Object.keys(BUILTIN_MAPS))
      expect(
        files.some((f) => f.startsWith(`${id}-`)),
        id,
      ).toBe(true);
  });

  for (const f of files) {
    it(`${f} verifies`, () => {
      const text = readFileSync(join(DIR, f), 'utf8');
      expect(JSON.parse(text).version, 'replay version: regenerate the corpus after a REPLAY_VERSION bump').toBe(
        REPLAY_VERSION,
      );
      const r = verifyReplayText(text, (id) => {
        const m = BUILTIN_MAPS[id];
        if (!m) return undefined;
        const v = validateMap(m, id);
        return v.ok ? v.map : { error: v.issues[0]!.message };
      });
      expect(r, 'if this rule change is intended: bump REPLAY_VERSION and run `pnpm golden`').toMatchObject({
        status: 'ok',
      });
    });
  }
});
