import { counted, emptyResult, timed, type VariantFn, type VariantOptions, type VariantResult } from '../lib/result';
import { type StatefulPrng, seedrandomAlea, seedrandomArc4 } from '../lib/seedrandom';
import { timeRuns } from '../lib/timing';

export const DRAWS = 2_000_000;
export const QUICK_DRAWS = 20_000;

/**
 * Draws numbers from one generator: doubles in [0, 1), then percentile rolls as the engine makes them
 * (Math.floor(prng() * 100)); the saved state is the JSON of `prng.state()`, as in a save or a replay's world.
 */
function runRng(make: (seed: string, state?: unknown) => StatefulPrng, o: VariantOptions): VariantResult {
  const r = emptyResult();
  const n = o.quick ? QUICK_DRAWS : DRAWS;
  const prng = make('denizens-bench');
  let sink = 0;
  const ms = timeRuns(o, () => {
    for (let i = 0; i < n; i++) sink += Math.floor(prng() * 100);
  });
  r.figures.millionPerSec = timed(
    ms.map((t) => n / t / 1000),
    'M/s',
  );
  const state = JSON.stringify(prng.state());
  r.figures.stateBytes = counted(state.length, 'bytes');
  // The state round-trips: a generator restored from it continues with the same numbers.
  const next = [prng(), prng(), prng()];
  const copy = make('other seed', JSON.parse(state));
  const again = [copy(), copy(), copy()];
  r.checks.push({
    name: 'state restores the stream',
    ok: next.every((v, i) => v === again[i]),
    detail: `${next.join(',')} vs ${again.join(',')}`,
  });
  if (sink < 0) r.notes.push('unreachable');
  return r;
}

function factory(f: typeof seedrandomAlea): (seed: string, state?: unknown) => StatefulPrng {
  return (seed, state) => f(seed, { state: state ?? true });
}

export const rngVariants: Record<string, VariantFn> = {
  alea: (o) => runRng(factory(seedrandomAlea), o),
  arc4: (o) => runRng(factory(seedrandomArc4), o),
};
