import { formatIssue, type Point, TERRAIN_NAMES } from '@denizens/maps';
import { nextUnplacedPilot, removeLastWaypoint, removeStrike, removeUnit, toggleBreach } from './editEntities';
import { redo, undo } from './history';
import type { Intent } from './intents';
import { commit, type EditorState, fixSelection, restore } from './state';
import { TERRAIN_TOOLS, toolOf } from './tools';

const clampTo = (s: EditorState, p: Point): Point => ({
  x: Math.min(s.draft.width - 1, Math.max(0, p.x)),
  y: Math.min(s.draft.height - 1, Math.max(0, p.y)),
});

/** Switches tools (the Squad tool chooses the next unplaced pilot; the status line goes back to the hint). */
function setTool(s: EditorState, tool: EditorState['tool']): EditorState {
  return {
    ...s,
    tool,
    lastTerrainTool: TERRAIN_TOOLS.has(tool) && tool !== 'pick' ? tool : s.lastTerrainTool,
    pilot: tool === 'pilot' && !s.pilot ? nextUnplacedPilot(s.draft) : s.pilot,
    note: '',
  };
}

/** Choosing a terrain or a level goes back to the last terrain tool when another tool was in hand. */
const toTerrainTool = (s: EditorState): EditorState => (TERRAIN_TOOLS.has(s.tool) ? s : setTool(s, s.lastTerrainTool));

function press(s: EditorState, at: Point, right: boolean, alt: boolean): EditorState {
  if (s.drag) return s;
  return toolOf(s.tool).press({ ...s, highlight: null, note: '' }, at, { right, alt });
}

function hover(s: EditorState, at: Point | null): EditorState {
  const moved = at?.x !== s.hover?.x || at?.y !== s.hover?.y;
  if (!moved) return s;
  const next = { ...s, hover: at };
  if (!s.drag || !at) return next;
  return toolOf(s.tool).drag?.(next, at) ?? next;
}

function release(s: EditorState): EditorState {
  if (!s.drag) return s;
  return toolOf(s.tool).release?.(s) ?? { ...s, drag: null };
}

/**
 * The editor's one state transition: an intent in, the next state out. Pure (no DOM, no storage), so every
 * tool and key is tested under node; effects (downloads, play-test, leaving) are the controller's.
 */
export function reduce(s: EditorState, i: Intent): EditorState {
  switch (i.kind) {
    case 'press':
      return press(s, i.at, i.right, i.alt);
    case 'hover':
      return hover(s, i.at);
    case 'release':
      return release(s);
    case 'cursor': {
      const at = s.hover ?? { x: Math.floor(s.draft.width / 2), y: Math.floor(s.draft.height / 2) };
      return hover(s, clampTo(s, { x: at.x + i.dx, y: at.y + i.dy }));
    }
    case 'activate': {
      if (s.drag) return release(s);
      const at = s.hover ?? { x: Math.floor(s.draft.width / 2), y: Math.floor(s.draft.height / 2) };
      const next = press({ ...s, hover: at }, at, false, false);
      // rectangles and moves go on with the arrows until the next Space/Enter; strokes and erasing end here
      return next.drag?.kind === 'stroke' || next.drag?.kind === 'erase' ? release(next) : next;
    }
    case 'tool':
      return setTool(s, i.tool);
    case 'terrain':
      return toTerrainTool({ ...s, terrain: i.terrain, layer: 'terrain' });
    case 'level':
      return toTerrainTool({ ...s, level: Math.min(9, Math.max(0, Math.round(i.level))), layer: 'height' });
    case 'digit': {
      if (s.layer === 'height') return reduce(s, { kind: 'level', level: i.n });
      const name = TERRAIN_NAMES[(i.n + 9) % 10];
      return name ? reduce(s, { kind: 'terrain', terrain: name }) : s;
    }
    case 'layer': {
      const layer = i.layer === 'toggle' ? (s.layer === 'height' ? 'terrain' : 'height') : i.layer;
      return toTerrainTool({ ...s, layer });
    }
    case 'enemyType':
      return { ...s, enemyType: i.type };
    case 'pilot':
      return { ...s, pilot: i.id };
    case 'strikeOpts':
      return { ...s, strikeOpts: { ...s.strikeOpts, ...i.opts } };
    case 'edit':
      return commit(i.select === undefined ? s : { ...s, selUnit: i.select }, i.edit(s.draft));
    case 'undo':
      return s.drag ? s : restore(s, undo(s.hist));
    case 'redo':
      return s.drag ? s : restore(s, redo(s.hist));
    case 'remove':
      if (s.tool === 'patrol' && s.selUnit) return commit(s, removeLastWaypoint(s.draft, s.selUnit));
      if (s.selUnit) return commit(s, removeUnit(s.draft, s.selUnit));
      if (s.selStrike >= 0) return commit(s, removeStrike(s.draft, s.selStrike));
      if (s.selBreach) return commit(s, toggleBreach(s.draft, s.selBreach));
      return s;
    case 'deselect':
      return { ...s, selUnit: null, selStrike: -1, selBreach: null, highlight: null };
    case 'zoom':
      return { ...s, zoom: Math.max(6, Math.min(64, Math.round(i.cell))) };
    case 'highlight':
      return { ...s, highlight: i.at };
    case 'open': {
      if (!i.load.ok)
        return { ...s, refused: `The file was not opened:\n${i.load.issues.map(formatIssue).join('\n')}` };
      const next = commit(
        { ...s, selUnit: null, selStrike: -1, selBreach: null, highlight: null, refused: '', zoom: 0, drag: null },
        i.load.map,
      );
      return fixSelection({ ...next, pilot: nextUnplacedPilot(next.draft) });
    }
    case 'seed':
      return { ...s, seed: i.seed.trim() === '' ? null : i.seed.trim().slice(0, 32) };
    case 'previewSize':
      return { ...s, previewBig: !s.previewBig };
    case 'export':
    case 'playtest':
    case 'close':
      return s;
  }
}
