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
 * Checked for REPLAY_VERSION: 9 (every game read again: the squad AI's escort, boost and exposure weight);
 * 10 (the story: extraction by a move, silent dead speakers): only the version field moved in the re-recorded
 * corpus if its commands and per-command hashes are the same as under 9 (checked when it was recorded: no golden
 * game had a pilot already on an extraction tile when extraction began, and no dead pilot had a line), so every
 * fact below stands unchanged.
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
  // REPLAY_VERSION 9 re-check: the squad AI boosts allies at a breach, escorts the freed captive and weighs
  // exposure x3; enter triggers are now checked after every move (the ruins' one enter trigger is Charlie's
  // own; the ship has none). Every game read again; the squad's choices differ from turn 1 on.

  // Ruins, seed 1: Faith gives Alex a leg up on turn 6 and he is out that turn (climb for 1 AP, then in);
  // Charlie follows on turn 7. Five pilots fall, Buffy first (turn 3).
  'ruins-seed1': {
    outcome: 'victory',
    reason: 'extracted',
    turn: 7,
    squadDead: ['barrel', 'buffy', 'faith', 'william', 'willow'],
    lgfDead: ['drone-1', 'drone-3', 'trooper-1', 'trooper-3'],
    firstDeath: { unit: 'drone-3', turn: 1, cause: 'shot' },
    key: { type: 'boosted', unit: 'faith', turn: 6 },
  },
  // Ruins, seed 2: Buffy dies on turn 1; Alex and Charlie are extracted on turn 7, the other five fall.
  'ruins-seed2': {
    outcome: 'victory',
    reason: 'extracted',
    turn: 7,
    squadDead: ['barrel', 'buffy', 'faith', 'william', 'willow'],
    lgfDead: ['drone-1', 'drone-3', 'trooper-3'],
    firstDeath: { unit: 'drone-3', turn: 1, cause: 'shot' },
    key: { type: 'unit_extracted', unit: 'charlie', turn: 7 },
  },
  // Ruins, seed 3: Willow boosts Alex in on turn 6; William and Charlie follow on turn 7 while Willow is
  // shot outside: three pilots out, the most of the three ruins games.
  'ruins-seed3': {
    outcome: 'victory',
    reason: 'extracted',
    turn: 8,
    squadDead: ['barrel', 'buffy', 'faith', 'willow'],
    lgfDead: ['drone-1', 'drone-3', 'trooper-3'],
    firstDeath: { unit: 'drone-3', turn: 1, cause: 'shot' },
    key: { type: 'unit_extracted', unit: 'alex', turn: 6 },
  },
  // Ship, seed 1: Willow's turn-1 peek shot kills trooper-1; the squad fights its way down the corridor (four
  // pilots lost by turn 7, both heavies dead) and Charlie frees Tara on turn 11; at the 12-turn cut she and
  // three pilots are still inside: ongoing.
  'ship-seed1': {
    outcome: 'ongoing',
    reason: '',
    turn: 13,
    squadDead: ['alex', 'barrel', 'buffy', 'willow'],
    lgfDead: [
      'drone-2',
      'drone-3',
      'heavy-1',
      'heavy-2',
      'trooper-1',
      'trooper-2',
      'trooper-3',
      'trooper-4',
      'trooper-5',
    ],
    firstDeath: { unit: 'trooper-1', turn: 1, cause: 'shot' },
    key: { type: 'captive_freed', unit: 'tara', turn: 11 },
  },
  // Ship, seed 2: Alex falls on turn 1; heavy-1 dies to reaction fire on turn 11; the squad is wiped out on
  // turn 12, Barrel last, before anyone reaches the cell.
  'ship-seed2': {
    outcome: 'defeat',
    reason: 'squad_dead',
    turn: 13,
    squadDead: ['alex', 'barrel', 'buffy', 'charlie', 'faith', 'william', 'willow'],
    lgfDead: ['drone-1', 'drone-2', 'heavy-1', 'trooper-1', 'trooper-2', 'trooper-3', 'trooper-4'],
    firstDeath: { unit: 'trooper-1', turn: 1, cause: 'shot' },
    key: { type: 'unit_died', unit: 'heavy-1', turn: 11 },
  },
  // Ship, seed 3: drone-2 dies to reaction fire on turn 2; the squad is wiped out on turn 10, William last.
  'ship-seed3': {
    outcome: 'defeat',
    reason: 'squad_dead',
    turn: 11,
    squadDead: ['alex', 'barrel', 'buffy', 'charlie', 'faith', 'william', 'willow'],
    lgfDead: ['drone-2', 'drone-3', 'heavy-2', 'trooper-1', 'trooper-2', 'trooper-3', 'trooper-4'],
    firstDeath: { unit: 'trooper-1', turn: 1, cause: 'shot' },
    key: { type: 'unit_died', unit: 'william', turn: 10 },
  },
  // Training, seed 1 (no peek shot): won on turn 4; Willow falls on turn 1.
  'training-seed1': {
    outcome: 'victory',
    reason: 'objective',
    turn: 4,
    squadDead: ['willow'],
    lgfDead: ['drone-1', 'heavy-1', 'trooper-1', 'trooper-2'],
    firstDeath: { unit: 'willow', turn: 1, cause: 'shot' },
  },
  // Training, seed 2: won on turn 5 when heavy-1 falls; William lost on turn 4.
  'training-seed2': {
    outcome: 'victory',
    reason: 'objective',
    turn: 5,
    squadDead: ['william'],
    lgfDead: ['drone-1', 'heavy-1', 'trooper-1', 'trooper-2'],
    firstDeath: { unit: 'drone-1', turn: 2, cause: 'shot' },
  },
  // Training, seed 3: won on turn 6 (heavy-1 last); Willow, Buffy and William lost.
  'training-seed3': {
    outcome: 'victory',
    reason: 'objective',
    turn: 6,
    squadDead: ['buffy', 'william', 'willow'],
    lgfDead: ['drone-1', 'heavy-1', 'trooper-1', 'trooper-2'],
    firstDeath: { unit: 'willow', turn: 1, cause: 'shot' },
  },
};
