import { z } from 'zod';
import { ReplaySchema } from './format';

/** The replay format as a JSON Schema (draft 2020-12), generated from the schema the verifier uses. */
export function replayJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://denizens.invalid/schema/replay.schema.json',
    title: 'Denizens replay',
    description:
      'A game as seed + map + accepted commands + the state hash after every turn. See docs/replay-format.md.',
    ...(z.toJSONSchema(ReplaySchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>),
  };
}
