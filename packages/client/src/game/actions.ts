import type { Command } from '@denizens/engine';

/** How an action picks what it applies to. */
export type ActionMode = 'move' | 'enemy' | 'ally' | 'self';

export interface ActionDef {
  id: string;
  label: string;
  /** Hotkeys: a digit and a letter. */
  keys: [string, string];
  mode: ActionMode;
  hint: string;
  /** The command for the selected unit (and the chosen target unit id, for enemy/ally actions). */
  command: (unit: string, target?: string) => Command;
}

/**
 * The action bar: one row per command the squad can give. Whether a command is legal is the
 * engine's call: a refused command changes nothing and its reason is shown.
 */
export const ACTIONS: readonly ActionDef[] = [
  {
    id: 'move',
    label: 'Move',
    keys: ['1', 'm'],
    mode: 'move',
    hint: 'Click a highlighted tile (blue: move, yellow: dash)',
    command: (u) => ({ type: 'move', unit: u, to: { x: 0, y: 0 } }),
  },
  {
    id: 'shoot',
    label: 'Shoot',
    keys: ['2', 't'],
    mode: 'enemy',
    hint: 'Pick a target: every visible enemy shows its hit chance',
    command: (u, t) => ({ type: 'shoot', unit: u, target: t ?? '' }),
  },
  {
    id: 'sidearm',
    label: 'Sidearm',
    keys: ['q', 'q'],
    mode: 'enemy',
    hint: 'Fire the sidearm (never runs dry; Shoot uses it by itself when the primary cannot fire)',
    command: (u, t) => ({ type: 'shoot', unit: u, target: t ?? '', sidearm: true }),
  },
  {
    id: 'overwatch',
    label: 'Overwatch',
    keys: ['3', 'o'],
    mode: 'self',
    hint: 'Fire at the first enemy that moves in sight',
    command: (u) => ({ type: 'overwatch', unit: u }),
  },
  {
    id: 'reload',
    label: 'Reload',
    keys: ['4', 'r'],
    mode: 'self',
    hint: 'Refill the primary weapon',
    command: (u) => ({ type: 'reload', unit: u }),
  },
  {
    id: 'hunker',
    label: 'Hunker',
    keys: ['5', 'h'],
    mode: 'self',
    hint: 'Double cover until your next turn',
    command: (u) => ({ type: 'hunker', unit: u }),
  },
  {
    id: 'first_aid',
    label: 'First aid',
    keys: ['6', 'g'],
    mode: 'ally',
    hint: 'Heal and stop bleeding: pick an adjacent ally (or yourself)',
    command: (u, t) => ({ type: 'first_aid', unit: u, target: t ?? '' }),
  },
  {
    id: 'boost',
    label: 'Boost',
    keys: ['7', 'b'],
    mode: 'ally',
    hint: 'Help an adjacent ally climb into the breach',
    command: (u, t) => ({ type: 'boost', unit: u, target: t ?? '' }),
  },
  {
    id: 'climb',
    label: 'Climb',
    keys: ['8', 'k'],
    mode: 'self',
    hint: 'Climb into the adjacent breach (2 AP alone, 1 boosted or pulled, 0 boosted by a strong ally); from the breach, a normal move goes in or out',
    command: (u) => ({ type: 'climb', unit: u, to: { x: -1, y: -1 } }),
  },
  {
    id: 'pull',
    label: 'Pull',
    keys: ['0', 'p'],
    mode: 'ally',
    hint: 'From inside the ship, pull an ally in the breach through',
    command: (u, t) => ({ type: 'pull', unit: u, target: t ?? '' }),
  },
  {
    id: 'interact',
    label: 'Interact',
    keys: ['9', 'e'],
    mode: 'self',
    hint: 'Open the cell, use what is next to you',
    command: (u) => ({ type: 'interact', unit: u }),
  },
];

export function actionForKey(key: string): ActionDef | undefined {
  const k = key.toLowerCase();
  return ACTIONS.find((a) => a.keys.includes(k));
}
