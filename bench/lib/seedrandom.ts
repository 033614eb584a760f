// seedrandom as the engine loads it. The repo root does not depend on it, so it is resolved from the engine package.
import { createRequire } from 'node:module';

const fromEngine = createRequire(new URL('../../packages/engine/package.json', import.meta.url));

/** A seedrandom generator created with `{state: true}` (or with a saved state to restore). */
export interface StatefulPrng {
  (): number;
  int32(): number;
  state(): unknown;
}
type PrngFactory = (seed: string, options: { state: unknown }) => StatefulPrng;

/** seedrandom's default generator (ARC4, RC4-drop-256) and its Alea (the engine's generator). */
export const seedrandomArc4 = fromEngine('seedrandom') as PrngFactory;
export const seedrandomAlea = fromEngine('seedrandom/lib/alea.js') as PrngFactory;
