import { describe, expect, it } from 'vitest';
import { apply } from '../src/apply';
import type { Command } from '../src/commands/types';
import { createGame } from '../src/setup/createGame';
import { readCorpus } from './goldenDigest';
import { type GameFacts, GOLDEN_FACTS, type KeyEvent } from './goldenFacts';
import { builtin } from './support';

/**
 * The hand-written facts of goldenFacts.ts against the golden games, replayed command by command
 * through the engine (no state hash involved). One test per fact, so a failure names the game and the fact.
 */
const HOW =
  'a hand-written golden fact broke: if your REPLAY_VERSION bump explains it, re-check the game by hand and update packages/engine/test/goldenFacts.ts; otherwise a rule broke';

function observe(text: string): GameFacts & { events: KeyEvent[] } {
  const replay = JSON.parse(text) as { map: { id: string }; seed: string | number; commands: Command[] };
  const w = createGame(builtin(replay.map.id), replay.seed);
  const dead: { unit: string; faction: string; turn: number; cause: string }[] = [];
  const events: KeyEvent[] = [];
  for (const c of replay.commands) {
    const turn = w.header.turn;
    const r = apply(w, c);
    if (!r.ok) throw new Error(`command ${JSON.stringify(c)} refused: ${r.rejection.message}`);
    for (const e of r.events) {
      if (e.type === 'unit_died') dead.push({ unit: e.unit, faction: e.faction, turn, cause: e.cause });
      if ('unit' in e && typeof e.unit === 'string') events.push({ type: e.type, unit: e.unit, turn });
    }
  }
  const first = dead[0];
  return {
    outcome: w.header.outcome,
    reason: w.header.reason,
    turn: w.header.turn,
    squadDead: dead
      .filter((d) => d.faction === 'squad')
      .map((d) => d.unit)
      .sort(),
    lgfDead: dead
      .filter((d) => d.faction === 'lgf')
      .map((d) => d.unit)
      .sort(),
    firstDeath: first ? { unit: first.unit, turn: first.turn, cause: first.cause } : null,
    events,
  };
}

describe('golden games: hand-written facts', () => {
  const corpus = readCorpus();

  it('there are facts for every golden game, and a game for every fact', () => {
    const games = [...corpus.keys()].map((f) => f.replace(/\.replay\.json$/, '')).sort();
    expect(Object.keys(GOLDEN_FACTS).sort()).toEqual(games);
  });

  for (const [game, facts] of Object.entries(GOLDEN_FACTS)) {
    const text = corpus.get(`${game}.replay.json`);
    if (text === undefined) continue;
    describe(game, () => {
      const seen = observe(text);
      const { key: keyEvent, ...plain } = facts;
      for (const key of Object.keys(plain) as (keyof GameFacts)[]) {
        it(`${key}: ${JSON.stringify(facts[key])}`, () => {
          expect(seen[key], `${game}.${key}: ${HOW}`).toEqual(facts[key]);
        });
      }
      if (keyEvent)
        it(`key event: ${keyEvent.type} of ${keyEvent.unit} on turn ${keyEvent.turn}`, () => {
          expect(seen.events, `${game}.key: ${HOW}`).toContainEqual(keyEvent);
        });
    });
  }
});
