import { describe, expect, it } from 'vitest';
import { addEnemy, placePilot } from './editEntities';
import { type EditorMap, newEditorMap, terrainAt } from './editorMap';
import type { Intent } from './intents';
import { reduce } from './reduce';
import { initialState } from './state';

const valid = (): EditorMap =>
  addEnemy(placePilot(newEditorMap(8, 8, 'yard'), 'willow', { x: 0, y: 0 }), 'drone', { x: 7, y: 7 });
const run = (s: ReturnType<typeof initialState>, ...intents: Intent[]) => intents.reduce(reduce, s);

describe('the editor reducer', () => {
  it('validates on every commit: the issue list follows the map, undo and redo', () => {
    const s = initialState(valid());
    expect(s.issues).toEqual([]);
    const walled = run(
      s,
      { kind: 'terrain', terrain: 'wall' },
      { kind: 'press', at: { x: 7, y: 7 }, right: false, alt: false },
      { kind: 'release' },
    );
    expect(walled.issues.map((i) => i.path)).toEqual(['$.enemies[0]']);
    expect(run(walled, { kind: 'undo' }).issues).toEqual([]);
    expect(run(walled, { kind: 'undo' }, { kind: 'redo' }).issues).toHaveLength(1);
  });

  it('moves a keyboard cursor inside the map; Space presses there and a second Space ends a rectangle', () => {
    let s = run(initialState(valid()), { kind: 'tool', tool: 'rect' }, { kind: 'terrain', terrain: 'rubble' });
    s = run(s, { kind: 'cursor', dx: -1, dy: 0 });
    expect(s.hover).toEqual({ x: 3, y: 4 }); // from the centre
    s = run(s, { kind: 'cursor', dx: -9, dy: -9 });
    expect(s.hover).toEqual({ x: 0, y: 0 }); // clamped
    s = run(s, { kind: 'cursor', dx: 0, dy: 1 }, { kind: 'activate' }, { kind: 'cursor', dx: 2, dy: 0 });
    expect(s.drag).toEqual({ kind: 'rect', a: { x: 0, y: 1 }, b: { x: 2, y: 1 } });
    s = run(s, { kind: 'activate' });
    expect(s.drag).toBeNull();
    expect([0, 1, 2, 3].map((x) => terrainAt(s.draft, x, 1))).toEqual(['rubble', 'rubble', 'rubble', 'ground']);
  });

  it('Space with the brush paints one tile and ends the stroke at once', () => {
    const s = run(initialState(valid()), { kind: 'cursor', dx: 0, dy: 0 }, { kind: 'activate' });
    expect(s.drag).toBeNull();
    expect(terrainAt(s.draft, 4, 4)).toBe('wall');
    expect(s.hist.past).toHaveLength(1);
  });

  it('keeps the draft when a file is refused, and says why; an opened one replaces it as one undo step', () => {
    const s = initialState(valid());
    const refused = run(s, {
      kind: 'open',
      load: { ok: false, issues: [{ file: 'x.json', path: '$.width', message: 'expected a number' }] },
    });
    expect(refused.draft).toBe(s.draft);
    expect(refused.refused).toBe('The file was not opened:\nx.json: $.width: expected a number');
    const opened = run(refused, { kind: 'open', load: { ok: true, map: newEditorMap(12, 9) } });
    expect(opened.draft.width).toBe(12);
    expect(opened.refused).toBe('');
    expect(opened.pilot).toBe('willow');
    expect(run(opened, { kind: 'undo' }).draft).toBe(s.draft);
  });

  it('ignores undo while a drag is in progress (the drag would be lost)', () => {
    const s = run(
      initialState(valid()),
      { kind: 'press', at: { x: 2, y: 2 }, right: false, alt: false },
      { kind: 'undo' },
    );
    expect(s.drag).not.toBeNull();
    expect(terrainAt(s.draft, 2, 2)).toBe('wall');
  });

  it('renames the selected enemy through an edit that carries the new selection', () => {
    const s = run(
      initialState(valid()),
      { kind: 'tool', tool: 'select' },
      { kind: 'press', at: { x: 7, y: 7 }, right: false, alt: false },
      { kind: 'release' },
      {
        kind: 'edit',
        edit: (m) => ({ ...m, enemies: m.enemies.map((e) => ({ ...e, id: 'sparky' })) }),
        select: 'sparky',
      },
    );
    expect(s.selUnit).toBe('sparky');
    expect(s.draft.enemies[0]!.id).toBe('sparky');
  });

  it('toggles the wide preview', () => {
    const s = initialState(valid());
    expect(s.previewBig).toBe(false);
    expect(run(s, { kind: 'previewSize' }).previewBig).toBe(true);
    expect(run(s, { kind: 'previewSize' }, { kind: 'previewSize' }).previewBig).toBe(false);
  });
});
