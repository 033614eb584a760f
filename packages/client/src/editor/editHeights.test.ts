import { parseMapText, stringifyMap, validateMap } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { addEnemy, placePilot } from './editEntities';
import { dropFlatHeights, fillHeightRect, floodFillHeight, heightAt, isFlat, paintHeights } from './editHeights';
import { buildMapJson, type EditorMap, editorMapFrom, newEditorMap } from './editorMap';
import { record, redo, startHistory, undo } from './history';
import { resizeMap } from './resizeMap';

/** A valid 8x8 map (one pilot, one drone) with no heights yet. */
function flat(): EditorMap {
  return addEnemy(placePilot(newEditorMap(8, 8, 'hills'), 'willow', { x: 0, y: 0 }), 'drone', { x: 7, y: 7 });
}

describe('height painting', () => {
  it('paints levels 0-9 in the terrain shape, sharing untouched rows, never mutating', () => {
    const m = flat();
    expect(m.heights).toBeUndefined();
    const a = paintHeights(m, [{ x: 2, y: 1 }], 3);
    expect(a.heights).toEqual([
      '00000000',
      '00300000',
      '00000000',
      '00000000',
      '00000000',
      '00000000',
      '00000000',
      '00000000',
    ]);
    expect(heightAt(a, 2, 1)).toBe(3);
    expect(m.heights).toBeUndefined();
    const b = paintHeights(a, [{ x: 5, y: 6 }], 9);
    expect(b.heights![1]).toBe(a.heights![1]); // same string, shared
    expect(b.heights![6]).toBe('00000900');
    // no change (same level, or outside the map): the same map
    expect(paintHeights(b, [{ x: 2, y: 1 }], 3)).toBe(b);
    expect(
      paintHeights(
        b,
        [
          { x: 8, y: 1 },
          { x: -1, y: 0 },
        ],
        5,
      ),
    ).toBe(b);
    // levels are whole digits 0-9
    expect(heightAt(paintHeights(b, [{ x: 0, y: 7 }], 12), 0, 7)).toBe(9);
    expect(heightAt(paintHeights(b, [{ x: 0, y: 7 }], -4), 0, 7)).toBe(0);
  });

  it('drops heights once every tile is back to 0', () => {
    const a = paintHeights(flat(), [{ x: 2, y: 1 }], 3);
    const back = paintHeights(a, [{ x: 2, y: 1 }], 0);
    expect(back.heights).toBeUndefined();
    expect('heights' in back).toBe(false);
  });

  it('fills rectangles (any two corners, clipped) and connected areas of one height', () => {
    let m = fillHeightRect(flat(), { x: 6, y: 3 }, { x: 9, y: 1 }, 2);
    expect(m.heights!.slice(0, 5)).toEqual(['00000000', '00000022', '00000022', '00000022', '00000000']);
    // a ring of 4 around (1..3, 4..6) with the centre 5,2 left at 0
    m = fillHeightRect(m, { x: 1, y: 4 }, { x: 3, y: 6 }, 4);
    m = paintHeights(m, [{ x: 2, y: 5 }], 0);
    const f = floodFillHeight(m, { x: 0, y: 0 }, 1);
    expect(heightAt(f, 7, 7)).toBe(1);
    expect(heightAt(f, 2, 5)).toBe(0); // enclosed: not reached
    expect(heightAt(f, 1, 4)).toBe(4); // another height: kept
    expect(heightAt(f, 7, 2)).toBe(2);
    expect(floodFillHeight(f, { x: 0, y: 0 }, 1)).toBe(f);
    // the whole raised plateau at once
    const p = floodFillHeight(f, { x: 7, y: 1 }, 4);
    expect([heightAt(p, 6, 1), heightAt(p, 7, 3), heightAt(p, 5, 1)]).toEqual([4, 4, 1]);
  });

  it('reads short or malformed rows as 0 and repairs their shape when painting', () => {
    const m: EditorMap = { ...flat(), heights: ['1', '00000000'] };
    expect(heightAt(m, 0, 0)).toBe(1);
    expect(heightAt(m, 5, 0)).toBe(0);
    expect(heightAt(m, 3, 6)).toBe(0);
    const p = paintHeights(m, [{ x: 3, y: 6 }], 2);
    expect(p.heights).toHaveLength(8);
    expect(p.heights!.every((r) => r.length === 8)).toBe(true);
    expect(p.heights![0]).toBe('10000000');
    expect(validateMap(buildMapJson(p)).ok).toBe(true);
  });

  it('undoes and redoes height strokes like terrain', () => {
    const a = flat();
    const b = paintHeights(a, [{ x: 1, y: 1 }], 5);
    let h = record(startHistory(a), b);
    h = undo(h);
    expect(h.present.heights).toBeUndefined();
    h = redo(h);
    expect(heightAt(h.present, 1, 1)).toBe(5);
  });
});

describe('heights through resize and export', () => {
  it('resizing crops and pads heights with 0 like the terrain', () => {
    const m = paintHeights(paintHeights(flat(), [{ x: 7, y: 7 }], 6), [{ x: 1, y: 2 }], 3);
    const big = resizeMap(m, 10, 9);
    expect(big.heights).toHaveLength(9);
    expect(big.heights![2]).toBe('0300000000');
    expect(big.heights![7]).toBe('0000000600');
    expect(big.heights![8]).toBe('0000000000');
    expect(validateMap(buildMapJson(big)).ok).toBe(true);
    const back = resizeMap(big, 8, 8);
    expect(back.heights).toEqual(m.heights);
  });

  it('resizing away the last raised tile drops heights', () => {
    const m = paintHeights(resizeMap(flat(), 12, 12), [{ x: 10, y: 10 }], 2);
    expect(m.heights).toBeDefined();
    expect(resizeMap(m, 8, 8).heights).toBeUndefined();
  });

  it('exports raised tiles and drops heights when every tile is 0', () => {
    const m = paintHeights(flat(), [{ x: 3, y: 3 }], 2);
    const text = stringifyMap(buildMapJson(m));
    const r = parseMapText(text, 'hills.json');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.map.heights?.[3]).toBe('00020000');
    // a loaded map whose heights are all 0 (allowed by the format) exports without them
    const zero = editorMapFrom({ ...validMap(flat()), heights: Array.from({ length: 8 }, () => '00000000') });
    expect(zero.heights).toHaveLength(8);
    expect(isFlat(zero.heights)).toBe(true);
    expect('heights' in buildMapJson(zero)).toBe(false);
    expect(dropFlatHeights(zero).heights).toBeUndefined();
    expect(dropFlatHeights(m)).toBe(m);
  });
});

function validMap(m: EditorMap) {
  const r = validateMap(buildMapJson(m));
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.map;
}
