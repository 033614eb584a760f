// Writes schema/replay.schema.json and schema/verify-output.schema.json from the zod schemas the code uses:
// `pnpm --filter @denizens/engine gen-schema`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyOutputJsonSchema } from '../cli/verify/outputSchema';
import { replayJsonSchema } from '../src/replay/jsonSchema';

for (const [name, schema] of [
  ['replay.schema.json', replayJsonSchema()],
  ['verify-output.schema.json', verifyOutputJsonSchema()],
] as const) {
  const out = join(import.meta.dirname, '../schema', name);
  writeFileSync(out, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${out}`);
}
