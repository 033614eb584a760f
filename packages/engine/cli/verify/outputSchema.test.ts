import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyOutputJsonSchema } from './outputSchema';

describe('verify --json output schema', () => {
  it('is up to date (regenerate: pnpm --filter @denizens/engine gen-schema)', () => {
    const committed = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../schema/verify-output.schema.json'), 'utf8'),
    );
    expect(committed).toEqual(JSON.parse(JSON.stringify(verifyOutputJsonSchema())));
  });
});
