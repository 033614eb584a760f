import { describe, expect, it } from 'vitest';
import { describeCommand } from './describeCommand';

describe('describeCommand (a command in a verdict)', () => {
  it('says a well-formed command in a few words', () => {
    const cases: [unknown, string][] = [
      [{ type: 'end_turn' }, 'end_turn'],
      [{ type: 'move', unit: 'willow', to: { x: 7, y: 12 } }, 'move willow → 7,12'],
      [{ type: 'shoot', unit: 'willow', target: 'drone-2' }, 'shoot willow at drone-2'],
      [{ type: 'shoot', unit: 'willow', target: 'drone-2', sidearm: true }, 'shoot willow at drone-2 (sidearm)'],
      [{ type: 'shoot', unit: 'willow', target: 'drone-2', sidearm: false }, 'shoot willow at drone-2'],
      [{ type: 'first_aid', unit: 'faith', target: 'willow' }, 'first_aid faith on willow'],
      [{ type: 'hunker', unit: 3 }, 'hunker 3'],
      [{ type: 7 }, '7'],
    ];
    for (const [command, text] of cases) expect(describeCommand(command), JSON.stringify(command)).toBe(text);
  });

  it('falls back to bounded JSON for anything unexpected, never throwing', () => {
    const json = (v: unknown) => JSON.stringify(v);
    const odd: unknown[] = [
      null,
      'move',
      42,
      [{ type: 'end_turn' }],
      {},
      { type: { nested: true } },
      { type: 'x'.repeat(65) },
      { type: 'move', unit: 'willow', to: { x: 7 } },
      { type: 'move', unit: 'willow', to: { x: '7', y: 12 } },
      { type: 'move', unit: 'willow', to: null },
      { type: 'move', unit: 'willow', to: 'there' },
      { type: 'move', unit: { id: 'willow' } },
      { type: 'shoot', unit: 'willow', target: ['a'] },
      { type: 'move', unit: 'willow', extra: 1 },
    ];
    for (const v of odd) expect(describeCommand(v), json(v)).toBe(v === null ? 'null' : json(v).slice(0, 80));
    // Long input is cut to 80 characters.
    const long = { type: 'move', unit: 'willow', extra: 'y'.repeat(200) };
    expect(describeCommand(long)).toHaveLength(80);
    expect(describeCommand(long).endsWith('…')).toBe(true);
  });
});

describe('describeCommand ids', () => {
  it('says an id of up to 64 characters as it is, and a longer one as bounded JSON', () => {
    const id64 = 'u'.repeat(64);
    expect(describeCommand({ type: 'hunker', unit: id64 })).toBe(`hunker ${id64}`);
    expect(describeCommand({ type: 'hunker', unit: `${id64}u` })).toMatch(/^\{"type":"hunker","unit":"u+…$/);
  });
});
