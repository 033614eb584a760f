import { type MapData, MapSchema } from './format';
import { pathLocator } from './jsonSource';
import { DEFAULT_JSON_LIMITS, findHostileKey, jsonPath, parseJsonSafely } from './safeJson';
import { checkSemantics, legendOf, type MapIssue } from './semantics';
import { describeZodIssues } from './structural';
import { MAP_LIMITS } from './terrain';

export { checkSemantics, jsonPath, legendOf, type MapIssue };

export type MapResult = { ok: true; map: MapData } | { ok: false; issues: MapIssue[] };

/** Most issues reported for one file; the rest are summed up in a last issue. */
export const MAX_ISSUES = 50;

/**
 * `file:line:col: $.path (tile x,y): message` (`file: $.path…` when the place in the text is unknown), for
 * terminals, editors and logs; a JSON syntax error adds the source line and a caret on the next two lines.
 */
export function formatIssue(i: MapIssue): string {
  const where = i.tile ? ` (tile ${i.tile.x},${i.tile.y})` : '';
  const pos = i.line !== undefined ? `:${i.line}:${i.column ?? 1}` : '';
  return `${i.file}${pos}: ${i.path}${where}: ${i.message}${i.excerpt ? `\n${i.excerpt}` : ''}`;
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

/** Parses map text from an untrusted source: size and nesting limits first, then JSON, then the checks. */
export function parseMapText(text: string, file: string): MapResult {
  const parsed = parseJsonSafely(text, { ...DEFAULT_JSON_LIMITS, maxChars: MAP_LIMITS.maxFileBytes });
  if (!parsed.ok) return { ok: false, issues: [{ file, ...parsed.problem }] };
  const r = validateMap(parsed.value, file);
  return r.ok ? r : { ok: false, issues: locateIssues(text, r.issues) };
}

/**
 * Validates a parsed map: hostile keys, then structure (against the schema), then meaning. Never throws for bad
 * input; every issue names the file, the JSON path (and tile) and says how to fix it.
 */
export function validateMap(json: unknown, file = '<map>'): MapResult {
  const hostile = findHostileKey(json);
  if (hostile) return { ok: false, issues: [{ file, ...hostile }] };
  const parsed = MapSchema.safeParse(json);
  if (!parsed.success) {
    const issues = describeZodIssues(MapSchema, json, parsed.error).map((s) => ({ file, ...s }));
    return { ok: false, issues: capped(issues, file) };
  }
  const map = parsed.data;
  const issues = checkSemantics(map, file);
  return issues.length ? { ok: false, issues: capped(issues, file) } : { ok: true, map };
}
