import { DEFAULT_SQUAD, type Point } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { addEnemy, placePilot, toggleBreach } from '../editEntities';
import { heightAt } from '../editHeights';
import { lightAt } from '../editLights';
import { type EditorMap, newEditorMap, terrainAt } from '../editorMap';
import { paintTiles } from '../editTerrain';
import type { Intent } from '../intents';
import { reduce } from '../reduce';
import { type EditorState, initialState } from '../state';

/** A small valid map: Willow at 0,0, a drone at 9,7, a hull strip on row 5 (x 0-3), a wall at 4,3. */
function yard(): EditorMap {
  let m = newEditorMap(10, 8, 'yard');
  m = paintTiles(m, [{ x: 4, y: 3 }], 'wall');
  m = paintTiles(
    m,
    [0, 1, 2, 3].map((x) => ({ x, y: 5 })),
    'hull',
  );
  m = placePilot(m, 'willow', { x: 0, y: 0 });
  return addEnemy(m, 'drone', { x: 9, y: 7 });
}

const run = (s: EditorState, ...intents: Intent[]) => intents.reduce(reduce, s);
const at = (x: number, y: number): Point => ({ x, y });
const press = (x: number, y: number, right = false, alt = false): Intent => ({
  kind: 'press',
  at: at(x, y),
  right,
  alt,
});
const hover = (x: number, y: number): Intent => ({ kind: 'hover', at: at(x, y) });
const release: Intent = { kind: 'release' };
const tool = (t: EditorState['tool']): Intent => ({ kind: 'tool', tool: t });
const start = (t: EditorState['tool'] = 'brush') => run(initialState(yard()), tool(t));

describe('brush', () => {
  it('paints the pressed tile and every tile crossed, as one undo step when released', () => {
    const s0 = run(start('brush'), { kind: 'terrain', terrain: 'rubble' });
    const mid = run(s0, press(1, 2), hover(4, 2));
    expect([1, 2, 3, 4].map((x) => terrainAt(mid.draft, x, 2))).toEqual(['rubble', 'rubble', 'rubble', 'rubble']);
    expect(mid.hist.present).toBe(s0.hist.present); // not committed until released
    const done = run(mid, release);
    expect(done.drag).toBeNull();
    expect(done.hist.past).toHaveLength(1);
    expect(terrainAt(done.hist.present, 3, 2)).toBe('rubble');
    expect(terrainAt(run(done, { kind: 'undo' }).draft, 3, 2)).toBe('ground');
  });

  it('picks the terrain with a right-click or Alt-click instead of painting', () => {
    const s0 = start('brush');
    const s = run(s0, press(4, 3, true));
    expect(s.terrain).toBe('wall');
    expect(s.drag).toBeNull();
    expect(s.draft).toBe(s0.draft);
    expect(run(start('brush'), { kind: 'terrain', terrain: 'deck' }, press(0, 5, false, true)).terrain).toBe('hull');
  });

  it('paints heights in height mode', () => {
    const s = run(start('brush'), { kind: 'level', level: 4 }, press(2, 2), release);
    expect(heightAt(s.draft, 2, 2)).toBe(4);
    expect(terrainAt(s.draft, 2, 2)).toBe('ground');
  });
});

describe('rectangle', () => {
  it('fills the dragged rectangle only when released', () => {
    const s = run(start('rect'), { kind: 'terrain', terrain: 'deck' }, press(1, 1), hover(3, 2));
    expect(s.drag).toEqual({ kind: 'rect', a: at(1, 1), b: at(3, 2) });
    expect(terrainAt(s.draft, 2, 2)).toBe('ground');
    const done = run(s, release);
    for (const [x, y] of [
      [1, 1],
      [3, 1],
      [1, 2],
      [3, 2],
    ] as const)
      expect(terrainAt(done.draft, x, y)).toBe('deck');
    expect(terrainAt(done.draft, 4, 2)).toBe('ground');
    expect(done.hist.past).toHaveLength(1);
  });
});

describe('fill', () => {
  it('repaints the connected area at once (terrain or height)', () => {
    const s = run(start('fill'), { kind: 'terrain', terrain: 'rubble' }, press(6, 6));
    expect(terrainAt(s.draft, 9, 0)).toBe('rubble');
    expect(terrainAt(s.draft, 4, 3)).toBe('wall');
    expect(terrainAt(s.draft, 0, 5)).toBe('hull');
    const h = run(start('fill'), { kind: 'level', level: 2 }, press(0, 5));
    expect([0, 1, 2, 3, 4].map((x) => heightAt(h.draft, x, 5))).toEqual([2, 2, 2, 2, 2]);
  });
});

describe('eyedropper', () => {
  it("takes a tile's terrain and goes back to the last terrain tool", () => {
    const s = run(start('rect'), tool('pick'), press(0, 5));
    expect(s.terrain).toBe('hull');
    expect(s.tool).toBe('rect');
  });

  it('takes a height level in height mode', () => {
    const m = run(start(), { kind: 'level', level: 7 }, press(5, 5), release);
    const s = run(m, { kind: 'level', level: 1 }, tool('pick'), press(5, 5));
    expect(s.level).toBe(7);
    expect(s.layer).toBe('height');
  });

  it('takes nothing from an unknown tile, and says so', () => {
    const m = { ...yard(), terrain: yard().terrain.map((r, y) => (y === 1 ? `?${r.slice(1)}` : r)) };
    const s = reduce(reduce({ ...initialState(m), terrain: 'deck' }, tool('pick')), press(0, 1));
    expect(s.terrain).toBe('deck');
    expect(s.note).toMatch(/unknown terrain code/);
  });
});

describe('entities (squad and enemies)', () => {
  it('places the next unplaced pilot, selects them, and moves on to the next', () => {
    const s = run(start('pilot'), press(2, 0));
    expect(s.draft.squad.map((u) => u.id)).toEqual(['willow', 'buffy']);
    expect(s.selUnit).toBe('buffy');
    expect(s.pilot).toBe(DEFAULT_SQUAD[2]!.id);
  });

  it('picks up a placed pilot and drags them; right-click removes', () => {
    const s = run(start('pilot'), press(0, 0), hover(1, 1), hover(2, 1), release);
    expect(s.draft.squad[0]).toMatchObject({ id: 'willow', x: 2, y: 1 });
    expect(s.hist.past).toHaveLength(1);
    expect(run(s, press(2, 1, true)).draft.squad).toEqual([]);
  });

  it('refuses a tile another unit stands on, with a note', () => {
    const s0 = start('pilot');
    const s = run(s0, press(9, 7));
    expect(s.draft).toBe(s0.draft);
    expect(s.note).toBe('Another unit stands there.');
  });

  it('places enemies of the chosen type with fresh ids', () => {
    const s = run(start('enemy'), { kind: 'enemyType', type: 'heavy' }, press(5, 5), press(6, 6));
    expect(s.draft.enemies.map((e) => [e.id, e.type])).toEqual([
      ['drone-1', 'drone'],
      ['heavy-1', 'heavy'],
      ['heavy-2', 'heavy'],
    ]);
    expect(s.selUnit).toBe('heavy-2');
    expect(run(s, press(5, 5, true)).draft.enemies.map((e) => e.id)).toEqual(['drone-1', 'heavy-2']);
  });
});

describe('select', () => {
  it('selects units, strikes and breaches; drags a unit; Delete removes the selection', () => {
    const s = run(start('select'), press(9, 7), hover(8, 7), release);
    expect(s.selUnit).toBe('drone-1');
    expect(s.draft.enemies[0]).toMatchObject({ x: 8, y: 7 });
    expect(run(s, { kind: 'remove' }).draft.enemies).toEqual([]);
    const b = run(initialState(toggleBreach(yard(), at(1, 5))), tool('select'), press(1, 5));
    expect(b.selBreach).toEqual(at(1, 5));
    expect(run(b, { kind: 'remove' }).draft.breaches).toEqual([]);
  });
});

describe('patrol', () => {
  it('asks for an enemy first, then adds waypoints in order; right-click takes the last back', () => {
    const none = run(start('patrol'), press(3, 3));
    expect(none.note).toMatch(/Click an enemy first/);
    const s = run(start('patrol'), press(9, 7), press(9, 2), press(6, 2));
    expect(s.draft.enemies[0]!.patrol).toEqual([at(9, 2), at(6, 2)]);
    expect(run(s, press(0, 0, true)).draft.enemies[0]!.patrol).toEqual([at(9, 2)]);
    expect(run(s, { kind: 'remove' }).draft.enemies[0]!.patrol).toEqual([at(9, 2)]);
  });
});

describe('objective', () => {
  it('says how to place tiles on an "eliminate" map; moves the cell otherwise', () => {
    expect(run(start('objective'), press(5, 5)).note).toMatch(/eliminate/);
    const s = run(
      start('objective'),
      { kind: 'edit', edit: (m) => ({ ...m, objective: { kind: 'cell', x: 1, y: 1 } }) },
      press(6, 6),
    );
    expect(s.draft.objective).toEqual({ kind: 'cell', x: 6, y: 6 });
  });
});

describe('breach', () => {
  it('adds a breach on hull and selects it (clearing other selections); a second press removes it', () => {
    const s = run(start('select'), press(9, 7), release, tool('breach'), press(2, 5));
    expect(s.draft.breaches).toEqual([at(2, 5)]);
    expect(s.selBreach).toEqual(at(2, 5));
    expect(s.selUnit).toBeNull();
    const off = run(s, press(2, 5));
    expect(off.draft.breaches).toEqual([]);
    expect(off.selBreach).toBeNull();
  });

  it('drags breachable rectangles; right-click removes one', () => {
    const s = run(start('area'), press(0, 5), hover(3, 5), release);
    expect(s.draft.breachable).toEqual([{ x: 0, y: 5, w: 4, h: 1 }]);
    expect(run(s, press(2, 5, true)).draft.breachable).toBeUndefined();
  });
});

describe('strike', () => {
  it('schedules strikes with the chosen settings, selects and drags them, right-click removes', () => {
    const s = run(start('strike'), { kind: 'strikeOpts', opts: { turn: 5, damage: 12 } }, press(5, 1));
    expect(s.draft.strikes).toEqual([{ turn: 5, radius: 1, damage: 12, x: 5, y: 1 }]);
    expect(s.selStrike).toBe(0);
    const moved = run(s, press(5, 1), hover(6, 2), release);
    expect(moved.draft.strikes[0]).toMatchObject({ x: 6, y: 2 });
    expect(run(moved, press(6, 2, true)).draft.strikes).toEqual([]);
  });
});

describe('light', () => {
  it('toggles a map light', () => {
    const s = run(start('light'), press(3, 3));
    expect(lightAt(s.draft, at(3, 3))).toBe(true);
    expect(lightAt(run(s, press(3, 3)).draft, at(3, 3))).toBe(false);
  });
});

describe('erase', () => {
  it('removes the topmost thing on every tile crossed, terrain stays; one undo step', () => {
    const s = run(start('light'), press(1, 0), tool('erase'), press(0, 0), hover(1, 0), hover(4, 3), release);
    expect(s.draft.squad).toEqual([]);
    expect(s.draft.lights).toEqual([]);
    expect(terrainAt(s.draft, 4, 3)).toBe('wall');
    expect(run(s, { kind: 'undo' }).draft.squad).toHaveLength(1);
  });
});

describe('height', () => {
  it('H and the digits switch between terrain and levels, and back to the last terrain tool', () => {
    const s = run(start('rect'), tool('light'), { kind: 'layer', layer: 'toggle' });
    expect(s.layer).toBe('height');
    expect(s.tool).toBe('rect');
    expect(run(s, { kind: 'digit', n: 6 }).level).toBe(6);
    const t = run(s, { kind: 'layer', layer: 'toggle' }, { kind: 'digit', n: 3 });
    expect(t.layer).toBe('terrain');
    expect(t.terrain).toBe('wall');
    expect(run(t, { kind: 'digit', n: 0 }).terrain).toBe('cell');
  });
});
