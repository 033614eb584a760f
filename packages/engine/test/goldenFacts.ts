/**
 * HAND-WRITTEN FACTS ABOUT THE GOLDEN GAMES (packages/engine/test/golden/).
 *
 * Written down by a person from reading each game's events (REPLAY_VERSION 3, 2026-12-01; the ruins and
 * ship-seed1 games re-checked by hand for REPLAY_VERSION 4, the story: extraction and the captive),
 * and checked by goldenFacts.test.ts by replaying the commands through the engine: independent of the
 * state hashes, so a rule that breaks while `pnpm golden` re-records the hashes still shows up here.
 *
 * WHEN YOU BUMP REPLAY_VERSION AND RUN `pnpm golden`: re-check every fact below BY HAND against the new
 * games (replay them in the client: Load replay, or read the events) and update the facts that your
 * rule change explains, in the same commit, saying why. Do not copy the test's output over them: a fact
 * that changed for a reason you cannot explain is the bug this file is here to catch.
 * Checked for REPLAY_VERSION: 4.
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

/** A key event of a game: an event of this type naming this unit happened on this turn. */
export interface KeyEvent {
  type: string;
  unit: string;
  turn: number;
}

export const GOLDEN_FACTS: Record<string, GameFacts & { key?: KeyEvent }> = {
  // Ruins, seed 1: William and Charlie climb through the hull on turn 6 and are extracted on turn 7; the
  // other five pilots die on the way (Buffy and Alex on turn 3).
  'ruins-seed1': {
    outcome: 'victory',
    reason: 'extracted',
    turn: 8,
    squadDead: ['alex', 'barrel', 'buffy', 'faith', 'willow'],
    lgfDead: ['drone-1', 'drone-3', 'trooper-2', 'trooper-3', 'trooper-5'],
    firstDeath: { unit: 'drone-3', turn: 1, cause: 'shot' },
    key: { type: 'unit_extracted', unit: 'william', turn: 7 },
  },
  // Ruins, seed 2: Buffy dies on turn 1; Alex and William climb through on turn 6 and are extracted on turn 7.
  'ruins-seed2': {
    outcome: 'victory',
    reason: 'extracted',
    turn: 8,
    squadDead: ['barrel', 'buffy', 'charlie', 'faith', 'willow'],
    lgfDead: ['drone-3', 'trooper-2', 'trooper-3'],
    firstDeath: { unit: 'drone-3', turn: 1, cause: 'shot' },
    key: { type: 'unit_extracted', unit: 'alex', turn: 7 },
  },
  // Ruins, seed 3: a drone dies to reaction fire on turn 3; Willow is extracted alone on turn 7 while the
  // sealing breach crushes William and Faith back out; the last of them falls on turn 9.
  'ruins-seed3': {
    outcome: 'victory',
    reason: 'extracted',
    turn: 10,
    squadDead: ['alex', 'barrel', 'buffy', 'charlie', 'faith', 'william'],
    lgfDead: ['drone-1', 'drone-2', 'drone-3', 'trooper-1', 'trooper-2', 'trooper-3'],
    firstDeath: { unit: 'drone-3', turn: 1, cause: 'shot' },
    key: { type: 'unit_extracted', unit: 'willow', turn: 7 },
  },
  // Ship, seed 1: Willow opens the cell and frees Tara on turn 9, a reinforcement arrives, and Tara is
  // shot on turn 10: the game is lost with the captive.
  'ship-seed1': {
    outcome: 'defeat',
    reason: 'captive_lost',
    turn: 11,
    squadDead: ['alex', 'barrel', 'buffy', 'charlie', 'faith', 'tara', 'william'],
    lgfDead: ['drone-3', 'heavy-1', 'heavy-2', 'trooper-1', 'trooper-2', 'trooper-3', 'trooper-4', 'trooper-5'],
    firstDeath: { unit: 'trooper-1', turn: 1, cause: 'shot' },
    key: { type: 'captive_freed', unit: 'tara', turn: 9 },
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
