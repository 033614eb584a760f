import { type GameWorld, hasFired, unitById } from '@denizens/engine';
import type { ShownEvent } from './shownEvents';

/**
 * The story's opening lines, told when the mission opens: the engine fires a trigger after a squad command, so a
 * "turn 1" trigger's lines would come with the player's first move. Here they are told before it, as the lines the
 * engine will say: the unfired triggers whose condition is a turn already reached and whose effects are all lines
 * (a trigger that also does something keeps its moment), each line said by someone on the map (narration always),
 * as `runEffect` says them. The engine's own `story_line` events for these triggers then come with the first command
 * (the world and its hash are untouched) and are not told again (`told`).
 */
export function openingLines(world: GameWorld): { lines: ShownEvent[]; told: Set<string> } {
  const lines: ShownEvent[] = [];
  const told = new Set<string>();
  if (world.header.outcome !== 'ongoing' || world.header.phase !== 'player') return { lines, told };
  world.scenario.map.triggers.forEach((t, i) => {
    if (t.when.kind !== 'turn' || world.header.turn < t.when.turn || hasFired(world, i)) return;
    if (!t.do.every((e) => e.kind === 'say')) return;
    told.add(t.id);
    for (const e of t.do)
      if (e.kind === 'say' && (e.speaker === '' || unitById(world, e.speaker) !== undefined))
        lines.push({ type: 'story_line', trigger: t.id, speaker: e.speaker, text: e.text });
  });
  return { lines, told };
}
