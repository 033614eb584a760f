import { describe, expect, it } from 'vitest';
import { SAVE_KEY } from '../game/saveGame';
import { memoryPlatform } from '../platform/platform';
import { PLAYTEST_SAVE_KEY, playtestPlatform } from './playtestPlatform';

describe('the play-test platform', () => {
  it("keeps the play-test's autosave apart: the player's saved game is never read, replaced or removed", () => {
    const p = memoryPlatform();
    p.save(SAVE_KEY, 'the player game');
    p.save('denizens.textSize', '16');
    const t = playtestPlatform(p);
    expect(t.load(SAVE_KEY)).toBeNull();
    t.save(SAVE_KEY, 'play-test game');
    expect(p.load(SAVE_KEY)).toBe('the player game');
    expect(p.load(PLAYTEST_SAVE_KEY)).toBe('play-test game');
    expect(t.load(SAVE_KEY)).toBe('play-test game');
    t.remove(SAVE_KEY);
    expect(p.load(SAVE_KEY)).toBe('the player game');
    expect(t.load('denizens.textSize')).toBe('16'); // other keys pass through
    t.download('a.json', '{}');
    expect(p.downloads).toEqual([{ filename: 'a.json', text: '{}' }]);
  });
});
