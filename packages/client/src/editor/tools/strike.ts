import { addStrike, removeStrike, strikeAt, updateStrike } from '../editEntities';
import { commit } from '../state';
import { commitDrag } from './entities';
import type { Tool } from './tool';

/** Strike: schedules a strike with the settings of new strikes; selects and drags targets; right-click removes. */
export const strike: Tool = {
  id: 'strike',
  key: 'S',
  label: 'Strike',
  hint: 'Click to schedule a strike with the settings below; click a target to select it. Right-click removes.',
  press(s, p, how) {
    const k = strikeAt(s.draft, p);
    if (how.right) return k >= 0 ? commit(s, removeStrike(s.draft, k)) : s;
    if (k >= 0) return { ...s, selStrike: k, selUnit: null, drag: { kind: 'moveStrike', index: k } };
    return commit(
      { ...s, selStrike: s.draft.strikes.length, selUnit: null },
      addStrike(s.draft, { ...s.strikeOpts, x: p.x, y: p.y }),
    );
  },
  drag: (s, p) =>
    s.drag?.kind === 'moveStrike' ? { ...s, draft: updateStrike(s.draft, s.drag.index, { x: p.x, y: p.y }) } : s,
  release: commitDrag,
};
