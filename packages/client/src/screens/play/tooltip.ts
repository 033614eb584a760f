import {
  type ClimbHelp,
  climbHelp,
  Faction,
  type GameWorld,
  goTo,
  inBounds,
  pendingStrikes,
  preview,
  T,
  type Threat,
  unitAt,
  unitById,
} from '@denizens/engine';
import { breakdownHtml } from '../../hud/breakdownHtml';
import { escapeHtml } from '../../hud/el';
import type { PlayState } from './state';

/**
 * The tooltip for the tile under the cursor, as HTML, or null for none: a target's hit chance with
 * its breakdown, a unit's health and weapon, or what the engine's `preview` says going there means:
 * the climb into a breach (its cost and why) or the move (cost, cover, the seen enemies whose
 * weapons would reach the pilot there with no cover toward them).
 */
export function tipHtml(world: GameWorld, state: PlayState, names: ReadonlyMap<string, string>): string | null {
  const w = world;
  const tile = state.keyCursor ?? state.hover;
  if (state.busy || !tile || !inBounds(w.grid, tile.x, tile.y) || state.dragging) return null;
  const eid = state.selected ? unitById(w, state.selected) : undefined;
  const here = unitAt(w, tile.x, tile.y);
  const hereId = here === undefined ? undefined : w.c.Unit.id[here];
  const target = state.mode.mode !== 'move' ? state.targets.find((t) => t.id === hereId) : undefined;
  if (target?.chance)
    return breakdownHtml(
      names.get(target.id) ?? target.id,
      target.chance,
      w.scenario.weapons[target.chance.weapon]?.name,
    );
  if (
    here !== undefined &&
    (w.c.Unit.faction[here] === Faction.squad || state.visible[tile.y * w.grid.width + tile.x])
  ) {
    const { Unit, Health, Weapon } = w.c;
    const wpn = w.scenario.weapons[Weapon.id[here]!];
    return (
      `<div class="title">${escapeHtml(Unit.name[here]!)}</div><div>${Health.hp[here]}/${Health.max[here]} HP · ${escapeHtml(wpn?.name ?? (Weapon.id[here] || 'unarmed'))}</div>` +
      (Unit.faction[here] === Faction.captive
        ? '<div>Held in the cell. Stand on it or next to it and Interact (9) to free her.</div>'
        : '') +
      (Unit.faction[here] === Faction.lgf && eid !== undefined
        ? '<div>Press Shoot (2) to see the hit chance</div>'
        : '')
    );
  }
  if (eid === undefined || state.mode.mode !== 'move' || w.header.phase !== 'player') return null;
  // the engine says what going there would mean: a move (path, cost, cover, who could shoot) or a climb
  const p = preview(w, goTo(w, w.c.Unit.id[eid]!, tile));
  const breach = w.grid.terrain[tile.y * w.grid.width + tile.x] === T.breach;
  if (!p.ok) {
    const why = `<div>${escapeHtml(capitalise(p.rejection.message))}</div>`;
    if (!breach) return why;
    const c = climbHelp(w, eid);
    return `<div class="title">Breach</div>${why}<div>Climbing in costs ${c.ap} AP now (${HELP_WORDS[c.help]})</div>`;
  }
  if (p.kind === 'climb')
    return (
      `<div class="title">Breach · climb in · ${p.ap} AP</div><div>${capitalise(HELP_WORDS[p.help])}</div>` +
      strikeWarning(w, state, tile) +
      flankWarning(p.threats, names)
    );
  if (p.kind !== 'move') return null;
  const dash = p.ap === 2;
  const shield = (c: number) => (c === 2 ? '■' : c === 1 ? '▄' : '·');
  const { n, e, s, w: west } = p.cover;
  return (
    `<div class="title ${dash ? 'dash' : 'move'}">${dash ? 'Dash' : 'Move'} · ${p.cost} MP · ${p.ap} AP</div>` +
    `<div class="shields" aria-label="cover">N${shield(n)} E${shield(e)} S${shield(s)} W${shield(west)} <small>(■ full ▄ half)</small></div>` +
    strikeWarning(w, state, tile) +
    flankWarning(p.threats, names)
  );
}

const HELP_WORDS: Record<ClimbHelp, string> = {
  alone: 'alone; 1 AP boosted or pulled, 0 boosted by a strong ally',
  boosted: 'boosted by an ally',
  pulled: 'pulled by an ally inside',
  strong_boost: 'boosted by a strong ally',
};

/** A destination in a telegraphed strike's area: the shell's damage, as the engine's strike says it. */
function strikeWarning(world: GameWorld, state: PlayState, tile: { x: number; y: number }): string {
  const mark = state.strikes.find((s) => s.tiles.some((t) => t.x === tile.x && t.y === tile.y));
  if (!mark) return '';
  const strike = pendingStrikes(world).find((s) => s.x === mark.x && s.y === mark.y);
  const damage = strike ? ` (${strike.damage} damage at its centre)` : '';
  return `<div class="warn strike">⚠ In the strike area: a shell lands here at the end of this turn${damage}</div>`;
}

/** The seen enemies that would shoot the pilot there with no cover toward them (in range, the engine says). */
function flankWarning(threats: readonly Threat[], names: ReadonlyMap<string, string>): string {
  const flankers = threats.filter((t) => t.flanked).map((t) => escapeHtml(names.get(t.unit) ?? t.unit));
  return flankers.length ? `<div class="warn">⚠ Flanked by ${flankers.join(', ')}</div>` : '';
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
