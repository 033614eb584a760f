import ruins from './builtin/ruins.json' with { type: 'json' };
import ship from './builtin/ship.json' with { type: 'json' };
import training from './builtin/training.json' with { type: 'json' };
import type { MapInput } from './format';

/**
 * The maps that ship with the game, by id, as written (validate before use: `validateMap`). The campaign runs
 * ruins → ship (`next`); training is separate.
 */
export const BUILTIN_MAPS: Readonly<Record<string, MapInput>> = {
  ruins: ruins as MapInput,
  ship: ship as MapInput,
  training: training as MapInput,
};

/** The map `npm start` opens and `simulate` uses when none is named. */
export const DEFAULT_MAP_ID = 'ruins';

export function builtinMap(id: string): MapInput | undefined {
  return Object.hasOwn(BUILTIN_MAPS, id) ? BUILTIN_MAPS[id] : undefined;
}
