import { z } from 'zod';
import { MAP_FORMAT_VERSION, MapSchema } from './format';

/**
 * The schema's stable public id (`$id`), written as `$schema` into maps saved outside the repository (by
 * `maps new`, `import-tiled` and the editor's export), so a downloaded map names its format without a path that
 * only means something inside the repository. See docs/map-format.md, "The JSON Schema".
 */
export const MAP_SCHEMA_ID = 'https://denizens.dev/schema/map-1.json';

/** Where the published schema lives in the package (and what built-in maps' `$schema` points to). */
export const MAP_SCHEMA_FILE = 'schema/map.schema.json';

/**
 * The JSON Schema of the map format, generated from the same zod schema the validator uses. It describes the
 * file as written (defaults not required). `scripts/gen-schema.ts` writes it; a test keeps the committed copy fresh.
 */
export function buildMapJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(MapSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return { $schema, $id: MAP_SCHEMA_ID, ...rest, title: `Denizens map, format version ${MAP_FORMAT_VERSION}` };
}

/** The schema as the committed file's text. */
export function mapJsonSchemaText(): string {
  return `${JSON.stringify(buildMapJsonSchema(), null, 2)}\n`;
}
