// Writes packages/maps/schema/map.schema.json from MapSchema (zod → JSON Schema).
// Run: pnpm exec tsx packages/maps/scripts/gen-schema.ts
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAP_SCHEMA_FILE, mapJsonSchemaText } from '../src/jsonSchema';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', MAP_SCHEMA_FILE);
writeFileSync(out, mapJsonSchemaText());
console.log(`wrote ${out}`);
