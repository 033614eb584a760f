import { describe, expect, it } from 'vitest';
import { FUZZ_MAPS, fuzzGame, nthGame } from './fuzz';

/**
 * The invariant fuzz in the test command: random games on every built-in map, commands from the AI
 * and at random (illegal and malformed ones included), invariants checked after every command (see
 * fuzz.ts). Long soaks: `pnpm fuzz --games 20000` (writes a failing game as a reproducer).
 */
const GAMES_PER_MAP = 400;
const TURNS = 10;

describe('invariant fuzz', () => {
  for (const [m, map] of FUZZ_MAPS.entries()) {
    it(`${GAMES_PER_MAP} random games on ${map} keep every invariant`, { timeout: 600_000 }, () => {
      let commands = 0;
      let accepted = 0;
      for (let k = 0; k < GAMES_PER_MAP; k++) {
        const game = nthGame('test', k * FUZZ_MAPS.length + m, TURNS);
        const r = fuzzGame(game);
        commands += r.commands.length;
        accepted += r.accepted;
        if (r.failure)
          expect.fail(
            `${JSON.stringify(game)}: after command #${r.failure.index} (${JSON.stringify(r.commands[r.failure.index])}): ${r.failure.invariant}: ${r.failure.message}`,
          );
      }
      // The games are games: most commands are accepted or refused, both in numbers.
      expect(accepted).toBeGreaterThan(commands / 5);
      expect(commands - accepted).toBeGreaterThan(commands / 5);
    });
  }
});

describe('the fuzz checks can fail', () => {
  it('a world with two units on one tile breaks one_per_tile', async () => {
    const { checkInvariants } = await import('./fuzz');
    const { createGame } = await import('../src/setup/createGame');
    const { tinyMap } = await import('./support');
    const w = createGame(tinyMap(['S.S..', '.....', '....E']), 1);
    expect(checkInvariants(w)).toBeNull();
    w.c.Position.x[w.byId.get('s2')!] = 0;
    expect(checkInvariants(w)?.invariant).toBe('one_per_tile');
    w.c.Position.x[w.byId.get('s2')!] = 2;
    w.c.Health.hp[w.byId.get('s1')!] = 0;
    expect(checkInvariants(w)?.invariant).toBe('hp');
  });
});
