/**
 * The meaning checks as a list: each check says which top-level fields it reads, and runs on whatever the schema
 * left usable (see salvage.ts). A check whose fields are broken is skipped — and the skips are said once — so one
 * validate run reports structure, shape and meaning problems together. New checks (story triggers, captives…) are
 * added to a list, nothing else changes.
 */
import type { MapData, Point } from './format';
import { type TileGrid, tileGridOf } from './reachability';
import type { FieldState, MapField, Salvaged } from './salvage';
import { DEFAULT_LEGEND, type TerrainName } from './terrain';

/** One problem found in a map: where (file, JSON path and/or tile) and what was expected. */
export interface MapIssue {
  file: string;
  /** JSON path of the offending value, e.g. `$.squad[2].x`. */
  path: string;
  /** Tile the problem is on, when it is about a place on the map. */
  tile?: { x: number; y: number };
  message: string;
  /** Where in the file, counted from 1, when the map was read from text. */
  line?: number;
  column?: number;
  /** The source line with a caret under the column (JSON syntax errors). */
  excerpt?: string;
}

/** The legend in force for a map. */
export function legendOf(map: Pick<MapData, 'legend'>): Readonly<Record<string, TerrainName>> {
  return map.legend ?? DEFAULT_LEGEND;
}

export interface CheckContext {
  readonly map: MapData;
  readonly file: string;
  readonly legend: Readonly<Record<string, TerrainName>>;
  /** The terrain grid (tiles whose code is unknown or missing are undefined). */
  readonly grid: TileGrid;
  /** True when the terrain rows have the map's shape and every code is known. */
  readonly terrainWhole: boolean;
  /** The path of element `i` of an array field, as the author wrote it (kept elements keep their index). */
  item(field: 'squad' | 'enemies' | 'strikes' | 'breaches' | 'breachable' | 'lights', i: number): string;
  add(path: string, message: string, tile?: Point): void;
}

export interface MapCheck {
  /** What it checks, in a few words, for the "not checked" note. */
  about: string;
  /** Fields it reads; it is skipped when one is unusable. */
  needs: readonly MapField[];
  /** Fields it must read whole (every element; for `terrain`: the right shape and only known codes). */
  whole?: readonly MapField[];
  run(ctx: CheckContext): void;
}

/** Runs the checks; returns what they found and the checks skipped for broken fields. */
export function runChecks(
  checks: readonly MapCheck[],
  salvaged: Salvaged,
  file: string,
  terrainWhole: boolean,
): { issues: MapIssue[]; skipped: { check: MapCheck; fields: MapField[] }[] } {
  const { map, state, kept } = salvaged;
  const issues: MapIssue[] = [];
  const legend = legendOf(map);
  const ctx: CheckContext = {
    map,
    file,
    legend,
    grid: tileGridOf(map, legend),
    terrainWhole,
    item: (field, i) => `$.${field}[${kept[field]?.[i] ?? i}]`,
    add: (path, message, tile) =>
      issues.push(tile ? { file, path, tile: { x: tile.x, y: tile.y }, message } : { file, path, message }),
  };
  const stateOf = (f: MapField): FieldState => {
    const s = state[f] ?? 'whole';
    return f === 'terrain' && s === 'whole' && !terrainWhole ? 'partial' : s;
  };
  const skipped: { check: MapCheck; fields: MapField[] }[] = [];
  for (const check of checks) {
    const bad = [
      ...check.needs.filter((f) => stateOf(f) === 'broken'),
      ...(check.whole ?? []).filter((f) => stateOf(f) === 'partial'),
    ];
    if (bad.length) skipped.push({ check, fields: [...new Set(bad)] });
    else check.run(ctx);
  }
  return { issues, skipped };
}

/** The one note that says which checks were skipped and why (undefined when none was). */
export function skippedNote(file: string, skipped: { check: MapCheck; fields: MapField[] }[]): MapIssue | undefined {
  if (skipped.length === 0) return undefined;
  const fields = [...new Set(skipped.flatMap((s) => s.fields))];
  const abouts = [...new Set(skipped.map((s) => s.check.about))];
  return {
    file,
    path: '$',
    message: `not checked until the problems above in ${fields.join(', ')} are fixed: ${abouts.join(', ')}; fix them and validate again`,
  };
}
