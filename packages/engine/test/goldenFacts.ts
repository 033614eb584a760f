/**
 * HAND-WRITTEN FACTS ABOUT THE GOLDEN GAMES (packages/engine/test/golden/).
 *
 * Written down by a person, once, from reading each game's events (REPLAY_VERSION 3, 2026-12-01),
 * and checked by goldenFacts.test.ts by replaying the commands through the engine: independent of the
 * state hashes, so a rule that breaks while `pnpm golden` re-records the hashes still shows up here.
 *
 * WHEN YOU BUMP REPLAY_VERSION AND RUN `pnpm golden`: re-check every fact below BY HAND against the new
 * games (replay them in the client: Load replay, or read the events) and update the facts that your
 * rule change explains, in the same commit, saying why. Do not copy the test's output over them: a fact
 * that changed for a reason you cannot explain is the bug this file is here to catch.
 * Checked for REPLAY_VERSION: 3.
 */
export interface GameFacts {
  outcome: 'victory' | 'defeat' | 'ongoing';
  /** Why it ended ('' while ongoing). */
  reason: string;
  /** The turn the game ended on (or the turn it stood at when the recording stopped). */
  turn: number;
  /** The pilots dead at the end, by id, sorted. */
  squadDead: string[];
  /** The LGF units dead at the end, by id, sorted. */
  lgfDead: string[];
  /** The first death of the game: who, on which turn, of what. */
  firstDeath: { unit: string; turn: number; cause: string } | null;
}

export const GOLDEN_FACTS: Record<string, GameFacts> = {
  // Ruins, seed 1: the squad loses everyone by turn 10; Charlie is crushed by a sealing breach on turn 7.
  'ruins-seed1': {
    outcome: 'defeat',
    reason: 'squad_dead',
    turn: 11,
    squadDead: ['alex', 'barrel', 'buffy', 'charlie', 'faith', 'william', 'willow'],
    lgfDead: ['drone-1', 'drone-3', 'trooper-1', 'trooper-3'],
    firstDeath: { unit: 'drone-3', turn: 1, cause: 'shot' },
  },
  // Ruins, seed 2: a costly win on the objective with Willow the last pilot standing.
  'ruins-seed2': {
    outcome: 'victory',
    reason: 'objective',
    turn: 11,
    squadDead: ['alex', 'barrel', 'buffy', 'charlie', 'faith', 'william'],
    lgfDead: ['drone-3', 'trooper-1', 'trooper-2', 'trooper-3'],
    firstDeath: { unit: 'drone-3', turn: 1, cause: 'shot' },
  },
  // Ruins, seed 3: a drone dies to reaction fire on turn 3; Faith is crushed on turn 7; objective taken.
  'ruins-seed3': {
    outcome: 'victory',
    reason: 'objective',
    turn: 11,
    squadDead: ['buffy', 'charlie', 'faith'],
    lgfDead: ['drone-1', 'drone-2', 'drone-3', 'heavy-1', 'trooper-1', 'trooper-2', 'trooper-3'],
    firstDeath: { unit: 'drone-3', turn: 1, cause: 'shot' },
  },
  // Ship, seed 1: still going when the 12 recorded turns run out; five pilots lost.
  'ship-seed1': {
    outcome: 'ongoing',
    reason: '',
    turn: 13,
    squadDead: ['alex', 'buffy', 'charlie', 'faith', 'william'],
    lgfDead: ['drone-3', 'heavy-1', 'heavy-2', 'trooper-1', 'trooper-2', 'trooper-3', 'trooper-4', 'trooper-5'],
    firstDeath: { unit: 'trooper-1', turn: 1, cause: 'shot' },
  },
  // Ship, seed 2: the squad is wiped out on turn 8; Faith dies to reaction fire on turn 5.
  'ship-seed2': {
    outcome: 'defeat',
    reason: 'squad_dead',
    turn: 9,
    squadDead: ['alex', 'barrel', 'buffy', 'charlie', 'faith', 'william', 'willow'],
    lgfDead: ['heavy-1', 'trooper-1', 'trooper-2', 'trooper-4'],
    firstDeath: { unit: 'trooper-1', turn: 1, cause: 'shot' },
  },
  // Ship, seed 3: the squad is wiped out on turn 10, Buffy last.
  'ship-seed3': {
    outcome: 'defeat',
    reason: 'squad_dead',
    turn: 11,
    squadDead: ['alex', 'barrel', 'buffy', 'charlie', 'faith', 'william', 'willow'],
    lgfDead: ['heavy-1', 'heavy-2', 'trooper-1', 'trooper-2', 'trooper-3', 'trooper-4'],
    firstDeath: { unit: 'trooper-1', turn: 1, cause: 'shot' },
  },
  // Training, seed 1: won on turn 5; Willow falls on turn 1, Charlie on turn 3.
  'training-seed1': {
    outcome: 'victory',
    reason: 'objective',
    turn: 5,
    squadDead: ['charlie', 'willow'],
    lgfDead: ['drone-1', 'heavy-1', 'trooper-1', 'trooper-2'],
    firstDeath: { unit: 'willow', turn: 1, cause: 'shot' },
  },
  // Training, seed 2: a clean win on turn 5, no pilot lost.
  'training-seed2': {
    outcome: 'victory',
    reason: 'objective',
    turn: 5,
    squadDead: [],
    lgfDead: ['drone-1', 'heavy-1', 'trooper-1', 'trooper-2'],
    firstDeath: { unit: 'drone-1', turn: 2, cause: 'shot' },
  },
  // Training, seed 3: won on turn 5; Willow and Alex lost.
  'training-seed3': {
    outcome: 'victory',
    reason: 'objective',
    turn: 5,
    squadDead: ['alex', 'willow'],
    lgfDead: ['drone-1', 'heavy-1', 'trooper-1', 'trooper-2'],
    firstDeath: { unit: 'willow', turn: 1, cause: 'shot' },
  },
};
