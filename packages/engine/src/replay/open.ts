// Opening a replay for re-simulation: its structure checked, its map found (built in, given, or embedded)
// and a fresh world made from map and seed. Shared by the verifier and the client's hash comparison.
import { type MapData, validateMap } from '@denizens/maps';
import { hashJson } from '../hash/hasher';
import { createGame } from '../setup/createGame';
import type { GameWorld } from '../world/world';
import type { Replay } from './format';
import { parseReplay } from './parse';

/** Finds a map by id (built-in or given on the command line); undefined when unknown. */
export type MapResolver = (id: string) => MapData | { error: string } | undefined;

/** Where a replay's map came from: a built-in map, a map file given by the user, or the replay itself. */
export type MapSource = 'builtin' | 'given' | 'embedded';

/** The map a replay was verified on: its id, its hash and where it came from. */
export interface MapInfo {
  id: string;
  hash: string;
  source: MapSource;
}

export type OpenedReplay =
  | { ok: true; replay: Replay; world: GameWorld; map: MapInfo }
  | { ok: false; status: 'invalid'; path: string; message: string }
  | { ok: false; status: 'diverged'; map: MapInfo; expected: string; got: string; what: string };

/**
 * Checks a parsed JSON value as a replay and makes the world it starts from. An embedded map whose id
 * names a map the resolver knows (a built-in one) must be that very map: a replay cannot claim a map it
 * was not played on. `isBuiltin` tells built-in ids from maps given by the user.
 */
export function openReplay(
  json: unknown,
  resolveMap: MapResolver,
  isBuiltin: (id: string) => boolean = () => true,
): OpenedReplay {
  const parsed = parseReplay(json);
  if (!parsed.ok) return { ok: false, status: 'invalid', path: parsed.path, message: parsed.message };
  const replay = parsed.replay;
  const known = resolveMap(replay.map.id);
  let map: MapData;
  let source: MapSource;
  if (replay.map.data !== undefined) {
    const r = validateMap(replay.map.data, 'replay');
    if (!r.ok)
      return {
        ok: false,
        status: 'invalid',
        path: `$.map.data${r.issues[0]!.path.slice(1)}`,
        message: r.issues[0]!.message,
      };
    map = r.map;
    source = 'embedded';
    if (map.id !== replay.map.id)
      return {
        ok: false,
        status: 'invalid',
        path: '$.map.data.id',
        message: `the embedded map is "${map.id}" but the replay names map "${replay.map.id}"`,
      };
    if (known !== undefined && !('error' in known)) {
      const want = hashJson(known);
      const got = hashJson(map);
      if (want !== got)
        return {
          ok: false,
          status: 'diverged',
          map: { id: map.id, hash: got, source },
          expected: want,
          got,
          what: `map: the embedded map calls itself "${map.id}" but is not the ${isBuiltin(map.id) ? 'built-in' : 'given'} map of that id`,
        };
    }
  } else {
    if (known === undefined)
      return {
        ok: false,
        status: 'invalid',
        path: '$.map.id',
        message: `unknown map ${JSON.stringify(replay.map.id)}: not built in; give the map file with --map`,
      };
    if ('error' in known) return { ok: false, status: 'invalid', path: '$.map.id', message: known.error };
    map = known;
    source = isBuiltin(map.id) ? 'builtin' : 'given';
  }
  const world = createGame(map, replay.seed, {
    ...(replay.difficulty ? { difficulty: replay.difficulty } : {}),
    ...(replay.campaign?.squad ? { squad: replay.campaign.squad } : {}),
  });
  const info: MapInfo = { id: map.id, hash: world.scenario.mapHash, source };
  if (world.scenario.mapHash !== replay.map.hash)
    return {
      ok: false,
      status: 'diverged',
      map: info,
      expected: replay.map.hash,
      got: world.scenario.mapHash,
      what: `map hash (the replay was recorded on a different version of map "${map.id}")`,
    };
  return { ok: true, replay, world, map: info };
}
