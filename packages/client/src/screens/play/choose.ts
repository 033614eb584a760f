import {
  breachNextTo,
  type Command,
  Faction,
  type GameWorld,
  goTo,
  inBounds,
  unitAt,
  unitById,
  unitsSorted,
} from '@denizens/engine';
import { ACTIONS, type ActionDef } from '../../game/actions';
import type { Layer, PlayState, Tile } from './state';
import { resetMode } from './state';
import { aimOf } from './targets';

/**
 * What a choice leads to, for the controller to carry out: a command to send, a message, the
 * camera to move, layers to redraw. The choosing itself only reads the world and writes the state.
 */
export interface Effect {
  send?: Command;
  toast?: string;
  centre?: Tile;
  dirty: Layer[];
}

const AIMING: Layer[] = ['bar', 'overlays', 'tip', 'labels'];
const none = (): Effect => ({ dirty: [] });

export function selectedEid(world: GameWorld, state: PlayState): number | undefined {
  return state.selected ? unitById(world, state.selected) : undefined;
}

function tileOf(world: GameWorld, eid: number): Tile {
  return { x: world.c.Position.x[eid]!, y: world.c.Position.y[eid]! };
}

/** Selects a squad member (anything else is ignored), back in move mode. */
export function selectUnit(world: GameWorld, state: PlayState, id: string, centre: boolean): Effect {
  const eid = unitById(world, id);
  if (eid === undefined || world.c.Unit.faction[eid] !== Faction.squad) return none();
  state.selected = id;
  resetMode(state);
  return { centre: centre ? tileOf(world, eid) : undefined, dirty: ['units', 'cards', ...AIMING] };
}

/** The next (or previous) squad member who can still act (any member when none can). */
export function cycleUnit(world: GameWorld, state: PlayState, dir: number): Effect {
  const squad = unitsSorted(world, Faction.squad);
  if (!squad.length) return none();
  const ready = squad.filter((e) => world.c.Actions.ap[e]! > 0);
  const pool = (ready.length ? ready : squad).map((e) => world.c.Unit.id[e]!);
  const i = state.selected ? pool.indexOf(state.selected) : -1;
  return selectUnit(world, state, pool[(i + dir + pool.length) % pool.length]!, true);
}

/** When the selected pilot has no action left (or is down), the next one in squad order who can still act. */
export function nextIfSpent(world: GameWorld, state: PlayState): Effect {
  const eid = selectedEid(world, state);
  if (eid !== undefined && world.c.Actions.ap[eid]! > 0) return none();
  const squad = unitsSorted(world, Faction.squad);
  const from = eid === undefined ? -1 : squad.indexOf(eid);
  for (let k = 1; k <= squad.length; k++) {
    const e = squad[(from + k + squad.length) % squad.length]!;
    if (world.c.Actions.ap[e]! > 0) return selectUnit(world, state, world.c.Unit.id[e]!, true);
  }
  return none();
}

/** The next (or previous) target of the aimed action; the keyboard cursor goes onto it. */
export function cycleTarget(world: GameWorld, state: PlayState, dir: number): Effect {
  if (!state.targets.length) return none();
  state.targetIndex = (state.targetIndex + dir + state.targets.length) % state.targets.length;
  state.keyCursor = tileOf(world, state.targets[state.targetIndex]!.eid);
  return { centre: state.keyCursor, dirty: ['overlays', 'tip', 'labels'] };
}

/** Moves the keyboard cursor a tile (from the cursor, the hovered tile or the selected pilot), kept on the map. */
export function moveCursor(world: GameWorld, state: PlayState, dx: number, dy: number): Effect {
  const eid = selectedEid(world, state);
  const base = state.keyCursor ?? state.hover ?? (eid !== undefined ? tileOf(world, eid) : { x: 0, y: 0 });
  state.keyCursor = {
    x: Math.min(world.grid.width - 1, Math.max(0, base.x + dx)),
    y: Math.min(world.grid.height - 1, Math.max(0, base.y + dy)),
  };
  return { centre: state.keyCursor, dirty: ['overlays', 'tip', 'labels'] };
}

export function cancel(state: PlayState): Effect {
  resetMode(state);
  state.keyCursor = null;
  return { dirty: AIMING };
}

/**
 * An action button or key: Move goes back to moving, Climb climbs into the breach alongside, an
 * action on oneself is sent at once, an aimed one lists its targets (the engine's) to pick from.
 */
export function chooseAction(world: GameWorld, state: PlayState, a: ActionDef): Effect {
  const eid = selectedEid(world, state);
  if (eid === undefined) return none();
  if (a.mode === 'move') {
    resetMode(state);
    return { dirty: AIMING };
  }
  if (a.id === 'climb') {
    const here = tileOf(world, eid);
    const b = breachNextTo(world, here.x, here.y);
    if (!b)
      return { toast: 'Stand next to a breach to climb in; from the breach, a normal move goes in or out.', dirty: [] };
    return { send: goTo(world, state.selected!, b), dirty: [] };
  }
  if (a.mode === 'self') return { send: a.command(state.selected!), dirty: [] };
  const aim = aimOf(world, a, eid);
  state.mode = a;
  state.targets = aim.targets;
  state.sidearm = aim.sidearm;
  state.targetIndex = 0;
  const t = state.targets[0];
  if (!t) {
    resetMode(state);
    const toast = a.mode === 'enemy' ? 'No enemy that weapon can hit.' : 'No ally can be helped that way now.';
    return { toast, dirty: AIMING };
  }
  return { centre: a.mode === 'enemy' ? tileOf(world, t.eid) : undefined, toast: aim.note ?? undefined, dirty: AIMING };
}

/** The aimed action's command at a target unit (the current target when not given); null when nothing is aimed. */
export function aimedCommand(state: PlayState, targetId?: string): Command | null {
  const t = targetId ?? state.targets[state.targetIndex]?.id;
  if (state.mode.mode === 'move' || !state.selected || !t) return null;
  const cmd = state.mode.command(state.selected, t);
  return cmd.type === 'shoot' && state.sidearm ? { ...cmd, sidearm: true } : cmd;
}

/**
 * A click on a tile: while aiming, fires at a target there (or stops aiming); while moving, selects
 * the pilot there, aims Shoot at the enemy there, or moves to the tile.
 */
export function clickTile(world: GameWorld, state: PlayState, t: Tile): Effect {
  if (!inBounds(world.grid, t.x, t.y)) return none();
  const here = unitAt(world, t.x, t.y);
  const id = here === undefined ? undefined : world.c.Unit.id[here]!;
  if (state.mode.mode !== 'move') {
    const send = id && state.targets.some((x) => x.id === id) ? aimedCommand(state, id) : null;
    return send ? { send, dirty: [] } : cancel(state);
  }
  if (here !== undefined && world.c.Unit.faction[here] === Faction.squad) return selectUnit(world, state, id!, false);
  if (here !== undefined) return chooseAction(world, state, ACTIONS.find((a) => a.id === 'shoot')!);
  if (!state.selected) return none();
  return { send: goTo(world, state.selected, t), dirty: [] };
}
