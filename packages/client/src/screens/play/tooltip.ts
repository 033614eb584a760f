import {
  canSeeTileFrom,
  climbCost,
  coverAt,
  coverToward,
  Faction,
  type GameWorld,
  inBounds,
  planMove,
  T,
  unitAt,
  unitById,
  unitsSorted,
} from '@denizens/engine';
import { breakdownHtml } from '../../hud/breakdownHtml';
import { escapeHtml } from '../../hud/el';
import type { PlayState } from './state';

/**
 * The tooltip for the tile under the cursor, as HTML, or null for none: a target's hit chance with
 * its breakdown, a unit's health and weapon, the climb into a breach, or the move there (cost,
 * cover, who would flank the pilot there).
 */
export function tipHtml(world: GameWorld, state: PlayState, names: ReadonlyMap<string, string>): string | null {
  const w = world;
  const tile = state.keyCursor ?? state.hover;
  if (state.busy || !tile || !inBounds(w.grid, tile.x, tile.y) || state.dragging) return null;
  const eid = state.selected ? unitById(w, state.selected) : undefined;
  const here = unitAt(w, tile.x, tile.y);
  const hereId = here === undefined ? undefined : w.c.Unit.id[here];
  const target = state.mode.mode !== 'move' ? state.targets.find((t) => t.id === hereId) : undefined;
  if (target?.chance) return breakdownHtml(names.get(target.id) ?? target.id, target.chance);
  if (
    here !== undefined &&
    (w.c.Unit.faction[here] === Faction.squad || state.visible[tile.y * w.grid.width + tile.x])
  ) {
    const { Unit, Health, Weapon } = w.c;
    const wpn = w.scenario.weapons[Weapon.id[here]!];
    return (
      `<div class="title">${escapeHtml(Unit.name[here]!)}</div><div>${Health.hp[here]}/${Health.max[here]} HP · ${escapeHtml(wpn?.name ?? Weapon.id[here]!)}</div>` +
      (Unit.faction[here] === Faction.lgf && eid !== undefined
        ? '<div>Press Shoot (2) to see the hit chance</div>'
        : '')
    );
  }
  if (eid === undefined || state.mode.mode !== 'move' || w.header.phase !== 'player') return null;
  if (w.grid.terrain[tile.y * w.grid.width + tile.x] === T.breach) {
    const ap = climbCost(w, eid);
    return `<div class="title">Breach</div><div>Climb in from a tile next to it: ${ap} AP now (2 alone, 1 boosted or pulled)</div>`;
  }
  // the engine plans the move (path, cost, move or dash) or says why not
  const planned = planMove(w, eid, tile);
  if (!planned.ok) return `<div>${escapeHtml(capitalise(planned.rejection.message))}</div>`;
  const { cost, ap } = planned.plan;
  const dash = ap === 2;
  const sides = coverAt(w, tile.x, tile.y);
  const shield = (c: number) => (c === 2 ? '■' : c === 1 ? '▄' : '·');
  // enemies in sight that could see the tile and would find no cover toward them there
  const flankers = unitsSorted(w, Faction.lgf).filter((e) => {
    const ex = w.c.Position.x[e]!;
    const ey = w.c.Position.y[e]!;
    return (
      state.visible[ey * w.grid.width + ex] === 1 &&
      canSeeTileFrom(w.grid, ex, ey, w.c.Stats.vision[e]!, tile.x, tile.y) &&
      coverToward(w.grid, tile.x, tile.y, ex, ey) === 0
    );
  });
  return (
    `<div class="title ${dash ? 'dash' : 'move'}">${dash ? 'Dash' : 'Move'} · ${cost} MP · ${ap} AP</div>` +
    `<div class="shields" aria-label="cover">N${shield(sides.n)} E${shield(sides.e)} S${shield(sides.s)} W${shield(sides.w)} <small>(■ full ▄ half)</small></div>` +
    (flankers.length
      ? `<div class="warn">⚠ Flanked by ${flankers.map((e) => escapeHtml(w.c.Unit.name[e]!)).join(', ')}</div>`
      : '')
  );
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
