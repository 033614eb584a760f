// The `denizens` command line: simulate, verify, maps. Node-only (this folder may use node: APIs).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { builtinMap, formatIssue, type MapData, parseMapText, validateMap } from '@denizens/maps';
import type { GameEvent } from '../events/types';
import { simulate } from '../replay/simulate';
import { faultWords, type MapResolver, type VerifyResult, verifyReplayText } from '../replay/verify';
import { checkCampaignLinks } from '../story/campaignVerify';
import { CAMPAIGN_USAGE, CampaignUsageError, runCampaignCli } from './campaignCmd';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const USAGE = `usage: denizens <command> [options]

commands:
  simulate --map <id|file> --seed <n> --turns <n> --out <replay.json> [--events <events.jsonl>] [--embed-map]
      plays both sides with the built-in AI and writes a replay (and every event, one JSON object a line)
  verify <replay.json…> [--map <file>] [--json]
      re-simulates each replay: OK, DIVERGED at turn N, ILLEGAL command #i, or INVALID (malformed file)
      exit 0 when all verify, 1 when any diverged or has an illegal command, 2 for unreadable or malformed input
${CAMPAIGN_USAGE}
  maps validate <map.json…> [--json]
  maps import-tiled <map.tmj> -o <map.json>
      check map files; convert a map saved by the Tiled editor (see docs/tiled.md)
`;

class UsageError extends Error {}

/** Loads a map by built-in id or file path; a bad map is reported with file, JSON path and fix. */
export function loadMap(spec: string): { ok: true; map: MapData } | { ok: false; message: string } {
  const builtin = builtinMap(spec);
  if (builtin) {
    const r = validateMap(builtin, `built-in map "${spec}"`);
    return r.ok ? { ok: true, map: r.map } : { ok: false, message: r.issues.map(formatIssue).join('\n') };
  }
  if (!existsSync(spec)) return { ok: false, message: `${spec}: no such file, and not a built-in map id` };
  let text: string;
  try {
    text = readFileSync(spec, 'utf8');
  } catch (e) {
    return {
      ok: false,
      message: `${spec}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    };
  }
  const r = parseMapText(text, spec);
  return r.ok ? { ok: true, map: r.map } : { ok: false, message: r.issues.map(formatIssue).join('\n') };
}

function intOption(value: string | undefined, name: string, min: number, max: number): number {
  if (value === undefined) throw new UsageError(`missing --${name}`);
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  return Number(value);
}

function cmdSimulate(args: string[], io: Io): number {
  const { values } = parseArgs({
    args,
    options: {
      map: { type: 'string' },
      seed: { type: 'string' },
      turns: { type: 'string' },
      out: { type: 'string' },
      events: { type: 'string' },
      'embed-map': { type: 'boolean' },
    },
    strict: true,
  });
  if (!values.map) throw new UsageError('missing --map <built-in id | file>');
  if (!values.out) throw new UsageError('missing --out <replay.json>');
  const seed = intOption(values.seed, 'seed', 0, 2 ** 32 - 1);
  const turns = intOption(values.turns, 'turns', 1, 10_000);
  const loaded = loadMap(values.map);
  if (!loaded.ok) {
    io.err(loaded.message);
    return 2;
  }
  const lines: string[] = [];
  const onEvent = values.events ? (e: GameEvent) => lines.push(JSON.stringify(e)) : undefined;
  const embedMap = values['embed-map'] ?? builtinMap(values.map) === undefined;
  const replay = simulate(loaded.map, seed, turns, { onEvent, embedMap });
  writeFileSync(values.out, `${JSON.stringify(replay, null, 1)}\n`);
  if (values.events) writeFileSync(values.events, lines.length ? `${lines.join('\n')}\n` : '');
  io.out(
    `simulated ${loaded.map.id} seed ${seed}: ${replay.turns.length} turns, ${replay.commands.length} commands, ${replay.result.outcome} at turn ${replay.result.turn}, final hash ${replay.result.hash}` +
      `\nwrote ${values.out}${values.events ? ` and ${values.events} (${lines.length} events)` : ''}`,
  );
  return 0;
}

function describe(file: string, r: VerifyResult): string {
  switch (r.status) {
    case 'ok':
      return `OK ${file}: ${r.turns} turns, ${r.commands} commands, ${r.outcome} at turn ${r.turn}, final hash ${r.hash}`;
    case 'diverged':
      return `DIVERGED ${file} at turn ${r.turn} (expected ${r.expected}, got ${r.got}): ${r.what}`;
    case 'illegal':
      return `ILLEGAL ${file}: command #${r.index} at turn ${r.turn}: ${r.code}: ${r.reason} (${JSON.stringify(r.command)})`;
    case 'invalid':
      return `INVALID ${file}: ${r.path}: ${r.message}`;
    case 'fault':
      return `${faultWords(r)} (${file})`;
  }
}

function cmdVerify(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, map: { type: 'string', multiple: true } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0) throw new UsageError('verify needs at least one replay file');
  const extra = new Map<string, MapData | { error: string }>();
  for (const spec of values.map ?? []) {
    const m = loadMap(spec);
    if (!m.ok) {
      io.err(m.message);
      return 2;
    }
    extra.set(m.map.id, m.map);
  }
  const resolve: MapResolver = (id) => {
    if (extra.has(id)) return extra.get(id);
    const b = builtinMap(id);
    if (!b) return undefined;
    const r = validateMap(b, id);
    return r.ok ? r.map : { error: r.issues.map(formatIssue).join('; ') };
  };
  let code = 0;
  const results: ({ file: string } & VerifyResult)[] = [];
  const campaignFiles: { file: string; json: unknown }[] = [];
  for (const file of positionals) {
    let r: VerifyResult;
    try {
      const text = readFileSync(file, 'utf8');
      r = verifyReplayText(text, resolve);
      if (r.status === 'ok' && text.includes('"campaign"')) campaignFiles.push({ file, json: JSON.parse(text) });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      r = {
        status: 'invalid',
        path: '$',
        message: err.code === 'ENOENT' ? 'no such file' : `cannot read (${err.code ?? err.message})`,
      };
    }
    results.push({ file, ...r });
    if (r.status === 'invalid') code = 2;
    else if (r.status !== 'ok' && code === 0) code = 1;
    if (!values.json) (r.status === 'ok' ? io.out : io.err)(describe(file, r));
  }
  // Campaign missions: each carry-over must be what the mission before it left (story/campaignVerify.ts).
  for (const p of checkCampaignLinks(campaignFiles, resolve)) {
    if (code === 0) code = 1;
    const i = results.findIndex((r) => r.file === p.file);
    if (i >= 0)
      results[i] = {
        file: p.file,
        status: 'diverged',
        turn: 0,
        expected: '',
        got: '',
        what: `${p.path}: ${p.message}`,
      } as never;
    if (!values.json) io.err(`CARRY-OVER ${p.file}: ${p.path}: ${p.message}`);
  }
  if (values.json) io.out(JSON.stringify(results, null, 2));
  return code;
}

async function cmdMaps(args: string[], io: Io): Promise<number> {
  const mod = (await import('@denizens/maps/node')) as { runMapsCli: (a: string[], io: Io) => Promise<number> };
  return mod.runMapsCli(args, io);
}

/** Runs the CLI; returns the exit code. Bad input never throws out of here. */
export async function runCli(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'simulate':
        return cmdSimulate(rest, io);
      case 'verify':
        return cmdVerify(rest, io);
      case 'maps':
        return await cmdMaps(rest, io);
      case 'campaign':
        return runCampaignCli(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    }
  } catch (e) {
    if (
      e instanceof UsageError ||
      e instanceof CampaignUsageError ||
      (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`denizens: ${(e as Error).message}\n\n${USAGE}`);
      return 2;
    }
    io.err(
      `denizens: internal error: ${(e as Error).message}\nThis is a bug; please report it with the command you ran.`,
    );
    return 3;
  }
}
