import { sortByPlace } from './documentOrder';
import { type MapData, MapSchema } from './format';
import { pathLocator } from './jsonSource';
import { legendOf, type MapIssue, runChecks, skippedNote } from './mapCheck';
import { DEFAULT_JSON_LIMITS, findHostileKey, jsonPath, parseJsonSafely } from './safeJson';
import { salvageMap } from './salvage';
import { checkSemantics, ERROR_CHECKS, terrainIsWhole } from './semantics';
import { describeZodIssues } from './structural';
import { MAP_LIMITS } from './terrain';
import { WARNING_CHECKS } from './warnings';

export { checkSemantics, jsonPath, legendOf, type MapIssue };

/**
 * A valid map (with the warnings found: likely mistakes that do not make it invalid), or every problem found.
 * `warnings` are only looked for where the problems leave enough to check.
 */
export type MapResult =
  | { ok: true; map: MapData; warnings: MapIssue[] }
  | {
      ok: false;
      issues: MapIssue[];
      warnings: MapIssue[];
      /** At most one: which meaning checks the problems made meaningless (so they were not run). */
      notes: MapIssue[];
    };

/** Most issues reported for one file; the rest are summed up in a last issue. */
export const MAX_ISSUES = 50;

/**
 * `file:line:col: $.path (tile x,y): message` (`file: $.path…` when the place in the text is unknown), for
 * terminals, editors and logs; a warning says `file:line:col: warning: $.path…`; a JSON syntax error adds the
 * source line and a caret on the next two lines.
 */
export function formatIssue(i: MapIssue): string {
  return formatWith(i, '');
}

/** A warning as one line: `file:line:col: warning: $.path (tile x,y): message`. */
export function formatWarning(i: MapIssue): string {
  return formatWith(i, 'warning: ');
}

function formatWith(i: MapIssue, tag: string): string {
  const where = i.tile ? ` (tile ${i.tile.x},${i.tile.y})` : '';
  const pos = i.line !== undefined ? `:${i.line}:${i.column ?? 1}` : '';
  return `${i.file}${pos}: ${tag}${i.path}${where}: ${i.message}${i.excerpt ? `\n${i.excerpt}` : ''}`;
}

/** Adds line and column to issues found in a map parsed from `text` (those already placed keep theirs). */
export function locateIssues(text: string, issues: readonly MapIssue[]): MapIssue[] {
  if (issues.every((i) => i.line !== undefined)) return [...issues];
  const locator = pathLocator(text);
  if (!locator) return [...issues];
  return issues.map((i) => {
    if (i.line !== undefined) return i;
    const pos = locator.locate(i.path, i.tile);
    return pos ? { ...i, line: pos.line, column: pos.column } : i;
  });
}

function capped(issues: MapIssue[], file: string): MapIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const rest = issues.length - MAX_ISSUES;
  return [
    ...issues.slice(0, MAX_ISSUES),
    { file, path: '$', message: `…and ${rest} more issue${rest === 1 ? '' : 's'}; fix these first` },
  ];
}

/** Parses map text from an untrusted source: size and nesting limits first, then JSON, then every check. */
export function parseMapText(text: string, file: string): MapResult {
  const parsed = parseJsonSafely(text, { ...DEFAULT_JSON_LIMITS, maxChars: MAP_LIMITS.maxFileBytes });
  if (!parsed.ok) {
    const issue = { file, ...parsed.problem };
    // A hostile key has a path to point at; a size or syntax problem is placed already (or is about the whole file).
    return {
      ok: false,
      issues: issue.path === '$' ? [issue] : locateIssues(text, [issue]),
      warnings: [],
      notes: [],
    };
  }
  const r = validateMap(parsed.value, file);
  const warnings = locateIssues(text, r.warnings);
  return r.ok
    ? { ...r, warnings }
    : { ok: false, issues: locateIssues(text, r.issues), warnings, notes: locateIssues(text, r.notes) };
}

/**
 * Validates a parsed map in one pass: hostile keys first (nothing else is looked at then), then structure (the
 * schema) and meaning together — the meaning checks run on whatever the structure leaves usable and say once what
 * they had to skip — and the warnings. Issues come in the order of the file. Never throws for bad input; every
 * issue names the file, the JSON path (and tile) and says how to fix it.
 */
export function validateMap(json: unknown, file = '<map>'): MapResult {
  const hostile = findHostileKey(json);
  if (hostile) return { ok: false, issues: [{ file, ...hostile }], warnings: [], notes: [] };
  const parsed = MapSchema.safeParse(json);
  const structural = parsed.success
    ? []
    : describeZodIssues(MapSchema, json, parsed.error).map((s) => ({ file, ...s }));
  const salvaged = parsed.success ? { map: parsed.data, state: {}, kept: {} } : salvageMap(json);
  const whole = terrainIsWhole(salvaged.map);
  const errors = runChecks(ERROR_CHECKS, salvaged, file, whole);
  const issues = sortByPlace([...structural, ...errors.issues], json);
  const warned = runChecks(WARNING_CHECKS, salvaged, file, whole);
  const warnings = sortByPlace(warned.issues, json);
  if (issues.length === 0 && parsed.success) return { ok: true, map: parsed.data, warnings };
  const isObject = json !== null && typeof json === 'object' && !Array.isArray(json);
  const note = isObject ? skippedNote(file, errors.skipped) : undefined;
  const shown = capped(issues, file);
  return { ok: false, issues: shown, warnings, notes: note ? [note] : [] };
}
