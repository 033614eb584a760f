// Writes schema/replay.schema.json from the zod schema the verifier uses: `pnpm --filter @denizens/engine gen-schema`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replayJsonSchema } from '../src/replay/jsonSchema';

const out = join(import.meta.dirname, '../schema/replay.schema.json');
writeFileSync(out, `${JSON.stringify(replayJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
