import type { z } from 'zod';
import { jsonPath } from './safeJson';
import { MAP_LIMITS } from './terrain';

/**
 * Turns zod's structural issues into sentences a map author can act on: where (JSON path), what was
 * expected, what was found, and how to fix it. The zod text itself is never shown when a better sentence exists.
 */

export interface StructuralIssue {
  path: string;
  message: string;
}

/** The value at a path in the author's input (undefined when missing). */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    if (!Object.hasOwn(v, p)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/** A short, safe description of a value for "got …". */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string')
    return v.length > 40
      ? `the string ${JSON.stringify(v.slice(0, 37))}… (${v.length} characters)`
      : `the string ${JSON.stringify(v)}`;
  if (typeof v === 'number') return Number.isInteger(v) ? `${v}` : `the fraction ${v}`;
  if (typeof v === 'boolean') return `${v}`;
  if (Array.isArray(v)) return `an array of ${v.length} item${v.length === 1 ? '' : 's'}`;
  return 'an object';
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  null: 'null',
  record: 'an object',
};

function typeName(t: string): string {
  return TYPE_NAMES[t] ?? `a ${t}`;
}

/** Zod's own wording starts with these; anything else in `message` is a description we wrote in the schema. */
function isZodDefaultMessage(m: string): boolean {
  return /^(Invalid|Too (big|small)|Unrecognized|Expected|Number must|String must)/.test(m);
}

interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  element?: { _zod: { def: Def } };
  valueType?: { _zod: { def: Def } };
  innerType?: { _zod: { def: Def } };
  options?: { _zod: { def: Def } }[];
  discriminator?: string;
  values?: unknown[];
}

function defOf(s: unknown): Def | undefined {
  return (s as { _zod?: { def?: Def } } | undefined)?._zod?.def;
}

/** The object fields the schema allows at a path (for "did you mean" hints), following the author's input through unions. */
export function knownFieldsAt(schema: z.ZodType, input: unknown, path: readonly PropertyKey[]): string[] {
  let def = defOf(schema);
  let i = 0;
  while (def) {
    if (def.type === 'default' || def.type === 'optional' || def.type === 'nullable' || def.type === 'prefault') {
      def = defOf(def.innerType);
      continue;
    }
    if (def.type === 'union' && def.discriminator && def.options) {
      const disc = valueAt(input, [...path.slice(0, i), def.discriminator]);
      const opt = def.options.find((o) => {
        const lit = defOf(defOf(o)?.shape?.[def!.discriminator!]);
        return lit?.values?.includes(disc);
      });
      def = defOf(opt ?? def.options[0]);
      continue;
    }
    if (i === path.length) return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
    const p = path[i++];
    if (def.type === 'object') def = typeof p === 'string' ? defOf(def.shape?.[p]) : undefined;
    else if (def.type === 'array') def = defOf(def.element);
    else if (def.type === 'record') def = defOf(def.valueType);
    else return [];
  }
  return [];
}

/** Edit distance, small strings only (field names). */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

function closest(word: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const o of options) {
    const d = editDistance(word.toLowerCase(), o.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = o;
    }
  }
  return best;
}

function sizeHint(path: readonly PropertyKey[]): string {
  const last = path[path.length - 1];
  if (path.length === 1 && (last === 'width' || last === 'height' || last === 'terrain' || last === 'heights')) {
    return `; maps may be at most ${MAP_LIMITS.maxWidth}×${MAP_LIMITS.maxHeight} tiles`;
  }
  if (path.length === 2 && path[0] === 'terrain') return `; maps may be at most ${MAP_LIMITS.maxWidth} tiles wide`;
  return '';
}

type Issue = z.core.$ZodIssue;

function boundSentence(iss: Issue & { code: 'too_small' | 'too_big' }, got: unknown, small: boolean): string {
  const bound = Number(
    small ? (iss as { minimum: number | bigint }).minimum : (iss as { maximum: number | bigint }).maximum,
  );
  const exact = (iss as { exact?: boolean }).exact;
  const inclusive = (iss as { inclusive?: boolean }).inclusive !== false;
  const cmp = exact ? 'exactly' : small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
  switch (iss.origin) {
    case 'string': {
      const n = typeof got === 'string' ? got.length : 0;
      return `expected a string of ${cmp} ${bound} character${bound === 1 ? '' : 's'}, got ${n === 0 ? 'an empty string' : `${n} characters`}`;
    }
    case 'array':
    case 'set':
      return `expected ${cmp} ${bound} item${bound === 1 ? '' : 's'}, got ${Array.isArray(got) ? got.length : 'none'}`;
    default:
      return `expected a number ${cmp} ${bound}, got ${describeValue(got)}`;
  }
}

function sentence(schema: z.ZodType, input: unknown, iss: Issue, path: readonly PropertyKey[]): StructuralIssue[] {
  const at = jsonPath(path);
  const got = valueAt(input, path);
  const field = path[path.length - 1];
  switch (iss.code) {
    case 'invalid_type': {
      const parent = valueAt(input, path.slice(0, -1));
      if (got === undefined && parent !== null && typeof parent === 'object' && typeof field === 'string') {
        return [
          {
            path: at,
            message: `missing required field ${JSON.stringify(field)} (expected ${typeName(iss.expected)}); add it`,
          },
        ];
      }
      const quoted =
        typeof got === 'string' && (iss.expected === 'number' || iss.expected === 'int') && /^-?[0-9.]+$/.test(got);
      return [
        {
          path: at,
          message: `expected ${typeName(iss.expected)}, got ${describeValue(got)}${quoted ? '; write the number without quotes' : ''}`,
        },
      ];
    }
    case 'invalid_value': {
      const vals = iss.values.map((v) => JSON.stringify(v));
      const exp = vals.length === 1 ? vals[0] : vals.length <= 3 ? vals.join(' or ') : `one of ${vals.join(', ')}`;
      let msg = `expected ${exp}, got ${describeValue(got)}`;
      if (path.length === 1 && field === 'version' && typeof got === 'number') {
        msg += `; this build reads map format version ${vals.join(', ')}: convert the map (see docs/map-format.md, "Versioning")`;
      } else if (path.length === 1 && field === 'format') {
        msg += '; a map file starts with "format": "denizens-map"';
      }
      return [{ path: at, message: msg }];
    }
    case 'too_small':
    case 'too_big':
      return [{ path: at, message: boundSentence(iss, got, iss.code === 'too_small') + sizeHint(path) }];
    case 'invalid_format': {
      const exp = isZodDefaultMessage(iss.message) ? `a string in ${iss.format} format` : iss.message;
      return [{ path: at, message: `expected ${exp}, got ${describeValue(got)}` }];
    }
    case 'not_multiple_of':
      return [{ path: at, message: `expected a multiple of ${String(iss.divisor)}, got ${describeValue(got)}` }];
    case 'unrecognized_keys': {
      const known = knownFieldsAt(schema, input, path);
      return iss.keys.map((k) => {
        const hint = closest(k, known);
        return {
          path: jsonPath([...path, k]),
          message: `unknown field ${JSON.stringify(k)}; ${hint ? `did you mean ${JSON.stringify(hint)}? ` : ''}remove it or fix its name${known.length ? ` (allowed here: ${known.join(', ')})` : ''}`,
        };
      });
    }
    case 'invalid_union': {
      const u = iss as { discriminator?: string; options?: unknown[] };
      if (u.discriminator && u.options) {
        return [
          {
            path: at,
            message: `expected one of ${u.options.map((o) => JSON.stringify(o)).join(', ')}, got ${describeValue(got)}`,
          },
        ];
      }
      return [
        { path: at, message: `expected one of the allowed shapes, got ${describeValue(got)}; see docs/map-format.md` },
      ];
    }
    case 'invalid_key': {
      const key = field;
      const inner = iss.issues[0];
      const why = inner ? sentence(schema, { k: key }, inner as Issue, ['k'])[0]?.message : undefined;
      return [{ path: at, message: `invalid key ${JSON.stringify(String(key))}: ${why ?? 'not allowed here'}` }];
    }
    case 'invalid_element':
      return [{ path: at, message: `invalid element: ${iss.message}` }];
    default:
      return [{ path: at, message: iss.message }];
  }
}

/** All of a zod error's issues as author-facing sentences, in zod's order (which follows the schema). */
export function describeZodIssues(schema: z.ZodType, input: unknown, error: z.ZodError): StructuralIssue[] {
  return realBoundsOnly(error.issues).flatMap((iss) => sentence(schema, input, iss, iss.path));
}

/** Zod's integer check adds its own bound (±2⁵³−1) beside the schema's real one; only the real limit is worth saying. */
function isSafeIntegerBound(iss: Issue): boolean {
  if (iss.code !== 'too_big' && iss.code !== 'too_small') return false;
  const b = Number(iss.code === 'too_big' ? iss.maximum : iss.minimum);
  return Math.abs(b) === Number.MAX_SAFE_INTEGER;
}

function realBoundsOnly(issues: readonly Issue[]): Issue[] {
  const key = (i: Issue) => `${i.code} ${JSON.stringify(i.path.map(String))}`;
  const real = new Set(issues.filter((i) => !isSafeIntegerBound(i)).map(key));
  return issues.filter((i) => !isSafeIntegerBound(i) || !real.has(key(i)));
}
