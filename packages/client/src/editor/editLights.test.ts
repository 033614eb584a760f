import { validateMap } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { addEnemy, eraseAt, placePilot, toggleBreach } from './editEntities';
import { lightAt, toggleLight } from './editLights';
import { buildMapJson, newEditorMap } from './editorMap';
import { resizeMap } from './resizeMap';

describe('map lights', () => {
  it('toggles a light on a tile; outside the map nothing changes', () => {
    const m = newEditorMap(8, 8);
    const a = toggleLight(m, { x: 2, y: 3 });
    expect(a.lights).toEqual([{ x: 2, y: 3 }]);
    expect(lightAt(a, { x: 2, y: 3 })).toBe(true);
    expect(m.lights).toEqual([]); // never mutated
    const b = toggleLight(a, { x: 5, y: 5 });
    expect(b.lights).toEqual([
      { x: 2, y: 3 },
      { x: 5, y: 5 },
    ]);
    expect(toggleLight(b, { x: 2, y: 3 }).lights).toEqual([{ x: 5, y: 5 }]);
    expect(toggleLight(b, { x: 8, y: 0 })).toBe(b);
    expect(toggleLight(b, { x: 0, y: -1 })).toBe(b);
  });

  it('exports lights (the validator accepts them) and leaves the list out when empty', () => {
    let m = addEnemy(placePilot(newEditorMap(8, 8), 'willow', { x: 0, y: 0 }), 'drone', { x: 7, y: 7 });
    expect('lights' in buildMapJson(m)).toBe(false);
    m = toggleLight(m, { x: 4, y: 4 });
    const r = validateMap(buildMapJson(m));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.map.lights).toEqual([{ x: 4, y: 4 }]);
  });

  it('the eraser removes a light (after a breach on the same tile); resizing drops lights outside', () => {
    let m = toggleBreach(toggleLight(newEditorMap(12, 12), { x: 1, y: 1 }), { x: 1, y: 1 });
    m = eraseAt(m, { x: 1, y: 1 });
    expect([m.breaches.length, m.lights.length]).toEqual([0, 1]);
    m = eraseAt(m, { x: 1, y: 1 });
    expect(m.lights).toEqual([]);
    const r = resizeMap(toggleLight(toggleLight(m, { x: 11, y: 2 }), { x: 3, y: 3 }), 8, 8);
    expect(r.lights).toEqual([{ x: 3, y: 3 }]);
  });
});
