import { builtinMap, formatIssue, type MapData, parseMapText, validateMap } from '@denizens/maps';
import { INPUT_LIMITS, readInputFile } from '@denizens/maps/node/readInputFile';

/** Loads a map by built-in id or file path (read with the shared safe reader); a bad map is reported with file, JSON path and fix. */
export function loadMap(spec: string): { ok: true; map: MapData; builtin: boolean } | { ok: false; message: string } {
  const builtin = builtinMap(spec);
  if (builtin) {
    const r = validateMap(builtin, `built-in map "${spec}"`);
    return r.ok
      ? { ok: true, map: r.map, builtin: true }
      : { ok: false, message: r.issues.map(formatIssue).join('\n') };
  }
  const read = readInputFile(spec, { maxBytes: INPUT_LIMITS.map, what: '.json map' });
  if (!read.ok) {
    const hint = read.error.problem === 'missing' ? ' (and not a built-in map id)' : '';
    return { ok: false, message: `${spec}: ${read.error.message}${hint}` };
  }
  const r = parseMapText(read.text, spec);
  return r.ok ? { ok: true, map: r.map, builtin: false } : { ok: false, message: r.issues.map(formatIssue).join('\n') };
}
