import type { Point } from '@denizens/maps';
import { addEnemy, moveUnit, nextUnplacedPilot, placePilot, removeUnit, unitAt } from '../editEntities';
import { commit, type EditorState, say } from '../state';
import type { Tool } from './tool';

/** Continues a unit move started by the Squad, Enemy or Select tool: the unit follows the pointer. */
export const moveDrag = (s: EditorState, p: Point): EditorState =>
  s.drag?.kind === 'move' ? { ...s, draft: moveUnit(s.draft, s.drag.id, p) } : s;

/** Ends any drag that changed the draft: the change becomes one undo step. */
export const commitDrag = (s: EditorState): EditorState => commit({ ...s, drag: null }, s.draft);

/** Squad: places the default squad's pilots (the chosen one, else the next unplaced), picks them up, removes them. */
export const pilotTool: Tool = {
  id: 'pilot',
  key: 'P',
  label: 'Squad',
  hint: 'Click to place the chosen pilot (the next unplaced one by default); click a placed pilot to choose them, then click elsewhere to move them. Right-click removes.',
  press(s, p, how) {
    const u = unitAt(s.draft, p);
    if (how.right) return u?.side === 'squad' ? commit(s, removeUnit(s.draft, u.id)) : s;
    if (u?.side === 'squad') return { ...s, pilot: u.id, selUnit: u.id, drag: { kind: 'move', id: u.id } };
    if (u) return say(s, 'Another unit stands there.');
    const id = s.pilot ?? nextUnplacedPilot(s.draft);
    if (!id)
      return say(
        s,
        'All seven pilots are placed: click one to pick it up, or choose one in the list, then click a tile.',
      );
    const next = commit({ ...s, selUnit: id }, placePilot(s.draft, id, p));
    return { ...next, pilot: nextUnplacedPilot(next.draft) };
  },
  drag: moveDrag,
  release: commitDrag,
};

/** Enemy: places an enemy of the chosen type (with a fresh id), selects or moves one, removes one. */
export const enemyTool: Tool = {
  id: 'enemy',
  key: 'E',
  label: 'Enemy',
  hint: 'Click to place an enemy of the chosen type; click one to select it. Right-click removes.',
  press(s, p, how) {
    const u = unitAt(s.draft, p);
    if (how.right) return u?.side === 'enemy' ? commit(s, removeUnit(s.draft, u.id)) : s;
    if (u?.side === 'enemy') return { ...s, selUnit: u.id, drag: { kind: 'move', id: u.id } };
    if (u) return say(s, 'Another unit stands there.');
    const next = addEnemy(s.draft, s.enemyType, p);
    return commit({ ...s, selUnit: next.enemies[next.enemies.length - 1]?.id ?? null }, next);
  },
  drag: moveDrag,
  release: commitDrag,
};
