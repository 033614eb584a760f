import { z } from 'zod';
import { MAP_FORMAT_VERSION, MapSchema } from './format';

/** Where the published schema lives in the package (and what built-in maps' `$schema` points to). */
export const MAP_SCHEMA_FILE = 'schema/map.schema.json';

/**
 * The JSON Schema of the map format, generated from the same zod schema the validator uses. It describes the
 * file as written (defaults not required). `scripts/gen-schema.ts` writes it; a test keeps the committed copy fresh.
 */
export function buildMapJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(MapSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...schema, title: `Denizens map, format version ${MAP_FORMAT_VERSION}` };
}

/** The schema as the committed file's text. */
export function mapJsonSchemaText(): string {
  return `${JSON.stringify(buildMapJsonSchema(), null, 2)}\n`;
}
