import { type MapIssue, type Point, type TerrainName, validateMap } from '@denizens/maps';
import { breachAt, nextUnplacedPilot, unitAt } from './editEntities';
import { buildMapJson, type EditorMap } from './editorMap';
import { type History, record, startHistory } from './history';

/** The editor's tools (each has one module in `tools/`). */
export type ToolId =
  | 'brush'
  | 'rect'
  | 'fill'
  | 'pick'
  | 'select'
  | 'pilot'
  | 'enemy'
  | 'patrol'
  | 'objective'
  | 'breach'
  | 'light'
  | 'area'
  | 'strike'
  | 'erase';

/** A pointer drag in progress; the tool that started it continues and ends it. */
export type Drag =
  | { kind: 'stroke'; last: Point }
  | { kind: 'rect'; a: Point; b: Point }
  | { kind: 'move'; id: string }
  | { kind: 'moveStrike'; index: number }
  | { kind: 'erase' };

/** What the terrain tools paint: terrain kinds, or height levels 0-9 (H switches). */
export type Layer = 'terrain' | 'height';

/**
 * Everything the editor knows, in one plain object: the draft and its undo history, the validator's issues, the
 * tool and its settings, the selection, the pointer. Tools and the reducer return a new state; nothing else
 * holds editor state (the view only reads it).
 */
export interface EditorState {
  readonly hist: History<EditorMap>;
  /** The map as drawn: `hist.present`, or ahead of it while a drag is in progress. */
  readonly draft: EditorMap;
  /** The validator's issues for `hist.present` (empty: the map is valid). */
  readonly issues: readonly MapIssue[];
  /** The validator's warnings for `hist.present`: likely mistakes (a soft-lock …) that do not stop a play-test. */
  readonly warnings: readonly MapIssue[];
  readonly tool: ToolId;
  /** The terrain tool the eyedropper and the terrain keys go back to. */
  readonly lastTerrainTool: ToolId;
  readonly terrain: TerrainName;
  readonly layer: Layer;
  readonly level: number;
  readonly enemyType: string;
  /** The pilot the Squad tool places next. */
  readonly pilot: string | null;
  readonly selUnit: string | null;
  readonly selStrike: number;
  readonly selBreach: Point | null;
  /** Settings of new strikes. */
  readonly strikeOpts: { readonly turn: number; readonly radius: number; readonly damage: number };
  /** The tile of the issue the author clicked. */
  readonly highlight: Point | null;
  readonly hover: Point | null;
  readonly drag: Drag | null;
  /** Cell size in pixels chosen with + and − (0: fit the view). */
  readonly zoom: number;
  /** A one-off message in the status line (replaces the tool's hint until the next action). */
  readonly note: string;
  /** Why a file was not opened or a play-test did not start ('' when nothing was refused). */
  readonly refused: string;
  /** The play-test seed typed by the author; null: the map's own (see `playtestSeed`). */
  readonly seed: string | null;
  /** The isometric preview takes a wide column instead of the side panel's width. */
  readonly previewBig: boolean;
}

/** The validator's issues for a draft (as exported). */
export function validateDraft(m: EditorMap): MapIssue[] {
  return checkDraft(m).issues;
}

/** The validator's issues and warnings for a draft (as exported). */
export function checkDraft(m: EditorMap): { issues: MapIssue[]; warnings: MapIssue[] } {
  const r = validateMap(buildMapJson(m), `${m.id || 'map'}.json`);
  return { issues: r.ok ? [] : r.issues, warnings: r.warnings };
}

export function initialState(map: EditorMap): EditorState {
  return {
    hist: startHistory(map),
    draft: map,
    ...checkDraft(map),
    tool: 'brush',
    lastTerrainTool: 'brush',
    terrain: 'wall',
    layer: 'terrain',
    level: 1,
    enemyType: 'trooper',
    pilot: nextUnplacedPilot(map),
    selUnit: null,
    selStrike: -1,
    selBreach: null,
    strikeOpts: { turn: 2, radius: 1, damage: 8 },
    highlight: null,
    hover: null,
    drag: null,
    zoom: 0,
    note: '',
    refused: '',
    seed: null,
    previewBig: false,
  };
}

/** Drops selections that no longer exist in the draft and moves the Squad tool on to the next unplaced pilot. */
export function fixSelection(s: EditorState): EditorState {
  const m = s.draft;
  const unitPos = s.selUnit
    ? (m.squad.find((u) => u.id === s.selUnit) ?? m.enemies.find((u) => u.id === s.selUnit))
    : undefined;
  const selUnit = unitPos && unitAt(m, unitPos) ? s.selUnit : null;
  const selStrike = s.selStrike >= m.strikes.length ? -1 : s.selStrike;
  const selBreach = s.selBreach && breachAt(m, s.selBreach) >= 0 ? s.selBreach : null;
  const pilot =
    s.pilot && m.squad.some((u) => u.id === s.pilot) && s.tool === 'pilot' && s.pilot !== selUnit
      ? (nextUnplacedPilot(m) ?? s.pilot)
      : s.pilot;
  return { ...s, selUnit, selStrike, selBreach, pilot };
}

/** Makes `next` the present of the history (one undo step), validates it and fixes the selection. */
export function commit(s: EditorState, next: EditorMap): EditorState {
  const hist = record(s.hist, next);
  if (hist === s.hist && s.draft === hist.present) return fixSelection(s);
  const checked = hist.present === s.hist.present ? s : checkDraft(hist.present);
  return fixSelection({ ...s, hist, draft: hist.present, issues: checked.issues, warnings: checked.warnings });
}

/** Puts the history back to a given one (undo, redo). */
export function restore(s: EditorState, hist: History<EditorMap>): EditorState {
  if (hist === s.hist) return s;
  return fixSelection({ ...s, hist, draft: hist.present, ...checkDraft(hist.present) });
}

/** A short message in the status line. */
export const say = (s: EditorState, note: string): EditorState => ({ ...s, note });
