import {
  apply,
  chooseCommand,
  createGame,
  createRecorder,
  Faction,
  type GameWorld,
  hashWorld,
  type MapData,
  type Replay,
  recordApply,
  toReplay,
  unitsSorted,
} from './engine';

/**
 * Most squad commands in one turn: the AI spends at least one action point per command, so 2 per unit, plus slack.
 * (The engine's `simulate` stops a turn after 64 squad commands, which would cut a 50-pilot squad short.)
 */
function commandCap(world: GameWorld): number {
  return unitsSorted(world, Faction.squad).length * 4 + 8;
}

/** The squad's commands for this turn by the built-in AI, up to (not including) its end_turn. Returns how many. */
export function playSquadCommands(world: GameWorld): number {
  const cap = commandCap(world);
  for (let n = 0; n < cap; n++) {
    if (world.header.outcome !== 'ongoing') return n;
    const cmd = chooseCommand(world, Faction.squad);
    if (cmd.type === 'end_turn') return n;
    const r = apply(world, cmd);
    if (!r.ok) throw new Error(`the squad AI issued an illegal command ${JSON.stringify(cmd)}: ${r.rejection.message}`);
  }
  return cap;
}

/** Plays the squad's turn with the built-in AI and ends it (the LGF's AI and the environment run inside end_turn). */
export function playTurn(world: GameWorld): void {
  playSquadCommands(world);
  if (world.header.outcome === 'ongoing') apply(world, { type: 'end_turn' });
}

/** A new game played for up to `turns` turns, AI on both sides, with the state hash after every turn (as a recorder does). */
export function playGame(map: MapData, seed: number, turns: number): GameWorld {
  const world = createGame(map, seed);
  while (world.header.outcome === 'ongoing' && world.header.turn <= turns) {
    playTurn(world);
    hashWorld(world);
  }
  return world;
}

/** A replay of up to `turns` turns played by the AI on both sides (like `simulate`, without its command cap). */
export function recordGame(map: MapData, seed: number, turns: number): Replay {
  const world = createGame(map, seed);
  const rec = createRecorder(world, seed);
  while (world.header.outcome === 'ongoing' && world.header.turn <= turns) {
    const cap = commandCap(world);
    for (let n = 0; ; n++) {
      const cmd = n < cap ? chooseCommand(world, Faction.squad) : { type: 'end_turn' as const };
      const r = recordApply(rec, cmd);
      if (!r.ok)
        throw new Error(`the squad AI issued an illegal command ${JSON.stringify(cmd)}: ${r.rejection.message}`);
      if (cmd.type === 'end_turn' || world.header.outcome !== 'ongoing') break;
    }
  }
  return toReplay(rec);
}

/** How many shots, hits and deaths a replay's game had (re-played from its commands): is there fighting at all? */
export function fightingIn(map: MapData, replay: Replay): { shots: number; kills: number } {
  const world = createGame(map, replay.seed);
  let shots = 0;
  let kills = 0;
  const count = (events: { type: string }[]) => {
    for (const e of events) {
      if (e.type === 'shot') shots++;
      if (e.type === 'unit_died') kills++;
    }
  };
  for (const c of replay.commands) {
    const r = apply(world, c as Parameters<typeof apply>[1]);
    if (r.ok) count(r.events);
  }
  return { shots, kills };
}
