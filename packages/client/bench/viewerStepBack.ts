// The replay viewer's step back (←), before and after checkpoints, on the longest golden replay and a long game.
// Run: pnpm --filter @denizens/client exec tsx bench/viewerStepBack.ts   (writes bench/results/viewer-stepback.json, committed)
//
// "Before" is what ← did until checkpoints: a fresh world and every command up to the cursor re-simulated.
// "After" is what it does now (timeline.ts worldAt): the checkpoint at or before the cursor (the engine's save,
// deserializeGame) and the commands after it. Both step back one command at a time from the end to the start,
// with the squad's sight taken after each re-simulated command as the viewer does (visibleTo); each figure is
// the median of the runs (ms per step back). Nothing here is a test: figures go to docs/benchmarks.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Faction, replaySteps, visibleTo } from '@denizens/engine';
import { builtinMaps } from '../src/game/replayHashes';
import { CHECKPOINT_EVERY, restoreCheckpoint } from '../src/screens/viewer/checkpoints';
import { longRuinsReplayText } from '../src/screens/viewer/longGame';
import { openTimeline, type Timeline } from '../src/screens/viewer/timeline';

const CLIENT_DIR = join(import.meta.dirname, '..');
const RUNS = Number(process.env.RUNS ?? 3);

function open(text: string): Timeline {
  const r = openTimeline(text, 'bench', builtinMaps);
  if (!r.ok) throw new Error(r.error);
  return r.timeline;
}

function fromStart(t: Timeline, n: number): void {
  const world = t.fresh();
  for (const step of replaySteps(world, t.commands.slice(0, n))) {
    if (!step.result.ok) break;
    visibleTo(world, Faction.squad);
  }
}

function fromCheckpoint(t: Timeline, n: number): void {
  const { world, at } = restoreCheckpoint(t.checkpoints, n);
  for (const step of replaySteps(world, t.commands.slice(at, n))) {
    if (!step.result.ok) break;
    visibleTo(world, Faction.squad);
  }
}

/** ms per step back, every cursor from the end to the start: mean and worst. */
function stepBack(t: Timeline, back: (t: Timeline, n: number) => void): { mean: number; max: number } {
  let total = 0;
  let max = 0;
  for (let n = t.limit - 1; n >= 0; n--) {
    const s = performance.now();
    back(t, n);
    const ms = performance.now() - s;
    total += ms;
    max = Math.max(max, ms);
  }
  return { mean: total / t.limit, max };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 100) / 100;

const golden = readFileSync(join(CLIENT_DIR, '..', 'engine', 'test', 'golden', 'ship-seed3.replay.json'), 'utf8');
const inputs: [string, string][] = [
  ['golden ship-seed3', golden],
  ['long ruins (40 turns)', longRuinsReplayText('1')],
];
const results: Record<string, unknown> = {
  measuredAt: new Date().toISOString(),
  checkpointEvery: CHECKPOINT_EVERY,
  runs: RUNS,
};
for (const [name, text] of inputs) {
  const t = open(text);
  const runs = { before: [] as { mean: number; max: number }[], after: [] as { mean: number; max: number }[] };
  for (let r = 0; r < RUNS; r++) {
    runs.before.push(stepBack(t, fromStart));
    runs.after.push(stepBack(t, fromCheckpoint));
  }
  const fig = (xs: { mean: number; max: number }[]) => ({
    meanMs: round(median(xs.map((x) => x.mean))),
    maxMs: round(median(xs.map((x) => x.max))),
  });
  const row = { commands: t.limit, before: fig(runs.before), after: fig(runs.after) };
  results[name] = row;
  console.log(
    `${name}: ${row.commands} commands; step back before ${row.before.meanMs} ms mean, ${row.before.maxMs} ms worst;` +
      ` after ${row.after.meanMs} ms mean, ${row.after.maxMs} ms worst`,
  );
}
const out = join(CLIENT_DIR, '..', '..', 'bench', 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'viewer-stepback.json'), `${JSON.stringify(results, null, 2)}\n`);
