import { readFileSync } from 'node:fs';
import { BUILTIN_MAPS, DEFAULT_SQUAD, MAP_SCHEMA_ID, parseMapText, stringifyMap, validateMap } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { memoryPlatform } from '../platform/platform';
import {
  addBreachable,
  addEnemy,
  addStrike,
  addWaypoint,
  applyObjectiveAt,
  eraseAt,
  moveUnit,
  nextEnemyId,
  nextUnplacedPilot,
  placePilot,
  removeBreachableAt,
  SEALS_IN_LIMITS,
  setMeta,
  setObjectiveKind,
  setSealsIn,
  toggleBreach,
  unitAt,
} from './editEntities';
import { buildMapJson, type EditorMap, newEditorMap, terrainAt } from './editorMap';
import { fillRect, floodFill, lineTiles, paintTiles, rectTiles } from './editTerrain';
import { record, redo, startHistory, undo } from './history';
import { issueTile } from './issueTile';
import {
  EDITOR_WORK_KEY,
  loadWork,
  looksLikeTiled,
  openBuiltin,
  openMapText,
  openTiledText,
  saveWork,
} from './loadEditorMap';
import { resizeMap } from './resizeMap';

/** A small valid map: two pilots and a drone on a 10x8 field with a wall. */
function yard(): EditorMap {
  let m = newEditorMap(10, 8, 'yard');
  m = paintTiles(m, [{ x: 4, y: 3 }], 'wall');
  m = placePilot(m, 'willow', { x: 0, y: 0 });
  m = placePilot(m, 'buffy', { x: 1, y: 0 });
  m = addEnemy(m, 'drone', { x: 9, y: 7 });
  return m;
}

describe('terrain editing', () => {
  it('paints tiles and leaves the map untouched (same object) when nothing changes', () => {
    const m = newEditorMap(8, 8);
    const p = paintTiles(m, [{ x: 2, y: 1 }], 'hull');
    expect(terrainAt(p, 2, 1)).toBe('hull');
    expect(p.terrain[1]).toBe('..H.....');
    expect(m.terrain[1]).toBe('........'); // never mutated
    expect(p.terrain[0]).toBe(m.terrain[0]); // unchanged rows are shared
    expect(paintTiles(p, [{ x: 2, y: 1 }], 'hull')).toBe(p);
    expect(paintTiles(p, [{ x: 20, y: 1 }], 'wall')).toBe(p);
  });

  it('fills rectangles given by any two corners, clipped to the map', () => {
    const m = fillRect(newEditorMap(8, 8), { x: 6, y: 5 }, { x: 9, y: 3 }, 'rubble');
    expect(m.terrain.slice(2, 7)).toEqual(['........', '......,,', '......,,', '......,,', '........']);
    expect(rectTiles(m, { x: 1, y: 1 }, { x: 0, y: 0 })).toHaveLength(4);
  });

  it('flood-fills the 4-connected area only', () => {
    let m = newEditorMap(8, 8);
    // a wall ring around (1..3, 1..3), centre tile 2,2 enclosed
    m = fillRect(m, { x: 1, y: 1 }, { x: 3, y: 3 }, 'wall');
    m = paintTiles(m, [{ x: 2, y: 2 }], 'ground');
    const f = floodFill(m, { x: 0, y: 0 }, 'deck');
    expect(terrainAt(f, 7, 7)).toBe('deck');
    expect(terrainAt(f, 2, 2)).toBe('ground');
    expect(terrainAt(f, 1, 1)).toBe('wall');
    expect(floodFill(f, { x: 0, y: 0 }, 'deck')).toBe(f);
  });

  it('draws gap-free lines for brush strokes', () => {
    const l = lineTiles({ x: 0, y: 0 }, { x: 5, y: 2 });
    expect(l[0]).toEqual({ x: 0, y: 0 });
    expect(l[l.length - 1]).toEqual({ x: 5, y: 2 });
    for (let i = 1; i < l.length; i++)
      expect(Math.max(Math.abs(l[i]!.x - l[i - 1]!.x), Math.abs(l[i]!.y - l[i - 1]!.y))).toBe(1);
  });
});

describe('units and scenario', () => {
  it('places the default pilots in roster order, moves them, refuses occupied tiles', () => {
    let m = newEditorMap(8, 8);
    m = placePilot(m, 'faith', { x: 2, y: 2 });
    m = placePilot(m, 'willow', { x: 3, y: 2 });
    expect(m.squad.map((u) => u.id)).toEqual(['willow', 'faith']);
    expect(m.squad[1]).toMatchObject({ ...DEFAULT_SQUAD[2], x: 2, y: 2 });
    expect(placePilot(m, 'buffy', { x: 2, y: 2 })).toBe(m);
    m = placePilot(m, 'faith', { x: 5, y: 5 });
    expect(unitAt(m, { x: 5, y: 5 })?.id).toBe('faith');
    expect(m.squad).toHaveLength(2);
    expect(nextUnplacedPilot(m)).toBe('buffy');
    expect(placePilot(m, 'nobody', { x: 0, y: 0 })).toBe(m);
  });

  it('gives enemies fresh ids per type and draws patrols', () => {
    let m = addEnemy(newEditorMap(8, 8), 'drone', { x: 1, y: 1 });
    m = addEnemy(m, 'drone', { x: 2, y: 1 });
    m = addEnemy(m, 'heavy', { x: 3, y: 1 });
    expect(m.enemies.map((e) => e.id)).toEqual(['drone-1', 'drone-2', 'heavy-1']);
    expect(addEnemy(m, 'drone', { x: 1, y: 1 })).toBe(m);
    m = addWaypoint(m, 'drone-1', { x: 1, y: 5 });
    m = addWaypoint(m, 'drone-1', { x: 1, y: 5 });
    m = addWaypoint(m, 'drone-1', { x: 5, y: 5 });
    expect(m.enemies[0]!.patrol).toEqual([
      { x: 1, y: 5 },
      { x: 5, y: 5 },
    ]);
    expect(nextEnemyId(eraseAt(m, { x: 1, y: 1 }), 'drone')).toBe('drone-1');
  });

  it('switches the objective kind and toggles reach tiles', () => {
    let m = setObjectiveKind(newEditorMap(8, 8), 'reach');
    expect(m.objective).toEqual({ kind: 'reach', tiles: [{ x: 4, y: 4 }] });
    m = applyObjectiveAt(m, { x: 1, y: 1 });
    m = applyObjectiveAt(m, { x: 4, y: 4 });
    expect(m.objective).toEqual({ kind: 'reach', tiles: [{ x: 1, y: 1 }] });
    expect(applyObjectiveAt(m, { x: 1, y: 1 })).toBe(m); // the last tile stays
    m = setObjectiveKind(m, 'cell');
    expect(m.objective).toEqual({ kind: 'cell', x: 1, y: 1 });
  });

  it('erases the topmost thing on a tile: unit, then strike, breach, breachable area', () => {
    let m = yard();
    m = addStrike(m, { turn: 2, x: 0, y: 0, radius: 1, damage: 8 });
    m = toggleBreach(m, { x: 0, y: 0 });
    m = addBreachable(m, { x: 0, y: 0 }, { x: 2, y: 1 });
    expect(m.breachable).toEqual([{ x: 0, y: 0, w: 3, h: 2 }]);
    m = eraseAt(m, { x: 0, y: 0 });
    expect(m.squad.map((u) => u.id)).toEqual(['buffy']);
    m = eraseAt(m, { x: 0, y: 0 });
    expect(m.strikes).toEqual([]);
    m = eraseAt(m, { x: 0, y: 0 });
    expect(m.breaches).toEqual([]);
    m = eraseAt(m, { x: 0, y: 0 });
    expect(m.breachable).toBeUndefined();
    expect(removeBreachableAt(m, { x: 0, y: 0 })).toBe(m);
  });
});

describe('breach timers', () => {
  it("sets a breach's sealsIn within the schema's limits; undefined goes back to the map's sealTurns", () => {
    expect(SEALS_IN_LIMITS).toEqual({ min: 1, max: 99 });
    let m = toggleBreach(toggleBreach(yard(), { x: 3, y: 0 }), { x: 5, y: 0 });
    expect(setSealsIn(m, { x: 4, y: 0 }, 5)).toBe(m); // no breach there
    m = setSealsIn(m, { x: 5, y: 0 }, 5);
    expect(m.breaches).toEqual([
      { x: 3, y: 0 },
      { x: 5, y: 0, sealsIn: 5 },
    ]);
    expect(setSealsIn(m, { x: 5, y: 0 }, 5)).toBe(m);
    expect(setSealsIn(m, { x: 5, y: 0 }, 0).breaches[1]!.sealsIn).toBe(1);
    expect(setSealsIn(m, { x: 5, y: 0 }, -7).breaches[1]!.sealsIn).toBe(1);
    expect(setSealsIn(m, { x: 5, y: 0 }, 100).breaches[1]!.sealsIn).toBe(99);
    expect(setSealsIn(m, { x: 5, y: 0 }, 2.6).breaches[1]!.sealsIn).toBe(3);
    expect(setSealsIn(m, { x: 5, y: 0 }, Number.NaN).breaches[1]).toEqual({ x: 5, y: 0 });
    const cleared = setSealsIn(m, { x: 5, y: 0 }, undefined);
    expect(cleared.breaches[1]).toEqual({ x: 5, y: 0 });
    expect('sealsIn' in cleared.breaches[1]!).toBe(false);
  });

  it('exports the timer; every value the editor allows passes the validator', () => {
    let m = paintTiles(yard(), [{ x: 5, y: 0 }], 'hull');
    m = toggleBreach(m, { x: 5, y: 0 });
    for (const n of [SEALS_IN_LIMITS.min, 42, SEALS_IN_LIMITS.max, 1000]) {
      const r = validateMap(buildMapJson(setSealsIn(m, { x: 5, y: 0 }, n)));
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.map.breaches).toEqual([{ x: 5, y: 0, sealsIn: Math.min(n, 99) }]);
    }
    // the format's own limit: a sealsIn of 0 is refused (the editor never writes it)
    const bad = validateMap({ ...buildMapJson(m), breaches: [{ x: 5, y: 0, sealsIn: 0 }] });
    expect(bad.ok).toBe(false);
  });
});

describe('resize', () => {
  it('keeps every unit, waypoint, strike and objective tile inside, on distinct tiles', () => {
    let m = newEditorMap(20, 20);
    m = placePilot(m, 'willow', { x: 19, y: 19 });
    m = placePilot(m, 'buffy', { x: 18, y: 19 });
    m = placePilot(m, 'faith', { x: 9, y: 9 });
    m = addEnemy(m, 'drone', { x: 15, y: 2 });
    m = addWaypoint(m, 'drone-1', { x: 15, y: 18 });
    m = addStrike(m, { turn: 3, x: 17, y: 17, radius: 2, damage: 5 });
    m = toggleBreach(m, { x: 16, y: 16 });
    m = addBreachable(m, { x: 5, y: 5 }, { x: 15, y: 15 });
    m = setObjectiveKind(m, 'cell');
    m = applyObjectiveAt(m, { x: 19, y: 0 });
    const r = resizeMap(m, 10, 10);
    expect([r.width, r.height, r.terrain.length, r.terrain[0]!.length]).toEqual([10, 10, 10, 10]);
    const units = [...r.squad, ...r.enemies];
    for (const u of units) expect(u.x < 10 && u.y < 10).toBe(true);
    expect(new Set(units.map((u) => `${u.x},${u.y}`)).size).toBe(units.length);
    expect(r.squad.find((u) => u.id === 'faith')).toMatchObject({ x: 9, y: 9 }); // was inside: unchanged
    expect(r.enemies[0]!.patrol).toEqual([{ x: 9, y: 9 }]);
    expect(r.strikes[0]).toMatchObject({ x: 9, y: 9 });
    expect(r.breaches).toEqual([]);
    expect(r.breachable).toEqual([{ x: 5, y: 5, w: 5, h: 5 }]);
    expect(r.objective).toEqual({ kind: 'cell', x: 9, y: 0 });
  });

  it('grows with ground and clamps sizes to 8-96', () => {
    const m = resizeMap(paintTiles(newEditorMap(8, 8), [{ x: 7, y: 7 }], 'wall'), 10, 9);
    expect(m.terrain[7]).toBe('.......#..');
    expect(m.terrain[8]).toBe('..........');
    const big = resizeMap(m, 500, 2);
    expect([big.width, big.height]).toEqual([96, 8]);
  });
});

describe('history', () => {
  it('undoes and redoes edits; a new edit clears redo', () => {
    const a = newEditorMap(8, 8);
    const b = paintTiles(a, [{ x: 0, y: 0 }], 'wall');
    const c = paintTiles(b, [{ x: 1, y: 0 }], 'wall');
    let h = record(record(startHistory(a), b), c);
    expect(record(h, c)).toBe(h);
    h = undo(h);
    expect(h.present).toBe(b);
    h = undo(undo(h));
    expect(h.present).toBe(a);
    h = redo(h);
    expect(h.present).toBe(b);
    h = record(h, moveUnit(placePilot(b, 'willow', { x: 3, y: 3 }), 'willow', { x: 4, y: 4 }));
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
  });

  it('keeps at most the limit of past steps', () => {
    let h = startHistory(0);
    for (let i = 1; i <= 10; i++) h = record(h, i, 4);
    expect(h.past).toEqual([6, 7, 8, 9]);
  });
});

describe('the map JSON', () => {
  it('builds a valid map file with $schema first; the validator flags what is missing', () => {
    const m = yard();
    const json = buildMapJson(m);
    expect(Object.keys(json)[0]).toBe('$schema');
    expect(validateMap(json).ok).toBe(true);
    const text = stringifyMap(json);
    expect(parseMapText(text, 'yard.json').ok).toBe(true);
    const noEnemy = buildMapJson(eraseAt(m, { x: 9, y: 7 }));
    const r = validateMap(noEnemy, 'yard.json');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map((i) => i.message)).toEqual([
        'objective is "eliminate" but the map has no enemies; add enemies or choose another objective kind',
      ]);
  });

  it('exports a $schema that means something outside the repository (the public id, not a relative path)', () => {
    const r = openBuiltin('training');
    if (!r.ok) throw new Error('training does not open');
    const m = r.map;
    expect(m.$schema).toBe('../../schema/map.schema.json');
    expect(buildMapJson(m).$schema).toBe(MAP_SCHEMA_ID);
    expect(buildMapJson({ ...m, $schema: 'https://example.org/s.json' }).$schema).toBe('https://example.org/s.json');
  });

  it('round-trips every built-in map through the editor without changing its meaning', () => {
    for (const [id, input] of Object.entries(BUILTIN_MAPS)) {
      const r = openBuiltin(id);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      const a = validateMap(input);
      const b = validateMap(buildMapJson(r.map));
      expect(b.ok).toBe(true);
      if (a.ok && b.ok) expect({ ...b.map, $schema: undefined }).toEqual({ ...a.map, $schema: undefined });
    }
  });

  it('opens files through the validator: hostile or malformed ones are refused with its words', () => {
    const hostile = openMapText('{"__proto__": {"x": 1}}', 'evil.json');
    expect(hostile.ok).toBe(false);
    if (!hostile.ok) expect(hostile.issues[0]!.message).toMatch(/the key "__proto__" is not allowed/);
    const broken = openMapText('{"format": ', 'bad.json');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.issues[0]!.message).toMatch(/^not valid JSON/);
    const wrong = openMapText(JSON.stringify({ ...buildMapJson(yard()), version: 2 }), 'v2.json');
    expect(wrong.ok).toBe(false);
    // structurally fine but a pilot on a wall: opened, so it can be fixed
    const onWall = buildMapJson(paintTiles(yard(), [{ x: 0, y: 0 }], 'wall'));
    const opened = openMapText(JSON.stringify(onWall), 'wall.json');
    expect(opened.ok).toBe(true);
  });

  it('imports the Tiled sample with its external tileset, and refuses it without', () => {
    const dir = new URL('../../../maps/tiled/', import.meta.url);
    const tmj = readFileSync(new URL('sample.tmj', dir), 'utf8');
    const tsj = readFileSync(new URL('denizens-tiles.tsj', dir), 'utf8');
    expect(looksLikeTiled(tmj)).toBe(true);
    expect(looksLikeTiled(stringifyMap(buildMapJson(yard())))).toBe(false);
    const r = openTiledText(tmj, 'sample.tmj', new Map([['denizens-tiles.tsj', tsj]]));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect([r.map.width, r.map.height]).toEqual([16, 12]);
      expect(validateMap(buildMapJson(r.map)).ok).toBe(true);
    }
    const alone = openTiledText(tmj, 'sample.tmj', new Map());
    expect(alone.ok).toBe(false);
    if (!alone.ok) expect(alone.issues[0]!.file).toBe('sample.tmj');
  });

  it('keeps the work in progress in storage, even with a half-typed id', () => {
    const p = memoryPlatform();
    const m = setMeta(addWaypoint(yard(), 'drone-1', { x: 5, y: 7 }), { id: 'Not Yet', name: '', turnLimit: 12 });
    saveWork(p, m);
    expect([...p.store.keys()]).toEqual([EDITOR_WORK_KEY]);
    const back = loadWork(p)!;
    expect(buildMapJson(back)).toEqual(buildMapJson(m));
    p.save(EDITOR_WORK_KEY, '{"format":"denizens-editor-work","map":{"width":"x"}}');
    expect(loadWork(p)).toBeNull();
  });

  it('points issues without a tile at the unit their path names', () => {
    const m = yard();
    expect(issueTile(m, { path: '$.enemies[0].id' })).toEqual({ x: 9, y: 7 });
    expect(issueTile(m, { path: '$.squad[1]', tile: { x: 3, y: 3 } })).toEqual({ x: 3, y: 3 });
    expect(issueTile(m, { path: '$.name' })).toBeNull();
  });
});
