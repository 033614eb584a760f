/**
 * Parsing JSON from strangers: size and nesting limits before `JSON.parse`, and a walk that refuses keys
 * that could pollute prototypes when the data is later merged or spread (`__proto__`, `constructor`, `prototype`).
 */

import { jsonPath } from './jsonPath';
import { describeSyntaxError, excerptAt } from './jsonSource';

export { jsonPath };

/** Keys refused anywhere in an untrusted document. */
export const HOSTILE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface JsonLimits {
  /** Longest accepted text, in UTF-16 code units (about bytes for map files, which are ASCII). */
  maxChars: number;
  /** Deepest accepted nesting of arrays and objects. */
  maxDepth: number;
}

export const DEFAULT_JSON_LIMITS: JsonLimits = { maxChars: 2 * 1024 * 1024, maxDepth: 32 };

/** A problem found before or while parsing: a JSON path and a sentence saying what is wrong and how to fix it. */
export interface JsonProblem {
  path: string;
  message: string;
  /** Where in the text, counted from 1 (known for syntax errors). */
  line?: number;
  column?: number;
  /** The source line with a caret under the column (syntax errors). */
  excerpt?: string;
}

export type SafeJsonResult = { ok: true; value: unknown } | { ok: false; problem: JsonProblem };

/** Deepest nesting of `[`/`{` in JSON text, skipping strings; linear, no allocation. Stops early past `stopAt`. */
export function jsonNestingDepth(text: string, stopAt = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > stopAt) return max;
      }
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return max;
}

/**
 * Finds the first hostile key in a parsed value (iterative walk, so deep input cannot overflow the stack).
 * Returns its JSON path, or undefined when the value is clean.
 */
export function findHostileKey(value: unknown, maxDepth = DEFAULT_JSON_LIMITS.maxDepth): JsonProblem | undefined {
  const stack: { v: unknown; path: PropertyKey[] }[] = [{ v: value, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (path.length > maxDepth) {
      return { path: jsonPath(path), message: `nesting is deeper than ${maxDepth} levels; a map never needs that` };
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i]!;
      if (HOSTILE_KEYS.has(k)) {
        return {
          path: jsonPath([...path, k]),
          message: `the key ${JSON.stringify(k)} is not allowed (it could alter object prototypes); remove it`,
        };
      }
      stack.push({ v: (v as Record<string, unknown>)[k], path: [...path, k] });
    }
  }
  return undefined;
}

/** Parses untrusted JSON text: length and nesting limits first, then `JSON.parse`, then the hostile-key walk. */
export function parseJsonSafely(input: string, limits: JsonLimits = DEFAULT_JSON_LIMITS): SafeJsonResult {
  // A UTF-8 byte-order mark (U+FEFF, as some Windows editors write) is not part of the JSON.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.length > limits.maxChars) {
    return {
      ok: false,
      problem: {
        path: '$',
        message: `file is ${text.length} bytes; the limit is ${limits.maxChars} bytes, so it was not parsed (split or simplify the map)`,
      },
    };
  }
  const depth = jsonNestingDepth(text, limits.maxDepth);
  if (depth > limits.maxDepth) {
    return {
      ok: false,
      problem: {
        path: '$',
        message: `JSON nests deeper than ${limits.maxDepth} levels, so it was not parsed; a map never needs that`,
      },
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const why = describeSyntaxError(text, e);
    if (!why.pos) return { ok: false, problem: { path: '$', message: why.message } };
    return {
      ok: false,
      problem: { path: '$', message: why.message, ...why.pos, excerpt: excerptAt(text, why.pos) },
    };
  }
  const hostile = findHostileKey(value, limits.maxDepth);
  if (hostile) return { ok: false, problem: hostile };
  return { ok: true, value };
}
