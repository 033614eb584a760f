/**
 * What can still be checked in a map that fails the schema: every top-level field is parsed on its own, arrays and
 * records element by element, so one bad squad member does not hide the problems of the others. The result is a
 * map with the usable parts (broken fields get placeholders) and, per field, whether it is whole, partly usable or
 * unusable — the meaning checks skip what a broken field makes meaningless.
 */
import type { z } from 'zod';
import { type MapData, MapSchema } from './format';

/** A top-level field of the map format. */
export type MapField = keyof MapData;

/** `partial`: an array or record whose broken elements were left out; `broken`: missing or unusable. */
export type FieldState = 'whole' | 'partial' | 'broken';

export interface Salvaged {
  map: MapData;
  state: Partial<Record<MapField, FieldState>>;
  /** For arrays kept in part: the original index of each kept element. */
  kept: Partial<Record<MapField, number[]>>;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
}

const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Placeholders for required fields that are broken (the checks that read them are skipped). */
const PLACEHOLDER: Partial<Record<MapField, unknown>> = {
  format: 'denizens-map',
  version: 1,
  id: 'map',
  name: 'map',
  width: 1,
  height: 1,
  terrain: [''],
  squad: [],
  objective: { kind: 'eliminate' },
};

/** The field schema without its default/optional wrapper, to read array elements and record entries. */
function core(s: z.ZodType): { def: Def; schema: z.ZodType } {
  let schema = s;
  let def = defOf(schema);
  while ((def.type === 'default' || def.type === 'optional' || def.type === 'prefault') && def.innerType) {
    schema = def.innerType;
    def = defOf(schema);
  }
  return { def, schema };
}

/** Parses a map field by field. Call it on input that failed `MapSchema` (it is correct, but slower, on any input). */
export function salvageMap(input: unknown): Salvaged {
  const src: Record<string, unknown> =
    input !== null && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  const state: Salvaged['state'] = {};
  const kept: Salvaged['kept'] = {};
  const shape = MapSchema.shape as unknown as Record<MapField, z.ZodType>;
  for (const key of Object.keys(shape) as MapField[]) {
    const fieldSchema = shape[key];
    const raw = Object.hasOwn(src, key) ? src[key] : undefined;
    const whole = fieldSchema.safeParse(raw);
    if (whole.success) {
      if (whole.data !== undefined) out[key] = whole.data;
      state[key] = 'whole';
      continue;
    }
    const { def } = core(fieldSchema);
    if (def.type === 'array' && def.element && Array.isArray(raw)) {
      const items: unknown[] = [];
      const idx: number[] = [];
      raw.forEach((el, i) => {
        const r = def.element!.safeParse(el);
        if (r.success) {
          items.push(r.data);
          idx.push(i);
        }
      });
      out[key] = items;
      kept[key] = idx;
      state[key] = 'partial';
      continue;
    }
    if (def.type === 'record' && def.valueType && raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
      const rec: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(raw)) {
        if (def.keyType && !def.keyType.safeParse(k).success) continue;
        const r = def.valueType.safeParse(v);
        if (r.success) rec[k] = r.data;
      }
      out[key] = rec;
      state[key] = 'partial';
      continue;
    }
    state[key] = 'broken';
    const fallback = fieldSchema.safeParse(undefined);
    if (fallback.success) {
      if (fallback.data !== undefined) out[key] = fallback.data;
    } else if (Object.hasOwn(PLACEHOLDER, key)) out[key] = PLACEHOLDER[key];
  }
  return { map: out as MapData, state, kept };
}
