import type { Point, TerrainName } from '@denizens/maps';
import type { EditorMap } from './editorMap';
import type { EditorLoad } from './loadEditorMap';
import type { Layer, ToolId } from './state';

/**
 * Everything the author can ask of the editor. The view turns DOM events into intents (one callback); the
 * controller turns intents into a new state (`reduce`) and the few effects the state cannot hold (downloads,
 * starting a play-test, leaving).
 */
export type Intent =
  /** A click (or Space/Enter on the keyboard cursor) on a tile; what it does depends on the tool. */
  | { kind: 'press'; at: Point; right: boolean; alt: boolean }
  /** The pointer (or keyboard cursor) is over another tile (null: off the grid); continues a drag. */
  | { kind: 'hover'; at: Point | null }
  /** The button went up: ends a drag. */
  | { kind: 'release' }
  /** Arrow keys on the focused grid: moves the keyboard cursor. */
  | { kind: 'cursor'; dx: number; dy: number }
  /** Space or Enter on the focused grid: presses the tile under the cursor, or ends the drag in progress. */
  | { kind: 'activate' }
  | { kind: 'tool'; tool: ToolId }
  | { kind: 'terrain'; terrain: TerrainName }
  | { kind: 'level'; level: number }
  /** A digit key: a terrain kind (1-9, 0) or, in height mode, a level. */
  | { kind: 'digit'; n: number }
  | { kind: 'layer'; layer: Layer | 'toggle' }
  | { kind: 'enemyType'; type: string }
  | { kind: 'pilot'; id: string }
  | { kind: 'strikeOpts'; opts: Partial<{ turn: number; radius: number; damage: number }> }
  /** A form field changed the map (metadata, the inspector): one undo step. `select` renames the selected unit. */
  | { kind: 'edit'; edit: (m: EditorMap) => EditorMap; select?: string }
  | { kind: 'undo' }
  | { kind: 'redo' }
  /** Delete/Backspace: removes the selection (with the Patrol tool: the last waypoint). */
  | { kind: 'remove' }
  /** Escape: clears the selection and the highlighted issue. */
  | { kind: 'deselect' }
  /** + and −: the grid's cell size in pixels. */
  | { kind: 'zoom'; cell: number }
  /** The author clicked an issue: its tile (if any) is highlighted. */
  | { kind: 'highlight'; at: Point | null }
  /** A new blank map, a built-in map, or an imported file (refused ones keep the draft). */
  | { kind: 'open'; load: EditorLoad }
  | { kind: 'seed'; seed: string }
  /** The preview's size button: wide or side-panel sized. */
  | { kind: 'previewSize' }
  | { kind: 'export' }
  | { kind: 'playtest' }
  | { kind: 'close' };
