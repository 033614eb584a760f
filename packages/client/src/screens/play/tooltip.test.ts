import { createGame, pendingStrikes, strikeTiles } from '@denizens/engine';
import { validateMap } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { overlayModel } from './overlays';
import { createState } from './state';
import { tipHtml } from './tooltip';

/** A 5-wide field: a guard (pistol reaching 3 tiles, sight 12) at the top, a pilot at the bottom, a breach row. */
function field(rows: string[], extra: Record<string, unknown> = {}) {
  const r = validateMap(
    {
      format: 'denizens-map',
      version: 1,
      id: 'tip-test',
      name: 'Tooltip test',
      width: rows[0]!.length,
      height: rows.length,
      terrain: rows.map((row) => row.replace(/[SE]/g, '.')),
      squad: [{ id: 'ann', name: 'Ann', hp: 6, aim: 70, mobility: 5, weapon: 'thompson', ...at(rows, 'S') }],
      enemies: [{ id: 'g1', type: 'guard', ...at(rows, 'E') }],
      objective: { kind: 'eliminate' },
      weapons: {
        snub: {
          name: 'Snub',
          kind: 'pistol',
          damage: { min: 1, max: 2 },
          ammo: null,
          rangeMods: [{ upTo: 3, mod: 0 }],
          crit: 0,
          heavy: false,
        },
      },
      enemyTypes: {
        guard: { name: 'Guard', hp: 4, aim: 60, mobility: 4, vision: 12, defense: 0, weapon: 'snub', tags: [] },
      },
      ...extra,
    },
    'tip-test',
  );
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  const world = createGame(r.map, '1');
  const state = createState(world.grid.width * world.grid.height);
  state.selected = 'ann';
  return { world, state };
}

function at(rows: string[], ch: string) {
  const y = rows.findIndex((r) => r.includes(ch));
  return { x: rows[y]!.indexOf(ch), y };
}

const names = new Map([['g1', 'Guard']]);

describe('the move tooltip (from the engine preview)', () => {
  it('warns of a flank only where the enemy weapon reaches', () => {
    const { world, state } = field(['..E..', '.....', '.....', '.....', '.....', '.....', '.S...']);
    state.hover = { x: 3, y: 6 }; // seen by the guard, 6 tiles away: beyond the pistol
    expect(tipHtml(world, state, names)).toMatch(/^<div class="title move">Move/);
    expect(tipHtml(world, state, names)).not.toMatch(/Flanked/);
    state.hover = { x: 2, y: 3 }; // 3 tiles away, no cover
    expect(tipHtml(world, state, names)).toMatch(/⚠ Flanked by Guard/);
  });

  it('prices the climb into a breach as the engine does, and says why it cannot be climbed from afar', () => {
    const near = field(['__E__', '_____', '##B##', '..S..']);
    near.state.hover = { x: 2, y: 2 };
    expect(tipHtml(near.world, near.state, names)).toMatch(
      /climb in · 2 AP.*Alone; 1 AP boosted or pulled, 0 boosted by a strong ally/,
    );
    const far = field(['__E__', '_____', '##B##', '.....', 'S....']);
    far.state.hover = { x: 2, y: 2 };
    const tip = tipHtml(far.world, far.state, names)!;
    expect(tip).toMatch(/must stand next to the breach/);
    expect(tip).toMatch(/Climbing in costs 2 AP now/);
  });

  it('warns of a telegraphed strike at the destination, in the tooltip and on the path', () => {
    const strikes = [{ turn: 1, x: 3, y: 5, radius: 1, damage: 4 }];
    const { world, state } = field(['..E..', '.....', '.....', '.....', '.....', '.....', 'S....'], { strikes });
    state.strikes = pendingStrikes(world).map((p) => ({ x: p.x, y: p.y, tiles: strikeTiles(world, p) }));
    state.hover = { x: 2, y: 6 }; // the edge of the blast
    expect(tipHtml(world, state, names)).toMatch(
      /⚠ In the strike area: a shell lands here at the end of this turn \(4 damage at its centre\)/,
    );
    expect(overlayModel(world, state).path?.danger).toBe(true);
    state.hover = { x: 1, y: 6 }; // just outside it
    expect(tipHtml(world, state, names)).not.toMatch(/strike area/);
    expect(overlayModel(world, state).path?.danger).toBe(false);
  });
});
