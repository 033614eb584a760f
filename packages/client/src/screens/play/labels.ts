import type { GameWorld } from '@denizens/engine';
import type { HitBadge, MapLabel } from '../../hud/hud';
import { css, hitColour, PALETTE } from '../../render/palette';
import type { PlayState } from './state';

type ToClient = (x: number, y: number) => { x: number; y: number };

/** The hit-chance badges over the units the current action can be aimed at (none while moving or animating). */
export function hitBadges(world: GameWorld, state: PlayState, toClient: ToClient): HitBadge[] {
  if (state.mode.mode === 'move' || state.busy) return [];
  const action = state.mode.label;
  return state.targets.map((t) => {
    const p = toClient(world.c.Position.x[t.eid]!, world.c.Position.y[t.eid]!);
    const name = world.c.Unit.name[t.eid]!;
    const at = { id: t.id, x: p.x, y: p.y - 64 * state.cam.zoom };
    // a shot shows its chance; help given to an ally (first aid, boost, pull) has none: it shows the action
    if (!t.chance) return { ...at, text: action, label: `${action} ${name}`, colour: css(PALETTE.squad) };
    const pct = t.chance.percent;
    return { ...at, text: `${pct}%`, label: `${action} ${name}: ${pct}% to hit`, colour: css(hitColour(pct)) };
  });
}

/** Screen labels pinned to tiles: breach seal countdowns (seen breaches only) and strike warnings. */
export function mapLabels(world: GameWorld, state: PlayState, toClient: ToClient): MapLabel[] {
  const g = world.grid;
  const zoom = state.cam.zoom;
  const labels: MapLabel[] = [];
  // one label per opening: touching breach tiles with the same countdown share it (at the middle tile)
  const groups: { tiles: { x: number; y: number }[]; left: number }[] = [];
  for (const [i, left] of [...state.breaches].sort((a, b) => a[0] - b[0])) {
    if (!state.seen[i]) continue;
    const x = i % g.width;
    const y = (i - x) / g.width;
    const near = groups.find(
      (gr) => gr.left === left && gr.tiles.some((t) => Math.max(Math.abs(t.x - x), Math.abs(t.y - y)) === 1),
    );
    if (near) near.tiles.push({ x, y });
    else groups.push({ tiles: [{ x, y }], left });
  }
  for (const gr of groups) {
    const mid = gr.tiles[Math.floor(gr.tiles.length / 2)]!;
    const p = toClient(mid.x, mid.y);
    labels.push({
      x: p.x,
      y: p.y - 56 * zoom,
      text: gr.left > 1 ? `♨ seals in ${gr.left} turns` : '♨ seals at end of turn',
      cls: 'breach',
    });
  }
  for (const s of state.strikes) {
    const p = toClient(s.x, s.y);
    labels.push({ x: p.x, y: p.y - 20 * zoom, text: '⚠ shell lands end of turn', cls: 'strike' });
  }
  return labels;
}
