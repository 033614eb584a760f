// The shape of `denizens verify --json` (and of --report files): one JSON object per line, a verdict per file in
// input order, then one summary. Written as a zod schema so the tests check real output against it; the JSON Schema
// (schema/verify-output.schema.json) is generated from it: `pnpm --filter @denizens/engine gen-schema`.
import { z } from 'zod';

const hash = z.string().regex(/^[0-9a-f]{16}$/);
const map = z.strictObject({
  id: z.string().describe('the map id'),
  hash: hash.describe("hash of the map the replay was verified on (the replay's map.hash)"),
  source: z.enum(['builtin', 'given', 'embedded']).describe('built in, given with --map, or embedded in the replay'),
});
const file = z.string().describe('the replay file as given (or as found below a given folder)');
const by = z
  .strictObject({
    engine: z.string().describe('engine version of the worker'),
    rules: z.number().int().describe('rules (replay) version the worker verifies'),
    worker: z.string().describe('the worker, host:pid'),
  })
  .optional()
  .describe('with --queue: the worker that produced the verdict');

export const VerdictLineSchema = z.discriminatedUnion('status', [
  z.strictObject({
    type: z.literal('verdict'),
    file,
    by,
    status: z.literal('ok'),
    map,
    turns: z.number().int().describe('turn hashes checked'),
    outcome: z.enum(['ongoing', 'victory', 'defeat']),
    turn: z.number().int().describe('the turn the game was on after the last command'),
    hash: hash.describe('final state hash'),
    commands: z.number().int(),
    campaignMission: z
      .number()
      .int()
      .optional()
      .describe("a campaign mission's number (its carry-over is checked too)"),
  }),
  z.strictObject({
    type: z.literal('verdict'),
    file,
    by,
    status: z.literal('diverged'),
    map: map.optional(),
    turn: z.number().int(),
    index: z.number().int().optional().describe('the first diverging command (0-based), when known'),
    command: z.string().optional().describe('that command in a few words, e.g. "move willow → 7,12"'),
    expected: z.string().describe('what the replay recorded'),
    got: z.string().describe('what the re-simulation gave'),
    what: z.string().describe('what was compared'),
    explain: z
      .strictObject({
        unit: z
          .strictObject({
            id: z.string(),
            found: z.boolean(),
            x: z.number().int().optional(),
            y: z.number().int().optional(),
            hp: z.number().int().optional(),
            ap: z.number().int().optional(),
          })
          .optional(),
        events: z.array(z.string()).describe('events of the re-simulated command, as bounded JSON text'),
        before: hash,
      })
      .optional()
      .describe('with --explain: what the re-simulated command did'),
  }),
  z.strictObject({
    type: z.literal('verdict'),
    file,
    by,
    status: z.literal('illegal'),
    map,
    index: z.number().int(),
    turn: z.number().int(),
    command: z.string(),
    code: z.string().describe('the rejection code'),
    reason: z.string(),
  }),
  z.strictObject({
    type: z.literal('verdict'),
    file,
    by,
    status: z.literal('fault'),
    map: map.optional(),
    index: z.number().int().optional().describe('the command the engine failed on (absent for a queue fault)'),
    turn: z.number().int().optional(),
    command: z.string().optional(),
    message: z
      .string()
      .describe(
        'what failed inside the engine (a bug), or with --queue why no worker could give a verdict (workers died on the replay, a worker of another rules version refused it)',
      ),
  }),
  z.strictObject({
    type: z.literal('verdict'),
    file,
    by,
    status: z.literal('invalid'),
    path: z.string().describe('JSON path of the problem ($ for the whole file)'),
    message: z.string(),
  }),
]);

export const SummaryLineSchema = z.strictObject({
  type: z.literal('summary'),
  files: z.number().int(),
  ok: z.number().int(),
  diverged: z.number().int(),
  illegal: z.number().int(),
  fault: z.number().int(),
  invalid: z.number().int(),
  fromReport: z.number().int().describe('verdicts taken from the --report file with --resume, not verified again'),
  exit: z.number().int().describe('the exit code: that of the worst verdict'),
});

/** After all verdicts: a campaign mission whose carry-over is not what the mission before it left (counted as DIVERGED). */
export const CarryOverLineSchema = z.strictObject({
  type: z.literal('carry-over'),
  file,
  path: z.string(),
  message: z.string(),
});

export const OutputLineSchema = z.union([VerdictLineSchema, CarryOverLineSchema, SummaryLineSchema]);

export function verifyOutputJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://denizens.invalid/schema/verify-output.schema.json',
    title: 'Denizens verify --json output line',
    description:
      'Each line of `denizens verify --json` (and of a --report file) is one of these objects: a verdict per file, in input order, then one summary. See docs/replay-format.md.',
    ...(z.toJSONSchema(OutputLineSchema, { io: 'input' }) as Record<string, unknown>),
  };
}
