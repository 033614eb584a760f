import { applyObjectiveAt } from '../editEntities';
import { commit, say } from '../state';
import type { Tool } from './tool';

/** Objective: moves the cell, or adds and removes reach tiles (an "eliminate" objective has no tiles). */
export const objective: Tool = {
  id: 'objective',
  key: 'O',
  label: 'Objective',
  hint: 'Cell: click to move the cell. Reach: click tiles to add or remove them. Eliminate has no tiles.',
  press: (s, p) =>
    s.draft.objective.kind === 'eliminate'
      ? say(s, 'The objective is "eliminate": choose "cell" or "reach" under Map > Objective to place tiles.')
      : commit(s, applyObjectiveAt(s.draft, p)),
};
