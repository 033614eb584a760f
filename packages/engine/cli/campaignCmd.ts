// `denizens campaign`: plays the whole campaign headless with the built-in AI and writes one replay per
// mission (each naming the squad it started from), plus the campaign's final state. Node-only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { builtinMap, type DifficultyName, formatIssue, type MapData, validateMap } from '@denizens/maps';
import { playCampaign } from '../src/story/playCampaign';

export const CAMPAIGN_USAGE = `  campaign --seed <n> --out <dir> [--difficulty easy|normal|hard]
      plays the whole campaign (ruins, then ship) with the built-in AI, the squad carried from one mission to
      the next; writes <dir>/mission-<n>-<map>.replay.json (verify them together: verify <dir>/*.replay.json)
      and <dir>/campaign.json (the campaign's final state)`;

const DIFFICULTIES: readonly DifficultyName[] = ['easy', 'normal', 'hard'];

export class CampaignUsageError extends Error {}

function builtinValidated(id: string): MapData {
  const b = builtinMap(id);
  if (!b) throw new Error(`the campaign's map "${id}" is not built in`);
  const r = validateMap(b, id);
  if (!r.ok) throw new Error(`built-in map "${id}" is invalid: ${r.issues.map(formatIssue).join('; ')}`);
  return r.map;
}

/** Runs `denizens campaign …`; returns the exit code (0 when the campaign was played and written, won or lost). */
export function runCampaignCli(args: string[], io: { out: (s: string) => void; err: (s: string) => void }): number {
  const { values } = parseArgs({
    args,
    options: { seed: { type: 'string' }, out: { type: 'string' }, difficulty: { type: 'string' } },
    strict: true,
  });
  if (values.seed === undefined || !/^\d{1,15}$/.test(values.seed))
    throw new CampaignUsageError(`--seed must be a whole number, got ${JSON.stringify(values.seed ?? null)}`);
  if (!values.out) throw new CampaignUsageError('missing --out <dir>');
  const difficulty = (values.difficulty ?? 'normal') as DifficultyName;
  if (!DIFFICULTIES.includes(difficulty))
    throw new CampaignUsageError(`--difficulty must be easy, normal or hard, got ${JSON.stringify(values.difficulty)}`);
  const seed = Number(values.seed);
  const { state, missions } = playCampaign(difficulty, seed, builtinValidated);
  mkdirSync(values.out, { recursive: true });
  missions.forEach((m, i) => {
    const file = join(values.out!, `mission-${i + 1}-${m.map}.replay.json`);
    writeFileSync(file, `${JSON.stringify(m.replay, null, 2)}\n`);
    const r = state.missions[i];
    io.out(
      `wrote ${file}: ${m.replay.result.outcome} at turn ${m.replay.result.turn}${r?.fallen.length ? `, fallen: ${r.fallen.join(', ')}` : ''}`,
    );
  });
  const stateFile = join(values.out, 'campaign.json');
  writeFileSync(stateFile, `${JSON.stringify(state, null, 2)}\n`);
  io.out(`campaign ${state.status} (difficulty ${difficulty}, seed ${seed}); state in ${stateFile}`);
  return 0;
}
