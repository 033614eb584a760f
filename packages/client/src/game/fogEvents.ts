import type { GameEvent } from '@denizens/engine';
import type { ShownEvent } from './shownEvents';

type Tile = { x: number; y: number };

/** What the squad sees when a command's events start, and where every unit stands. */
export interface FogStart {
  width: number;
  /** 1 on every tile the squad sees (the engine's `visibleTo(world, Faction.squad).tiles`). */
  sight: Uint8Array;
  /** Every living unit: its tile and side, before the events. */
  units: ReadonlyMap<string, { x: number; y: number; squad: boolean }>;
  /**
   * The squad's sight again after squad members died (`dead`) or the terrain changed (walls
   * collapsed, hull torn or sealed, squad members hauled or pushed): the caller asks the engine.
   * Without it the starting sight is kept.
   */
  resight?: (dead: ReadonlySet<string>, terrainChanged: boolean) => Uint8Array;
}

/** Events that name a unit in `unit`: dropped when that unit is an enemy out of sight. */
const ABOUT_UNIT = new Set<GameEvent['type']>([
  'unit_damaged',
  'bleeding_started',
  'overwatch_set',
  'hunkered',
  'reloaded',
  'healed',
  'spotted',
  'debris',
  'boosted',
  'pulled',
  'cell_opened',
]);
const TERRAIN_CHANGES = new Set<GameEvent['type']>(['wall_collapsed', 'breach_opened', 'breach_sealed']);

/**
 * Fog of war over a command's events (the engine's events are complete: it knows everything). Pure:
 * returns what the player may be shown and told, in order.
 *
 * - An enemy's `moved` becomes `moved_in_sight` with only the runs of tiles the squad sees
 *   (`segments`: the unit appears at the first tile of a run and vanishes after its last) and `end`
 *   (the final tile, or null when it ends out of sight); a move never seen is dropped.
 * - A shot or reaction shot from an enemy out of sight becomes `shot_from_dark` /
 *   `reaction_from_dark`: target and outcome, no shooter, no tile; the `crit`/`hit`/`miss` that
 *   follow lose their shooter (`unit: null`).
 * - Anything else about an enemy out of sight (its death, wounds, overwatch, reload, awareness) is
 *   dropped. The squad's own events and the environment's pass unchanged.
 */
export function fogEvents(events: readonly GameEvent[], start: FogStart): ShownEvent[] {
  const w = start.width;
  const pos = new Map([...start.units].map(([id, u]) => [id, { ...u }]));
  const dead = new Set<string>();
  let sight = start.sight;
  const seesTile = (t: Tile) => sight[t.y * w + t.x] === 1;
  const hiddenEnemy = (id: string | null) => {
    const u = id !== null ? pos.get(id) : undefined;
    return u !== undefined && !u.squad && !seesTile(u);
  };
  const resight = (terrainChanged: boolean) => {
    if (start.resight) sight = start.resight(dead, terrainChanged);
  };
  const out: ShownEvent[] = [];
  for (const e of events) {
    const unit = 'unit' in e ? e.unit : null;
    const u = unit !== null ? pos.get(unit) : undefined;
    switch (e.type) {
      case 'moved': {
        const path = e.path;
        const end = path[path.length - 1];
        if (!u || !end) {
          out.push(e);
          break;
        }
        if (u.squad) {
          out.push(e);
          u.x = end.x;
          u.y = end.y;
          resight(true); // the squad sees from its new tile (the engine's sight on the resulting world)
          break;
        }
        const tiles = [{ x: u.x, y: u.y }, ...path];
        const segments: Tile[][] = [];
        let run: Tile[] | null = null;
        for (const t of tiles) {
          if (seesTile(t)) {
            if (!run) segments.push((run = []));
            run.push({ x: t.x, y: t.y });
          } else run = null;
        }
        if (segments.length)
          out.push({
            type: 'moved_in_sight',
            unit: e.unit,
            faction: e.faction,
            dash: e.dash,
            segments,
            end: seesTile(end) ? { x: end.x, y: end.y } : null,
          });
        u.x = end.x;
        u.y = end.y;
        break;
      }
      case 'shot':
        if (hiddenEnemy(unit))
          out.push({
            type: 'shot_from_dark',
            target: e.target,
            to: e.to,
            hit: e.hit,
            reaction: e.reaction,
          });
        else out.push(e);
        break;
      case 'reaction_fire':
        if (hiddenEnemy(unit)) out.push({ type: 'reaction_from_dark', target: e.target, at: e.at });
        else out.push(e);
        break;
      case 'crit':
      case 'hit':
      case 'miss':
        if (hiddenEnemy(e.target)) break;
        out.push(hiddenEnemy(e.unit) ? { ...e, unit: null } : e);
        break;
      case 'unit_died':
        if (u && !u.squad && !seesTile(e)) {
          pos.delete(e.unit);
          break;
        }
        out.push(e);
        pos.delete(e.unit);
        if (u?.squad) {
          dead.add(e.unit);
          resight(false);
        }
        break;
      case 'climbed':
      case 'unit_hauled':
      case 'unit_crushed': {
        if (hiddenEnemy(e.unit)) break;
        out.push(e);
        const to = e.to;
        if (u && to) {
          u.x = to.x;
          u.y = to.y;
        }
        if (u?.squad) resight(true);
        break;
      }
      default:
        if (ABOUT_UNIT.has(e.type) && hiddenEnemy(unit)) break;
        out.push(e);
        if (TERRAIN_CHANGES.has(e.type)) resight(true);
    }
  }
  return out;
}
