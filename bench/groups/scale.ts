import { battleMap, unitsPerSideFor } from '../inputs/battleMap';
import { createGame, hashWorld } from '../lib/engine';
import { playTurn } from '../lib/play';
import { counted, emptyResult, timed, type VariantFn, type VariantOptions, type VariantResult } from '../lib/result';
import { now, repeatRuns, warmUp } from '../lib/timing';

export const SIZES = [32, 64, 128, 256] as const;
export const TURNS = 4;
export const QUICK_TURNS = 1;
/** Nobody dies in the measured turns: the unit count stays in proportion to the area. */
export const DURABLE_HP = 100;

/**
 * The cost of a whole turn (squad AI and its commands, end_turn with the LGF's AI and the environment, the state
 * hash) on a generated battle of the given size, with units in proportion to the area, all with 100 hit points so the
 * count stays. A run plays the first turns of a fresh game (made untimed); the figure is the mean time of one turn.
 */
function runScale(size: number, o: VariantOptions): VariantResult {
  const r = emptyResult();
  const perSide = unitsPerSideFor(size);
  const map = battleMap({ size, perSide, hp: DURABLE_HP });
  const turns = o.quick ? QUICK_TURNS : TURNS;
  let played = 0;
  const one = (): number => {
    const world = createGame(map, 1);
    let ns = 0n;
    played = 0;
    while (world.header.outcome === 'ongoing' && played < turns) {
      const t0 = now();
      playTurn(world);
      hashWorld(world);
      ns += now() - t0;
      played++;
    }
    return Number(ns) / 1e6 / played;
  };
  warmUp(o, one);
  const perRun = repeatRuns(o, one);
  r.figures.turnMs = timed(perRun, 'ms');
  r.figures.usPerTile = timed(
    perRun.map((v) => (v * 1000) / (size * size)),
    'µs',
  );
  r.figures.units = counted(perSide * 2, 'units');
  r.figures.turns = counted(played, 'turns');
  r.checks.push({ name: `${turns} turns played`, ok: played === turns, detail: `${played}` });
  return r;
}

export const scaleVariants: Record<string, VariantFn> = Object.fromEntries(
  SIZES.map((s) => [String(s), (o: VariantOptions) => runScale(s, o)]),
);
