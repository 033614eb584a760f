import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_MAPS, builtinMap, DEFAULT_MAP_ID } from './builtin';
import { DEFAULT_SQUAD } from './catalog';
import { MapSchema } from './format';
import { formatMapText } from './formatMap';
import { stringifyMap } from './stringify';
import { formatIssue, validateMap } from './validate';

const DIR = join(import.meta.dirname, 'builtin');

describe('built-in maps', () => {
  for (const [id, map] of Object.entries(BUILTIN_MAPS)) {
    describe(id, () => {
      it('validates', () => {
        const r = validateMap(map, `${id}.json`);
        expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([]);
        expect(r.warnings.map(formatIssue)).toEqual([]);
      });

      it('is already in the canonical layout of maps fmt (formatting changes no byte)', () => {
        const text = readFileSync(join(DIR, `${id}.json`), 'utf8');
        expect(formatMapText(JSON.parse(text))).toBe(text);
      });

      it('round-trips through the schema: the parsed map parses to itself', () => {
        const r = validateMap(map, id);
        if (!r.ok) throw new Error('invalid');
        const again = MapSchema.parse(JSON.parse(JSON.stringify(r.map)));
        expect(again).toEqual(r.map);
        expect(validateMap(again, id).ok).toBe(true);
      });

      it('is stored in the diff-friendly layout and points $schema at the published schema', () => {
        const file = join(DIR, `${id}.json`);
        const text = readFileSync(file, 'utf8');
        expect(stringifyMap(JSON.parse(text))).toBe(text);
        expect(map.$schema).toBe('../../schema/map.schema.json');
        expect(existsSync(join(dirname(file), map.$schema!))).toBe(true);
        expect(map.id).toBe(id);
      });
    });
  }

  it('has the ruins, the ship and training, and starts on the ruins', () => {
    expect(Object.keys(BUILTIN_MAPS).sort()).toEqual(['ruins', 'ship', 'training']);
    expect(DEFAULT_MAP_ID).toBe('ruins');
    expect(builtinMap('ruins')).toBe(BUILTIN_MAPS.ruins);
    expect(builtinMap('__proto__')).toBeUndefined();
  });

  it('gives the campaign maps the seven pilots of the default roster with their weapons', () => {
    for (const id of ['ruins', 'ship']) {
      const r = validateMap(BUILTIN_MAPS[id], id);
      if (!r.ok) throw new Error('invalid');
      expect(r.map.squad.map(({ x: _x, y: _y, ...p }) => p)).toEqual(DEFAULT_SQUAD);
    }
  });

  it('ruins: breachable hull, strikes on it in turns 3-5, objective inside the hull, 6-10 enemies', () => {
    const r = validateMap(BUILTIN_MAPS.ruins, 'ruins');
    if (!r.ok) throw new Error('invalid');
    const m = r.map;
    expect(m.breachable?.length).toBeGreaterThan(0);
    const hullStrikes = m.strikes.filter((s) =>
      m.breachable!.some(
        (b) =>
          s.x >= b.x - s.radius && s.x < b.x + b.w + s.radius && s.y >= b.y - s.radius && s.y < b.y + b.h + s.radius,
      ),
    );
    expect(hullStrikes.map((s) => s.turn).filter((t) => t >= 3 && t <= 5).length).toBeGreaterThanOrEqual(2);
    expect(m.enemies.length).toBeGreaterThanOrEqual(6);
    expect(m.enemies.length).toBeLessThanOrEqual(10);
    expect(m.objective.kind).toBe('extract');
  });

  it('ship: the objective is a cell tile at the end of the conduits, 8-12 enemies with patrols', () => {
    const r = validateMap(BUILTIN_MAPS.ship, 'ship');
    if (!r.ok) throw new Error('invalid');
    const m = r.map;
    if (m.objective.kind !== 'cell') throw new Error('cell objective expected');
    expect(m.terrain[m.objective.y]![m.objective.x]).toBe('C');
    expect(m.terrain.join('')).toContain('=');
    expect(m.enemies.length).toBeGreaterThanOrEqual(8);
    expect(m.enemies.length).toBeLessThanOrEqual(12);
    expect(m.enemies.filter((e) => e.patrol.length > 0).length).toBeGreaterThanOrEqual(6);
  });
});
