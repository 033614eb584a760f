import { parseMapText } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { memoryPlatform } from '../platform/platform';
import { createController } from './controller';
import { addEnemy, placePilot } from './editEntities';
import { type EditorMap, newEditorMap } from './editorMap';
import { EDITOR_WORK_KEY, loadWork } from './loadEditorMap';
import { mapSeed, playtestSeed } from './playtestSeed';
import { type EditorState, initialState } from './state';

const valid = (): EditorMap =>
  addEnemy(placePilot(newEditorMap(8, 8, 'yard'), 'willow', { x: 0, y: 0 }), 'drone', { x: 7, y: 7 });

function setup(map = valid()) {
  const platform = memoryPlatform();
  const played: { map: unknown; seed: string }[] = [];
  const draws: [EditorState, EditorState][] = [];
  let closed = 0;
  let refuse: string | null = null;
  const ctl = createController(
    initialState(map),
    {
      platform,
      playTest: (m, seed) => {
        played.push({ map: m, seed });
        return refuse;
      },
      close: () => void closed++,
    },
    (s, prev) => draws.push([s, prev]),
  );
  return {
    ctl,
    platform,
    played,
    draws,
    closed: () => closed,
    refuseWith: (r: string | null) => void (refuse = r),
  };
}

describe('the editor controller', () => {
  it('redraws once per intent with the new and the previous state', () => {
    const t = setup();
    const before = t.ctl.state;
    t.ctl.dispatch({ kind: 'tool', tool: 'light' });
    expect(t.draws).toHaveLength(1);
    expect(t.draws[0]![1]).toBe(before);
    expect(t.draws[0]![0]).toBe(t.ctl.state);
    expect(t.ctl.state.tool).toBe('light');
  });

  it('saves the work in progress whenever the map changed, and only then', () => {
    const t = setup();
    t.ctl.dispatch({ kind: 'hover', at: { x: 2, y: 2 } });
    expect(t.platform.load(EDITOR_WORK_KEY)).toBeNull();
    t.ctl.dispatch({ kind: 'tool', tool: 'light' });
    t.ctl.dispatch({ kind: 'press', at: { x: 2, y: 2 }, right: false, alt: false });
    expect(loadWork(t.platform)?.lights).toEqual([{ x: 2, y: 2 }]);
  });

  it('exports the map as pretty JSON the validator accepts', () => {
    const t = setup();
    t.ctl.dispatch({ kind: 'export' });
    expect(t.platform.downloads.map((d) => d.filename)).toEqual(['yard.json']);
    expect(parseMapText(t.platform.downloads[0]!.text, 'yard.json').ok).toBe(true);
  });

  it("play-tests a valid map with the map's own seed, or the one typed; not at all while there are issues", () => {
    const t = setup();
    t.ctl.dispatch({ kind: 'playtest' });
    expect(t.played).toHaveLength(1);
    expect(t.played[0]!.seed).toBe(mapSeed(valid()));
    t.ctl.dispatch({ kind: 'seed', seed: ' 4242 ' });
    t.ctl.dispatch({ kind: 'playtest' });
    expect(t.played[1]!.seed).toBe('4242');
    const bad = setup(newEditorMap(8, 8));
    bad.ctl.dispatch({ kind: 'playtest' });
    expect(bad.played).toEqual([]);
  });

  it('shows why a play-test did not start', () => {
    const t = setup();
    t.refuseWith('no room');
    t.ctl.dispatch({ kind: 'playtest' });
    expect(t.ctl.state.refused).toBe('no room');
  });

  it('leaves through the close effect', () => {
    const t = setup();
    t.ctl.dispatch({ kind: 'close' });
    expect(t.closed()).toBe(1);
  });
});

describe('the play-test seed', () => {
  it('is derived from the map (same map, same seed; an edit, another) unless the author typed one', () => {
    const a = mapSeed(valid());
    expect(a).toMatch(/^[1-9]\d{0,4}$/);
    expect(mapSeed(valid())).toBe(a);
    expect(mapSeed(placePilot(valid(), 'buffy', { x: 1, y: 0 }))).not.toBe(a);
    const s = initialState(valid());
    expect(playtestSeed(s)).toBe(a);
    expect(playtestSeed({ ...s, seed: 'x' })).toBe('x');
  });
});
