import type { DifficultyName } from '@denizens/maps';

/**
 * Difficulty is data: what each level changes, applied when a game is created (enemy stats), when a
 * trigger brings reinforcements, and when strikes are telegraphed. Recorded in the replay and in the
 * world's Story component (so it is hashed and saved).
 */
export interface Difficulty {
  /** Added to every LGF unit's aim. */
  enemyAim: number;
  /** Added to every LGF unit's HP (never below 1). */
  enemyHp: number;
  /** Reinforcements arrive when their minDifficulty is at most this level (see DIFFICULTY_NAMES). */
  level: number;
  /** Environment phases of warning before a strike lands (1 = announced the turn before). */
  strikeWarning: number;
}

export const DIFFICULTY_NAMES = ['easy', 'normal', 'hard'] as const satisfies readonly DifficultyName[];

export const DIFFICULTIES: Readonly<Record<DifficultyName, Difficulty>> = {
  easy: { enemyAim: -10, enemyHp: -1, level: 0, strikeWarning: 2 },
  normal: { enemyAim: 0, enemyHp: 0, level: 1, strikeWarning: 1 },
  hard: { enemyAim: 10, enemyHp: 2, level: 2, strikeWarning: 1 },
};

export const DEFAULT_DIFFICULTY: DifficultyName = 'normal';

export function difficultyIndex(name: DifficultyName): number {
  return DIFFICULTY_NAMES.indexOf(name);
}

export function difficultyOfIndex(i: number): DifficultyName {
  return DIFFICULTY_NAMES[i] ?? DEFAULT_DIFFICULTY;
}
