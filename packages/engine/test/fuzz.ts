// The invariant fuzz: random games on the built-in maps, commands drawn from the AI and at random
// (illegal and malformed ones included), with the game's invariants checked after every command.
// Used by fuzz.test.ts (in the test command) and by `pnpm fuzz` (scripts/fuzz.ts, long soaks).
import { BUILTIN_MAPS, type MapData, validateMap } from '@denizens/maps';
import { chooseCommand } from '../src/ai/chooseCommand';
import { apply } from '../src/apply';
import type { Command } from '../src/commands/types';
import { hashWorld } from '../src/hash/hashWorld';
import { deserializeGame, serializeGame } from '../src/save/serialize';
import { createGame } from '../src/setup/createGame';
import { Faction } from '../src/world/components';
import { createRng, type Rng, randInt } from '../src/world/rng';
import { T, TERRAIN_RULES } from '../src/world/terrain';
import { unitsSorted } from '../src/world/units';
import type { GameWorld } from '../src/world/world';

/** A game to play: which map, the game's seed and the fuzzer's own seed (which commands it draws). */
export interface FuzzGame {
  map: string;
  seed: string;
  /** Seeds the command generator (not the game). */
  draw: string;
  /** Turns at most (the map's turn limit may end it earlier). */
  turns: number;
}

export interface FuzzFailure {
  /** Index of the command after which an invariant broke (in `commands`). */
  index: number;
  invariant: string;
  message: string;
}

export interface FuzzResult {
  game: FuzzGame;
  /** Every command issued, accepted or not, in order (the reproducer). */
  commands: unknown[];
  accepted: number;
  rejected: number;
  failure: FuzzFailure | null;
}

const maps = new Map<string, MapData>();
export function fuzzMap(id: string): MapData {
  let m = maps.get(id);
  if (!m) {
    const r = validateMap(BUILTIN_MAPS[id], id);
    if (!r.ok) throw new Error(`built-in map ${id} is invalid`);
    m = r.map;
    maps.set(id, m);
  }
  return m;
}

export const FUZZ_MAPS: readonly string[] = Object.keys(BUILTIN_MAPS).sort();

const KINDS = ['move', 'shoot', 'overwatch', 'reload', 'hunker', 'first_aid', 'climb', 'boost', 'pull', 'interact'];

/** A random command for the squad: mostly well-formed and near the unit, sometimes nonsense. */
function randomCommand(world: GameWorld, r: Rng): unknown {
  const roll = randInt(r, 100);
  if (roll < 2) return [null, 42, 'move', [], {}, { type: 7 }, { type: 'teleport', unit: 's1' }][randInt(r, 7)];
  if (roll < 10) return { type: 'end_turn' };
  const all = unitsSorted(world);
  const squad = unitsSorted(world, Faction.squad);
  const ids = (list: number[]) => list.map((e) => world.c.Unit.id[e]!);
  const pick = <T>(list: readonly T[]): T | undefined => (list.length ? list[randInt(r, list.length)] : undefined);
  const unit =
    randInt(r, 10) < 8 ? pick(ids(squad)) : randInt(r, 2) ? pick(ids(all)) : ['nobody', '', 'e1', 's9'][randInt(r, 4)];
  const type = KINDS[randInt(r, KINDS.length)]!;
  const g = world.grid;
  const eid = squad.find((e) => world.c.Unit.id[e] === unit);
  const cx = eid === undefined ? randInt(r, g.width) : world.c.Position.x[eid]!;
  const cy = eid === undefined ? randInt(r, g.height) : world.c.Position.y[eid]!;
  const tileRoll = randInt(r, 20);
  const to =
    tileRoll === 0
      ? { x: -1 - randInt(r, 3), y: randInt(r, g.height) }
      : tileRoll === 1
        ? { x: g.width + randInt(r, 3), y: g.height }
        : tileRoll === 2
          ? { x: 1.5, y: '2' }
          : tileRoll === 3
            ? undefined
            : { x: cx + randInt(r, 17) - 8, y: cy + randInt(r, 17) - 8 };
  const target = randInt(r, 10) < 9 ? pick(ids(all)) : ['ghost', 3][randInt(r, 2)];
  switch (type) {
    case 'move':
    case 'climb':
      return { type, unit, to };
    case 'shoot':
      return randInt(r, 4) ? { type, unit, target } : { type, unit, target, sidearm: true };
    case 'first_aid':
      return randInt(r, 2) ? { type, unit } : { type, unit, target };
    case 'boost':
    case 'pull':
      return { type, unit, target: pick(ids(squad)) ?? target };
    default:
      return { type, unit };
  }
}

/** The checks that hold after every command; the first broken one, or null. */
export function checkInvariants(world: GameWorld): { invariant: string; message: string } | null {
  const { Health, Actions, Position, Unit, Weapon } = world.c;
  const g = world.grid;
  const seen = new Map<number, string>();
  for (const eid of unitsSorted(world)) {
    const id = Unit.id[eid]!;
    const hp = Health.hp[eid]!;
    const max = Health.max[eid]!;
    if (!(Number.isInteger(hp) && hp > 0 && hp <= max))
      return { invariant: 'hp', message: `${id} is alive with ${hp} of ${max} HP` };
    const ap = Actions.ap[eid]!;
    if (!(Number.isInteger(ap) && ap >= 0 && ap <= Actions.max[eid]!))
      return { invariant: 'ap', message: `${id} has ${ap} of ${Actions.max[eid]} action points` };
    const ammo = Weapon.ammo[eid];
    const weapon = world.scenario.weapons[Weapon.id[eid] ?? ''];
    if (ammo !== undefined && weapon && ammo !== -1 && !(ammo >= 0 && ammo <= (weapon.ammo ?? 0)))
      return { invariant: 'ammo', message: `${id} has ${ammo} rounds in a ${weapon.ammo}-round ${weapon.name}` };
    const x = Position.x[eid]!;
    const y = Position.y[eid]!;
    if (!(x >= 0 && y >= 0 && x < g.width && y < g.height))
      return { invariant: 'on_map', message: `${id} is off the map at ${x},${y}` };
    const i = y * g.width + x;
    const t = g.terrain[i]!;
    if (TERRAIN_RULES[t]!.moveMul === 0 && t !== T.breach)
      return { invariant: 'standable', message: `${id} stands on terrain ${t} at ${x},${y}` };
    const other = seen.get(i);
    if (other !== undefined) return { invariant: 'one_per_tile', message: `${id} and ${other} share ${x},${y}` };
    seen.set(i, id);
    if (g.occupant[i] !== eid + 1)
      return { invariant: 'occupancy', message: `the occupancy grid does not show ${id} at ${x},${y}` };
  }
  let occupied = 0;
  for (let i = 0; i < g.occupant.length; i++) if (g.occupant[i] !== 0) occupied++;
  if (occupied !== seen.size)
    return { invariant: 'occupancy', message: `${occupied} tiles marked occupied for ${seen.size} living units` };
  return null;
}

const OUTCOME_RANK = { ongoing: 0, victory: 1, defeat: 1 } as const;

/**
 * Plays one game, checking after every command: no exception and no engine fault; a refused command
 * changes nothing (hash, and the whole save for one in `saveEvery`); the invariants above; turn and
 * outcome monotonic; a save taken at a random point and loaded again plays on to the same hashes.
 */
export function fuzzGame(
  game: FuzzGame,
  opts: { saveEvery?: number; maxCommands?: number; script?: readonly unknown[] } = {},
): FuzzResult {
  const saveEvery = opts.saveEvery ?? 8;
  const maxCommands = opts.maxCommands ?? 600;
  const r = createRng(game.draw);
  const world = createGame(fuzzMap(game.map), game.seed);
  const commands: unknown[] = [];
  const result: FuzzResult = { game, commands, accepted: 0, rejected: 0, failure: null };
  const fail = (invariant: string, message: string) => {
    result.failure = { index: commands.length - 1, invariant, message };
    return result;
  };
  // Where a save is taken and loaded into a twin world that must follow the original exactly.
  const forkAt = randInt(r, 120);
  let twin: GameWorld | null = null;
  const aiShare = 30 + randInt(r, 60); // percent of the commands the AI chooses in this game
  let turn = world.header.turn;
  const script = opts.script;
  while (
    script
      ? commands.length < script.length
      : world.header.outcome === 'ongoing' && world.header.turn <= game.turns && commands.length < maxCommands
  ) {
    if (commands.length === forkAt) {
      const loaded = deserializeGame(JSON.parse(JSON.stringify(serializeGame(world))));
      if (!loaded.ok) return fail('save_load', `the save does not load: ${loaded.error.path}: ${loaded.error.message}`);
      twin = loaded.world;
      if (hashWorld(twin) !== hashWorld(world)) return fail('save_load', 'the loaded save hashes differently');
    }
    const cmd = script
      ? script[commands.length]
      : randInt(r, 100) < aiShare
        ? chooseCommand(world, Faction.squad)
        : randomCommand(world, r);
    commands.push(cmd);
    const hashBefore = hashWorld(world);
    const checkSave = randInt(r, saveEvery) === 0;
    const saveBefore = checkSave ? JSON.stringify(serializeGame(world)) : '';
    const outcomeBefore = world.header.outcome;
    let res: ReturnType<typeof apply>;
    try {
      res = apply(world, cmd as Command);
    } catch (e) {
      return fail('no_exception', `apply threw: ${(e as Error)?.stack ?? String(e)}`);
    }
    if (!res.ok && res.fault) return fail('no_fault', `engine fault: ${res.fault.message}`);
    if (res.ok) result.accepted++;
    else {
      result.rejected++;
      if (hashWorld(world) !== hashBefore)
        return fail('refusal_changes_nothing', `refused (${res.rejection.code}) but the hash changed`);
      if (checkSave && JSON.stringify(serializeGame(world)) !== saveBefore)
        return fail('refusal_changes_nothing', `refused (${res.rejection.code}) but the save changed`);
    }
    const broken = checkInvariants(world);
    if (broken) return fail(broken.invariant, broken.message);
    if (world.header.turn < turn) return fail('turn_monotonic', `turn went from ${turn} to ${world.header.turn}`);
    turn = world.header.turn;
    if (
      OUTCOME_RANK[world.header.outcome] < OUTCOME_RANK[outcomeBefore] ||
      (outcomeBefore !== 'ongoing' && world.header.outcome !== outcomeBefore)
    )
      return fail('outcome_monotonic', `outcome went from ${outcomeBefore} to ${world.header.outcome}`);
    if (twin) {
      let twinRes: ReturnType<typeof apply>;
      try {
        twinRes = apply(twin, cmd as Command);
      } catch (e) {
        return fail('save_load', `apply threw on the loaded twin: ${(e as Error)?.message}`);
      }
      if (twinRes.ok !== res.ok || hashWorld(twin) !== hashWorld(world))
        return fail('save_load', 'the world loaded from a save played on differently from the original');
    }
  }
  return result;
}

/** The n-th game of a run: maps in turn, seeds from the run's seed. */
export function nthGame(runSeed: string, n: number, turns = 30): FuzzGame {
  return { map: FUZZ_MAPS[n % FUZZ_MAPS.length]!, seed: `${runSeed}-${n}`, draw: `${runSeed}-draw-${n}`, turns };
}
