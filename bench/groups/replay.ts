import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { battleMap, STRESS_PER_SIDE, STRESS_SIZE } from '../inputs/battleMap';
import { defaultMap } from '../inputs/defaultMap';
import { apply, createGame, hashWorld, type MapData, type Replay, verifyReplay } from '../lib/engine';
import { fightingIn, recordGame } from '../lib/play';
import { counted, emptyResult, timed, type VariantFn, type VariantOptions, type VariantResult } from '../lib/result';
import { now, timeRuns } from '../lib/timing';

interface Corpus {
  map: MapData;
  replays: Replay[];
}

/** The map of a variant's replays: the default map, or the stress map. */
export function corpusMap(name: string): MapData {
  return name === 'default' ? defaultMap() : battleMap({ size: STRESS_SIZE, perSide: STRESS_PER_SIDE });
}

/** Replays to verify: the default map, several seeds up to its turn limit; the stress map, one long battle. */
function corpus(name: string, quick: boolean): Corpus {
  const map = corpusMap(name);
  if (name === 'default') {
    const seeds = quick ? [1] : [1, 2, 3, 4, 5, 6, 7, 8];
    return { map, replays: seeds.map((s) => recordGame(map, s, quick ? 3 : (map.turnLimit ?? 20))) };
  }
  return { map, replays: [recordGame(map, 1, quick ? 1 : 30)] };
}

/** Re-plays a replay's commands as verifyReplay does, timing the state hashes apart from the rest. */
function hashSplit(map: MapData, replay: Replay): { totalNs: bigint; hashNs: bigint } {
  const t0 = now();
  const world = createGame(map, replay.seed);
  let hashNs = 0n;
  for (const c of replay.commands) {
    const turn = world.header.turn;
    apply(world, c as Parameters<typeof apply>[1]);
    if (world.header.turn !== turn) {
      const h0 = now();
      hashWorld(world);
      hashNs += now() - h0;
    }
  }
  return { totalNs: now() - t0, hashNs };
}

/** Times the first verification of the replays in a new Node process (bench/coldVerify.ts). */
function coldVerification(name: string, texts: string[]): { ms: number; ok: number; error?: string } {
  const dir = mkdtempSync(join(tmpdir(), 'denizens-cold-'));
  try {
    const file = join(dir, 'replays.json');
    writeFileSync(file, JSON.stringify(texts));
    const script = fileURLToPath(new URL('../coldVerify.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', script, name, file], { encoding: 'utf8' });
    if (run.status !== 0) return { ms: 0, ok: 0, error: (run.stderr || `exit ${run.status}`).trim().slice(0, 300) };
    return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { ms: number; ok: number };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runReplay(name: string, o: VariantOptions): VariantResult {
  const r = emptyResult();
  const { map, replays } = corpus(name, o.quick);
  const resolve = () => map;
  const turns = replays.reduce((n, rp) => n + rp.turns.length, 0);
  const texts = replays.map((rp) => JSON.stringify(rp));
  let ok = 0;
  // The first verification in a fresh process (the replays were recorded here, which ran the whole engine):
  // what one `denizens verify` run sees once Node has started, with none of the engine's code optimised yet.
  const cold = coldVerification(name, texts);
  r.checks.push({
    name: 'every replay verifies (cold, own process)',
    ok: cold.ok === replays.length,
    detail: `${cold.ok}/${replays.length}${cold.error ? `: ${cold.error}` : ''}`,
  });
  if (cold.ms > 0) r.figures.coldTurnsPerSec = counted((turns * 1000) / cold.ms, 'turns/s');
  // Timed: verifyReplay on each replay as parsed JSON (schema check, map hash, re-simulation, every turn hash).
  const ms = timeRuns(o, () => {
    ok = 0;
    for (const t of texts) if (verifyReplay(JSON.parse(t), resolve).status === 'ok') ok++;
  });
  r.checks.push({ name: 'every replay verifies', ok: ok === replays.length, detail: `${ok}/${replays.length}` });
  r.figures.turnsPerSec = timed(
    ms.map((t) => (turns * 1000) / t),
    'turns/s',
  );
  r.figures.turns = counted(turns, 'turns');
  // The share of a turn spent hashing: the same re-simulation with the hashes timed apart (median of the runs).
  const shares: number[] = [];
  const hashUs: number[] = [];
  timeRuns(o, () => {
    let total = 0n;
    let hash = 0n;
    for (const rp of replays) {
      const s = hashSplit(map, rp);
      total += s.totalNs;
      hash += s.hashNs;
    }
    shares.push((Number(hash) / Number(total)) * 100);
    hashUs.push(Number(hash) / 1000 / turns);
  });
  r.figures.hashSharePct = timed(shares, '%');
  r.figures.hashUsPerTurn = timed(hashUs, 'µs');
  const fight = replays.reduce(
    (a, rp) => {
      const f = fightingIn(map, rp);
      return { shots: a.shots + f.shots, kills: a.kills + f.kills };
    },
    { shots: 0, kills: 0 },
  );
  r.figures.units = counted(map.squad.length + map.enemies.length, 'units');
  r.figures.shots = counted(fight.shots, 'shots');
  r.figures.deaths = counted(fight.kills, 'deaths');
  r.figures.commands = counted(
    replays.reduce((n, rp) => n + rp.commands.length, 0),
    'commands',
  );
  r.notes.push(
    `${map.width}x${map.height}, ${replays.length} replay(s), ${turns} turns, ${fight.shots} shots, ${fight.kills} deaths`,
  );
  return r;
}

export const replayVariants: Record<string, VariantFn> = {
  default: (o) => runReplay('default', o),
  stress: (o) => runReplay('stress', o),
};
