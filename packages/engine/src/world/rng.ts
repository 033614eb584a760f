import alea, { type AleaPrng, type AleaState } from 'seedrandom/lib/alea.js';

export type RngState = AleaState;

/**
 * The one random stream of a game: seedrandom's Alea (small state: four numbers), created with
 * `{state: true}` so that a save or a replay restores it exactly. Only integers leave it.
 */
export interface Rng {
  prng: AleaPrng;
  /** How many numbers have been drawn (part of the state hash, handy in bug reports). */
  draws: number;
}

export function createRng(seed: string, state?: RngState): Rng {
  return { prng: alea(seed, { state: state ? { ...state } : true }), draws: 0 };
}

export function rngState(rng: Rng): RngState {
  return rng.prng.state();
}

/** A uniform integer in [0, n). Deterministic across engines: Alea is exact IEEE arithmetic. */
export function randInt(rng: Rng, n: number): number {
  rng.draws++;
  return Math.floor(rng.prng() * n);
}

/** A percentile roll, 0-99. */
export function rollPercent(rng: Rng): number {
  return randInt(rng, 100);
}

/** A uniform integer in [min, max], inclusive. */
export function randRange(rng: Rng, min: number, max: number): number {
  return min + randInt(rng, max - min + 1);
}
