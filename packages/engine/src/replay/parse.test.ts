import { describe, expect, it } from 'vitest';
import { builtin } from '../../test/support';
import { MAX_REPLAY_BYTES } from './format';
import { parseReplay, parseReplayText } from './parse';
import { simulate } from './simulate';

/** The words of every structural refusal of a replay: what was expected and what the file holds, at its JSON path. */
const base = simulate(builtin('training'), 5, 1);
// biome-ignore lint/suspicious/noExplicitAny: a replay taken apart on purpose
const clone = (): any => JSON.parse(JSON.stringify(base));

describe('parseReplay', () => {
  it('names what the file holds when it is not an object at all', () => {
    const words = (got: string) => ({
      ok: false,
      path: '$',
      message: `expected a replay object {format: "denizens-replay", …}, got ${got}`,
    });
    expect(parseReplay(null)).toEqual(words('null'));
    expect(parseReplay([base])).toEqual(words('an array'));
    expect(parseReplay(5)).toEqual(words('number'));
    expect(parseReplay('denizens-replay')).toEqual(words('string'));
    expect(parseReplay(undefined)).toEqual(words('undefined'));
  });

  it('names the format it expected and the one it found, or that there is none', () => {
    const none = clone();
    delete none.format;
    expect(parseReplay(none)).toEqual({
      ok: false,
      path: '$.format',
      message: 'expected "denizens-replay", got nothing',
    });
    const other = clone();
    other.format = 'denizens-map';
    expect(parseReplay(other)).toEqual({
      ok: false,
      path: '$.format',
      message: 'expected "denizens-replay", got "denizens-map"',
    });
  });

  it('says "missing" for an absent field, with the schema’s words when they say more than "Invalid input"', () => {
    const noSeed = clone();
    delete noSeed.seed;
    expect(parseReplay(noSeed)).toEqual({ ok: false, path: '$.seed', message: 'missing: this field is required' });
    const noOutcome = clone();
    delete noOutcome.result.outcome;
    expect(parseReplay(noOutcome)).toEqual({
      ok: false,
      path: '$.result.outcome',
      message: 'missing: this field is required (Invalid option: expected one of "ongoing"|"victory"|"defeat")',
    });
  });

  it('shows a value the schema refuses without saying why, and passes on the schema’s words otherwise', () => {
    const seed = clone();
    seed.seed = { a: 1 };
    expect(parseReplay(seed)).toEqual({ ok: false, path: '$.seed', message: 'not an accepted value: got {"a":1}' });
    const turn = clone();
    turn.turns[0].turn = 'one';
    expect(parseReplay(turn)).toEqual({
      ok: false,
      path: '$.turns[0].turn',
      message: 'expected number, received string',
    });
    const outcome = clone();
    outcome.result.outcome = 'draw';
    expect(parseReplay(outcome)).toEqual({
      ok: false,
      path: '$.result.outcome',
      message: 'Invalid option: expected one of "ongoing"|"victory"|"defeat"',
    });
  });
});

describe('parseReplayText', () => {
  it('reads a file of exactly the largest size, and refuses one character more before parsing it', () => {
    const largest = `"${'x'.repeat(MAX_REPLAY_BYTES - 2)}"`;
    expect(largest.length).toBe(MAX_REPLAY_BYTES);
    expect(parseReplayText(largest).ok).toBe(true);
    expect(parseReplayText(`${largest} `)).toEqual({
      ok: false,
      path: '$',
      message: 'file is 8.0 MB; a replay may be at most 8 MB',
    });
    expect(parseReplayText(' '.repeat(13 * 1048576))).toEqual({
      ok: false,
      path: '$',
      message: 'file is 13.0 MB; a replay may be at most 8 MB',
    });
  });

  it('says why the text is not JSON', () => {
    expect(parseReplayText('{')).toEqual({
      ok: false,
      path: '$',
      message: expect.stringMatching(/^not valid JSON \(.+\)$/),
    });
    expect(parseReplayText('{"a":[1]}')).toEqual({ ok: true, json: { a: [1] } });
  });
});
