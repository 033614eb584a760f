import type { MapInput } from './format';
import training from './builtin/training.json' with { type: 'json' };

/** The maps that ship with the game, by id, as written (validate before use: `validateMap`). */
export const BUILTIN_MAPS: Readonly<Record<string, MapInput>> = {
  training: training as MapInput,
};

/** The map `npm start` opens and `simulate` uses when none is named. */
export const DEFAULT_MAP_ID = 'training';

export function builtinMap(id: string): MapInput | undefined {
  return Object.hasOwn(BUILTIN_MAPS, id) ? BUILTIN_MAPS[id] : undefined;
}
