import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replayJsonSchema } from './jsonSchema';

describe('replay JSON Schema', () => {
  it('is up to date with the verifier (regenerate: pnpm --filter @denizens/engine gen-schema)', () => {
    const committed = JSON.parse(readFileSync(join(import.meta.dirname, '../../schema/replay.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(replayJsonSchema())));
  });

  it('describes the required top-level fields', () => {
    const s = replayJsonSchema() as { required: string[] };
    expect(s.required).toEqual(
      expect.arrayContaining(['format', 'version', 'engine', 'map', 'seed', 'commands', 'turns', 'result']),
    );
  });
});
