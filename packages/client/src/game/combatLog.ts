import { type Command, createGame, type GameOptions, type GameWorld, replaySteps } from '@denizens/engine';
import type { MapData } from '@denizens/maps';
import { describeEvent, logClass } from './describeEvent';
import { fogEvents } from './fogEvents';
import { openingLines } from './openingLines';
import type { ShownEvent } from './shownEvents';
import { squadSight } from './squadSight';
import { nameArrival } from './unitNames';

export interface LogLine {
  text: string;
  cls: '' | 'phase' | 'bad';
}

/** What a game's squad did with its guns, and what it cost: for the end screen. */
export interface GameStats {
  /** Enemies down, squad members down. */
  kills: number;
  losses: number;
  /** The squad's shots (reaction shots included) and how many hit. */
  shots: number;
  hits: number;
  /** The turn of the game's end as the log says it (game_over), or null while it goes on. */
  endTurn: number | null;
}

/** The log lines for events the player was shown; names units that arrive (a story's reinforcements) first. */
export function logLines(world: GameWorld, events: readonly ShownEvent[], names: Map<string, string>): LogLine[] {
  const out: LogLine[] = [];
  for (const e of events) {
    if (e.type === 'unit_arrived') nameArrival(world, names, e.unit, e.kind);
    const text = describeEvent(e, names);
    if (text) out.push({ text, cls: logClass(e) });
  }
  return out;
}

/**
 * The combat log of a game, rebuilt from its command log (what a reload shows): the game is
 * re-simulated on a world of its own, each command's events pass the fog of war from the squad's
 * sight before it, exactly as the play screen logged them (the story's opening lines first: openingLines.ts).
 * Also counts the game's stats.
 * Stops at a refused command.
 */
export function rebuildLog(
  map: MapData,
  seed: string,
  commands: readonly Command[],
  names: Map<string, string>,
  options: GameOptions = {},
): { lines: LogLine[]; stats: GameStats } {
  const world = createGame(map, seed, options);
  const squad = new Set(map.squad.map((u) => u.id));
  const lines: LogLine[] = [];
  const stats: GameStats = { kills: 0, losses: 0, shots: 0, hits: 0, endTurn: null };
  let start = squadSight(world, () => world);
  // the story's opening lines first, as the play screen tells them when the mission opens (not again after)
  const opening = openingLines(world);
  lines.push(...logLines(world, opening.lines, names));
  for (const step of replaySteps(world, commands)) {
    if (!step.result.ok) break;
    const events = step.result.events.filter((e) => e.type !== 'story_line' || !opening.told.has(e.trigger));
    for (const e of events) {
      if (e.type === 'shot' && squad.has(e.unit)) {
        stats.shots++;
        if (e.hit) stats.hits++;
      } else if (e.type === 'unit_died') {
        if (e.faction === 'squad') stats.losses++;
        else stats.kills++;
      } else if (e.type === 'game_over') stats.endTurn = e.turn;
    }
    lines.push(...logLines(world, fogEvents(events, start), names));
    start = squadSight(world, () => world);
  }
  return { lines, stats };
}
