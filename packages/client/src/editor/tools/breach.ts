import { addBreachable, breachAt, removeBreachableAt, toggleBreach } from '../editEntities';
import { commit } from '../state';
import type { Tool } from './tool';

/** Breach: adds or removes a breach open at the start on a hull tile; a new one is selected (to set its timer). */
export const breach: Tool = {
  id: 'breach',
  key: 'K',
  label: 'Breach',
  hint: 'Click a hull tile to add or remove a breach that is open at the start; a new one is selected, to set its timer.',
  press(s, p) {
    const next = toggleBreach(s.draft, p);
    const selBreach = breachAt(next, p) >= 0 ? p : null;
    return commit(selBreach ? { ...s, selBreach, selUnit: null, selStrike: -1 } : { ...s, selBreach }, next);
  },
};

/** Breachable: drag rectangles of hull that strikes can open; right-click removes one. */
export const breachable: Tool = {
  id: 'area',
  key: 'A',
  label: 'Breachable',
  hint: 'Drag a rectangle of hull that strikes can open (without any, all hull is breachable). Right-click removes one.',
  press: (s, p, how) =>
    how.right ? commit(s, removeBreachableAt(s.draft, p)) : { ...s, drag: { kind: 'rect', a: p, b: p } },
  drag: (s, p) => (s.drag?.kind === 'rect' ? { ...s, drag: { ...s.drag, b: p } } : s),
  release: (s) =>
    s.drag?.kind === 'rect' ? commit({ ...s, drag: null }, addBreachable(s.draft, s.drag.a, s.drag.b)) : s,
};
