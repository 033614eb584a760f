import { BUILTIN_MAPS, type MapData, type MapInput, validateMap } from '@denizens/maps';

/** A small valid map for tests: terrain rows plus units placed by letter (S = squad, E = enemy). */
export function tinyMap(rows: string[], extra: Partial<MapInput> = {}): MapData {
  const squad: MapInput['squad'] = [];
  const enemies: NonNullable<MapInput['enemies']> = [];
  const terrain = rows.map((row, y) =>
    [...row]
      .map((ch, x) => {
        if (ch === 'S') {
          squad.push({
            id: `s${squad.length + 1}`,
            name: `Pilot ${squad.length + 1}`,
            hp: 6,
            aim: 70,
            mobility: 5,
            weapon: 'thompson',
            x,
            y,
          });
          return '.';
        }
        if (ch === 'E') {
          enemies.push({ id: `e${enemies.length + 1}`, type: 'trooper', x, y });
          return '.';
        }
        return ch;
      })
      .join(''),
  );
  const input: MapInput = {
    format: 'denizens-map',
    version: 1,
    id: 'test',
    name: 'Test map',
    width: rows[0]!.length,
    height: rows.length,
    terrain,
    squad,
    enemies,
    objective: { kind: 'eliminate' },
    ...extra,
  };
  const r = validateMap(input, 'test');
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return r.map;
}

/** A built-in map, validated. */
export function builtin(id: string): MapData {
  const r = validateMap(BUILTIN_MAPS[id], id);
  if (!r.ok) throw new Error(`built-in map ${id} is invalid: ${r.issues.map((i) => i.message).join('; ')}`);
  return r.map;
}
