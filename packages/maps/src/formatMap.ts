/**
 * The canonical layout of a map file (`denizens maps fmt`): fields in the schema's order (`$schema` first; the turn
 * limit and the story last), unit,
 * strike and breach fields likewise, then `stringifyMap` (one row and one unit a line). Fields the schema does not
 * know are kept, after the known ones, so formatting never loses data. Formatting its own output changes nothing.
 */
import type { z } from 'zod';
import { BreachSchema, EnemySpawnSchema, MapSchema, RosterUnitSchema, StrikeSchema } from './format';
import { stringifyMap } from './stringify';

function ordered(v: unknown, keys: readonly string[]): unknown {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
  const src = v as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of keys) if (Object.hasOwn(src, k)) out[k] = src[k];
  for (const k of Object.keys(src)) if (!Object.hasOwn(out, k)) out[k] = src[k];
  return out;
}

const keysOf = (s: { shape: Record<string, z.ZodType> }) => Object.keys(s.shape);

/** Top-level order: the schema's, with the turn limit and the story at the end (as the built-in maps are written). */
const TAIL = ['sealTurns', 'turnLimit', 'captive', 'triggers'];
const TOP_KEYS = [...keysOf(MapSchema).filter((k) => !TAIL.includes(k)), ...TAIL];

const ELEMENT_KEYS: Readonly<Record<string, readonly string[]>> = {
  squad: keysOf(RosterUnitSchema),
  enemies: keysOf(EnemySpawnSchema),
  strikes: keysOf(StrikeSchema),
  breaches: keysOf(BreachSchema),
};

/** The map (parsed JSON) in the canonical layout, as file text. */
export function formatMapText(json: unknown): string {
  const top = ordered(json, TOP_KEYS);
  if (top === null || typeof top !== 'object' || Array.isArray(top)) return stringifyMap(top);
  const out = { ...(top as Record<string, unknown>) };
  for (const [field, keys] of Object.entries(ELEMENT_KEYS)) {
    const list = out[field];
    if (Array.isArray(list)) out[field] = list.map((x) => ordered(x, keys));
  }
  return stringifyMap(out);
}
