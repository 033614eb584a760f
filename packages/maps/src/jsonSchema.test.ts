import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_ENEMY_TYPES, BUILTIN_WEAPONS } from './catalog';
import { buildMapJsonSchema, MAP_SCHEMA_FILE, MAP_SCHEMA_ID, mapJsonSchemaText } from './jsonSchema';
import { validateMap } from './validate';

describe('published JSON Schema', () => {
  it('is up to date with MapSchema (run: pnpm exec tsx packages/maps/scripts/gen-schema.ts)', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', MAP_SCHEMA_FILE), 'utf8');
    expect(committed).toBe(mapJsonSchemaText());
  });

  it('describes the file as written: fields with defaults are optional, unknown fields are refused', () => {
    const s = buildMapJsonSchema() as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, unknown>;
    };
    expect(s.required.sort()).toEqual([
      'format',
      'height',
      'id',
      'name',
      'objective',
      'squad',
      'terrain',
      'version',
      'width',
    ]);
    expect(s.additionalProperties).toBe(false);
    expect(Object.keys(s.properties)).toContain('$schema');
  });

  it('explains every field: each property has a description, and a number field states its range', () => {
    const missing: string[] = [];
    const noRange: string[] = [];
    let count = 0;
    const walk = (n: Record<string, unknown>, path: string) => {
      const props = (n.properties ?? {}) as Record<string, Record<string, unknown>>;
      for (const [k, v] of Object.entries(props)) {
        count++;
        const d = v.description;
        if (typeof d !== 'string' || d.length < 3) missing.push(`${path}.${k}`);
        else if (typeof v.maximum === 'number' && !(d.includes(String(v.minimum)) && d.includes(String(v.maximum))))
          noRange.push(`${path}.${k}`);
        walk(v, `${path}.${k}`);
      }
      if (n.items) walk(n.items as Record<string, unknown>, `${path}[]`);
      if (n.additionalProperties && typeof n.additionalProperties === 'object')
        walk(n.additionalProperties as Record<string, unknown>, `${path}{}`);
      for (const key of ['anyOf', 'oneOf']) for (const x of (n[key] ?? []) as Record<string, unknown>[]) walk(x, path);
    };
    walk(buildMapJsonSchema(), '$');
    expect(count).toBeGreaterThan(150);
    expect(missing).toEqual([]);
    expect(noRange).toEqual([]);
  });

  it("completes weapon and enemy-type ids from the built-in ones, still allowing the map's own", () => {
    type IdField = { anyOf: [{ enum: string[] }, { pattern?: string }] };
    type Props = Record<string, IdField>;
    const s = buildMapJsonSchema() as {
      properties: {
        squad: { items: { properties: Props } };
        enemies: { items: { properties: Props } };
        enemyTypes: { additionalProperties: { properties: Props } };
      };
    };
    const squad = s.properties.squad.items.properties;
    const weaponIds = Object.keys(BUILTIN_WEAPONS);
    for (const field of [
      squad.weapon!,
      squad.sidearm!,
      s.properties.enemyTypes.additionalProperties.properties.weapon!,
    ]) {
      expect(field.anyOf[0].enum).toEqual(weaponIds);
      expect(field.anyOf[1].pattern).toBeDefined();
    }
    expect(weaponIds).toContain('thompson');
    expect(s.properties.enemies.items.properties.type!.anyOf[0].enum).toEqual(Object.keys(BUILTIN_ENEMY_TYPES));
  });

  it('has a stable $id, and its examples are valid maps', () => {
    const s = buildMapJsonSchema() as { $id: string; examples: unknown[] };
    expect(s.$id).toBe(MAP_SCHEMA_ID);
    expect(s.$id).toBe('https://denizens.dev/schema/map-1.json');
    for (const ex of s.examples) expect(validateMap(ex, 'example').ok).toBe(true);
  });
});
