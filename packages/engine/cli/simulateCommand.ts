// `denizens simulate`: both sides played by the built-in AI; the replay (and the events) written atomically.
import type { GameEvent } from '../src/events/types';
import { simulateGame } from '../src/replay/simulate';
import { MAX_MISSION_TURNS } from '../src/story/playCampaign';
import { ENGINE_VERSION } from '../src/version';
import { EXIT } from './exitCodes';
import type { Io } from './io';
import { loadMap } from './loadMap';
import { outputProblem, writeAtomically } from './output';
import { UsageError } from './usageError';

export interface SimulateArgs {
  map: string;
  seed: number;
  /** At most this many turns; when absent, the map's turn limit, or MAX_MISSION_TURNS for a map without one. */
  turns?: number;
  out: string;
  events?: string;
  embedMap?: boolean;
}

export function runSimulate(a: SimulateArgs, io: Io, recordedAt: string): number {
  for (const f of [a.out, a.events]) {
    const problem = f === undefined ? undefined : outputProblem(f);
    if (problem) throw new UsageError(`cannot write ${problem}`);
  }
  if (a.events !== undefined && a.events === a.out) throw new UsageError('--out and --events name the same file');
  const loaded = loadMap(a.map);
  if (!loaded.ok) {
    io.err(loaded.message);
    return EXIT.invalid;
  }
  const lines: string[] = [];
  const onEvent = a.events ? (e: GameEvent) => lines.push(JSON.stringify(e)) : undefined;
  const turns = a.turns ?? loaded.map.turnLimit ?? MAX_MISSION_TURNS;
  const { replay, fault } = simulateGame(loaded.map, a.seed, turns, {
    onEvent,
    embedMap: a.embedMap ?? !loaded.builtin,
    provenance: { players: { squad: 'ai', enemy: 'ai' }, tool: `denizens-cli ${ENGINE_VERSION}`, recordedAt },
  });
  writeAtomically(a.out, `${JSON.stringify(replay, null, 1)}\n`);
  if (a.events) writeAtomically(a.events, lines.length ? `${lines.join('\n')}\n` : '');
  const wrote = `wrote ${a.out}${a.events ? ` and ${a.events} (${lines.length} events)` : ''}`;
  if (fault) {
    io.err(`FAULT at command #${fault.index} (turn ${fault.turn}): ${fault.message}`);
    io.err(`${wrote}: the replay so far (${replay.commands.length} commands, up to the fault)`);
    return EXIT.fault;
  }
  io.out(
    `simulated ${loaded.map.id} seed ${a.seed}: ${replay.turns.length} turns, ${replay.commands.length} commands, ${replay.result.outcome} at turn ${replay.result.turn}, final hash ${replay.result.hash}\n${wrote}`,
  );
  return EXIT.ok;
}
