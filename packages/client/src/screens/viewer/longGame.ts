import { simulate } from '@denizens/engine';
import { BUILTIN_ENEMY_TYPES, BUILTIN_MAPS, type MapData, validateMap } from '@denizens/maps';

/**
 * A long game for tests and the benchmark of going back (never loaded by the game itself): the ruins
 * with an "eliminate" objective, 40 turns, and everyone at 40 HP and 15 aim on both sides, so the
 * built-in AI plays both sides for the whole 40 turns (400–500 commands, as the rules stand). The map is embedded.
 */
export function longRuinsReplayText(seed = '1'): string {
  const data = structuredClone(BUILTIN_MAPS.ruins) as Record<string, unknown> & {
    squad: { hp: number; aim: number }[];
  };
  data.id = 'ruins-long';
  data.name = 'Ruins (long test game)';
  data.turnLimit = 40;
  data.objective = { kind: 'eliminate' };
  for (const u of data.squad) Object.assign(u, { hp: 40, aim: 15 });
  data.enemyTypes = Object.fromEntries(
    Object.entries(BUILTIN_ENEMY_TYPES).map(([id, t]) => [id, { ...t, hp: 40, aim: 15 }]),
  );
  const v = validateMap(data, 'ruins-long');
  if (!v.ok) throw new Error('the long test map does not validate');
  const map: MapData = v.map;
  return `${JSON.stringify(simulate(map, seed, 40, { embedMap: true }), null, 1)}\n`;
}
