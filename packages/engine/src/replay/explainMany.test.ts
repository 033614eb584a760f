import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../test/support';
import { createGame } from '../setup/createGame';
import { createRecorder, recordApply, toReplay } from './recorder';
import { verifyReplay } from './verify';

describe('verify --explain on a command with many events', () => {
  it('lists the first 40 events only', () => {
    // One pilot (100 HP) facing 24 troopers in the open: the enemy phase of the first end_turn is long.
    const rows = ['S.......', '........', 'EEEEEEEE', 'EEEEEEEE', 'EEEEEEEE'];
    const map = tinyMap(rows);
    map.squad[0]!.hp = 100;
    const w = createGame(map, 3);
    const rec = createRecorder(w, 3);
    // The move makes every trooper aware of the pilot; then they all act in the enemy phase.
    expect(recordApply(rec, { type: 'move', unit: 's1', to: { x: 1, y: 0 } }).ok).toBe(true);
    const r = recordApply(rec, { type: 'end_turn' });
    expect(r.ok && r.events.length).toBeGreaterThan(40);
    const replay = toReplay(rec, { embedMap: true });
    replay.hashes[1] = '0000000000000000';
    const v = verifyReplay(replay, () => undefined, { explain: true });
    expect(v.status === 'diverged' && v.explain?.events.length).toBe(40);
  });
});
