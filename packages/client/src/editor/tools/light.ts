import { toggleLight } from '../editLights';
import { commit } from '../state';
import type { Tool } from './tool';

/** Light: adds a map light on a tile or removes the one there. */
export const light: Tool = {
  id: 'light',
  key: 'L',
  label: 'Light',
  hint: 'Click a tile to add or remove a map light (conduits light themselves and their neighbours).',
  press: (s, p) => commit(s, toggleLight(s.draft, p)),
};
