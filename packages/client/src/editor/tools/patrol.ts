import { addWaypoint, removeLastWaypoint, unitAt } from '../editEntities';
import { commit, say } from '../state';
import type { Tool } from './tool';

/** Patrol: choose an enemy, then click its waypoints in order (the route loops); right-click takes the last back. */
export const patrol: Tool = {
  id: 'patrol',
  key: 'T',
  label: 'Patrol',
  hint: 'Click an enemy, then click its waypoints in order (the route loops). Right-click or Backspace removes the last waypoint.',
  press(s, p, how) {
    const enemy = s.draft.enemies.find((e) => e.id === s.selUnit);
    const u = unitAt(s.draft, p);
    if (how.right) return enemy ? commit(s, removeLastWaypoint(s.draft, enemy.id)) : s;
    if (u?.side === 'enemy' && u.id !== s.selUnit) return { ...s, selUnit: u.id };
    if (enemy) return commit(s, addWaypoint(s.draft, enemy.id, p));
    return say(s, 'Click an enemy first, then click its waypoints.');
  },
};
