import type { Point } from '@denizens/maps';
import type { EditorState, ToolId } from '../state';

/** How a tile was pressed: the right button (or a long press) and the Alt key change what some tools do. */
export interface Press {
  right: boolean;
  alt: boolean;
}

/**
 * One editor tool: what a press on a tile does, and, for tools that start a drag, what moving on to another tile
 * and letting go do. Pure: state in, state out (the controller validates, saves and redraws).
 */
export interface Tool {
  id: ToolId;
  /** The keyboard shortcut (one letter). */
  key: string;
  label: string;
  /** One sentence for the status line and the tool's tooltip. */
  hint: string;
  press(s: EditorState, p: Point, how: Press): EditorState;
  /** The pointer reached another tile while this tool's drag is in progress. */
  drag?(s: EditorState, p: Point): EditorState;
  /** The drag ends: its result becomes one undo step. */
  release?(s: EditorState): EditorState;
}
