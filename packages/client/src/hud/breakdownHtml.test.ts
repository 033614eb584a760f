import { createGame, hitChance, setDust, unitById } from '@denizens/engine';
import { validateMap } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { breakdownHtml } from './breakdownHtml';

// Willow fires at a drone behind rubble through a dust cloud: aim, range, cover, defence, dust.
const MAP = {
  format: 'denizens-map',
  version: 1,
  id: 'range',
  name: 'Range',
  width: 9,
  height: 3,
  terrain: ['.........', '......,..', '.........'],
  squad: [{ id: 'willow', name: 'Willow', hp: 7, aim: 70, mobility: 5, weapon: 'thompson', x: 0, y: 1 }],
  enemies: [{ id: 'drone-1', type: 'drone', x: 7, y: 1 }],
  objective: { kind: 'eliminate' },
  turnLimit: 10,
};

/** The numbers in the table rows of the tooltip ("−20" → -20). */
function rows(html: string): { key: string; value: number }[] {
  return [...html.matchAll(/<tr data-key="(\w+)"><td>[^<]*<\/td><td class="v">([^<]+)<\/td><\/tr>/g)].map((m) => ({
    key: m[1]!,
    value: Number(m[2]!.replace('−', '-').replace('±', '')),
  }));
}

describe('breakdownHtml', () => {
  it('lists every modifier the engine returns, and they add up to the percent shown', () => {
    const m = validateMap(MAP);
    if (!m.ok) throw new Error(JSON.stringify(m.issues));
    const world = createGame(m.map, '1');
    setDust(world.grid, 1 * 9 + 4, 2); // a test setup: dust on the line of fire
    const c = hitChance(world, unitById(world, 'willow')!, unitById(world, 'drone-1')!);
    expect(c.breakdown.map((b) => b.key)).toEqual(expect.arrayContaining(['aim', 'cover', 'defense', 'dust']));
    const html = breakdownHtml('LGF drone', c);
    const shown = rows(html);
    expect(shown.map((r) => r.key)).toEqual(c.breakdown.map((b) => b.key));
    expect(shown.reduce((t, r) => t + r.value, 0)).toBe(c.percent);
    expect(html).toContain(`<tr class="total"><td>to hit</td><td class="v">${c.percent}%</td></tr>`);
    expect(html).toContain(`${c.percent}% to hit`);
    expect(html).not.toContain('engine says');
  });

  it('shows the engine percent beside the sum if they ever disagree', () => {
    const html = breakdownHtml('X', {
      percent: 50,
      breakdown: [{ key: 'aim', label: 'aim', value: 60 }],
      critPercent: 0,
      critBreakdown: [],
      flanked: false,
      cover: 0,
      distance: 1,
      inRange: true,
      canSee: true,
      weapon: 'thompson',
      sidearm: false,
      from: { x: 0, y: 0 },
      peek: false,
    });
    expect(html).toContain('engine says');
  });
});
