import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMapJsonSchema, MAP_SCHEMA_FILE, mapJsonSchemaText } from './jsonSchema';

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
});
