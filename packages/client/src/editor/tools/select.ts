import { breachAt, strikeAt, unitAt, updateStrike } from '../editEntities';
import { commitDrag, moveDrag } from './entities';
import type { Tool } from './tool';

/** Select: picks a unit, a strike target or a breach (for the inspector); dragging moves a unit or a strike. */
export const select: Tool = {
  id: 'select',
  key: 'V',
  label: 'Select',
  hint: 'Click a unit, a strike target or a breach to select it; drag to move a unit or strike. Delete removes it.',
  press(s, p) {
    const u = unitAt(s.draft, p);
    const k = strikeAt(s.draft, p);
    return {
      ...s,
      selUnit: u?.id ?? null,
      selStrike: u ? -1 : k,
      selBreach: !u && k < 0 && breachAt(s.draft, p) >= 0 ? p : null,
      drag: u ? { kind: 'move', id: u.id } : k >= 0 ? { kind: 'moveStrike', index: k } : null,
    };
  },
  drag: (s, p) =>
    s.drag?.kind === 'moveStrike'
      ? { ...s, draft: updateStrike(s.draft, s.drag.index, { x: p.x, y: p.y }) }
      : moveDrag(s, p),
  release: commitDrag,
};
