import { describe, expect, it } from 'vitest';
import { summaryLine, verdictLines } from './print';
import { exitCodeOf } from './verdict';

const map = { id: 'ruins', hash: '4e315836795800a0', source: 'builtin' as const };

describe('verdict lines', () => {
  it('FAULT names the command and turn in the engine’s words, and exits 4 (worse than any other verdict)', () => {
    expect(
      verdictLines({
        file: 'x.replay.json',
        status: 'fault',
        map,
        index: 12,
        turn: 3,
        command: 'end_turn',
        message: 'placeUnit: tile 3,4 is taken',
      }),
    ).toEqual(['FAULT x.replay.json at command #12 (turn 3): placeUnit: tile 3,4 is taken']);
    expect(exitCodeOf('fault')).toBe(4);
  });

  it('a message over several lines stays one line; the summary lists only the verdicts that occurred', () => {
    expect(verdictLines({ file: 'm.json', status: 'invalid', path: '$.map.id', message: 'a\n  b' })).toEqual([
      'INVALID m.json: $.map.id: a; b',
    ]);
    expect(summaryLine({ ok: 10, diverged: 1, illegal: 0, fault: 0, invalid: 1 }, 0)).toBe(
      '12 replays: 10 OK, 1 DIVERGED, 1 INVALID',
    );
  });
});
