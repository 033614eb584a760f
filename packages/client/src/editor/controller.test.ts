import { MAP_SCHEMA_ID, parseMapText } from '@denizens/maps';
import { describe, expect, it } from 'vitest';
import { memoryPlatform } from '../platform/platform';
import { createController } from './controller';
import { addEnemy, placePilot } from './editEntities';
import { buildMapJson, type EditorMap, exportedSchema, newEditorMap } from './editorMap';
import { EDITOR_WORK_KEY, loadWork, openBuiltin, startingWork, UNREADABLE_WORK_PREFIX } from './loadEditorMap';
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

describe('work in progress that cannot be read', () => {
  it('is moved aside (never overwritten unseen) and the author is told where', () => {
    const platform = memoryPlatform();
    platform.save(EDITOR_WORK_KEY, '{"format":"denizens-editor-work","map":{"width":"wide"}}');
    const w = startingWork(platform);
    expect(w.map.width).toBe(24);
    expect(w.keep).toBe(true);
    expect(w.note).toMatch(/kept as "denizens\.editor\.work\.unreadable\.1"/);
    expect(platform.load(`${UNREADABLE_WORK_PREFIX}1`)).toBe(
      '{"format":"denizens-editor-work","map":{"width":"wide"}}',
    );
    expect(platform.load(EDITOR_WORK_KEY)).toBeNull();
    // a second one goes to the next free key
    platform.save(EDITOR_WORK_KEY, 'not json');
    expect(startingWork(platform).note).toMatch(/unreadable\.2/);
    expect(platform.load(`${UNREADABLE_WORK_PREFIX}1`)).toMatch(/wide/);
  });

  it('is left alone, and not saved over, when it cannot be copied', () => {
    const platform = memoryPlatform();
    platform.save(EDITOR_WORK_KEY, 'not json');
    const broken = {
      ...platform,
      save: (k: string, v: string) => (k === EDITOR_WORK_KEY ? platform.save(k, v) : undefined),
    };
    const w = startingWork(broken);
    expect(w.keep).toBe(false);
    expect(platform.load(EDITOR_WORK_KEY)).toBe('not json');
    const ctl = createController(
      initialState(w.map),
      { platform: broken, keepWork: w.keep, playTest: () => null, close: () => {} },
      () => {},
    );
    ctl.dispatch({ kind: 'tool', tool: 'light' });
    ctl.dispatch({ kind: 'press', at: { x: 1, y: 1 }, right: false, alt: false });
    expect(platform.load(EDITOR_WORK_KEY)).toBe('not json');
  });

  it('a readable one opens as it was', () => {
    const platform = memoryPlatform();
    const t = setup();
    t.ctl.dispatch({ kind: 'tool', tool: 'light' });
    t.ctl.dispatch({ kind: 'press', at: { x: 3, y: 3 }, right: false, alt: false });
    platform.save(EDITOR_WORK_KEY, t.platform.load(EDITOR_WORK_KEY)!);
    const w = startingWork(platform);
    expect(w.note).toBe('');
    expect(w.map.lights).toEqual([{ x: 3, y: 3 }]);
    expect(w.seed).toBeNull();
    // with the seed the author typed
    t.ctl.dispatch({ kind: 'seed', seed: 'night-7' });
    expect(startingWork(t.platform).seed).toBe('night-7');
    t.ctl.dispatch({ kind: 'seed', seed: '' });
    expect(startingWork(t.platform).seed).toBeNull();
  });
});

describe('warnings', () => {
  it('are listed apart from issues and never turn the play-test off', () => {
    const t = setup();
    t.ctl.dispatch({ kind: 'edit', edit: (m) => ({ ...m, turnLimit: 3 }) });
    t.ctl.dispatch({ kind: 'strikeOpts', opts: { turn: 5 } });
    t.ctl.dispatch({ kind: 'tool', tool: 'strike' });
    t.ctl.dispatch({ kind: 'press', at: { x: 4, y: 4 }, right: false, alt: false });
    expect(t.ctl.state.issues).toEqual([]);
    expect(t.ctl.state.warnings.map((w) => w.path)).toContain('$.strikes[0].turn');
    expect(t.ctl.state.warnings.find((w) => w.path === '$.strikes[0].turn')?.message).toMatch(
      /after the turn limit \(3\)/,
    );
    t.ctl.dispatch({ kind: 'playtest' });
    expect(t.played).toHaveLength(1);
    t.ctl.dispatch({ kind: 'undo' });
    expect(t.ctl.state.warnings.some((w) => w.path.startsWith('$.strikes'))).toBe(false);
  });
});

describe("the exported map's $schema", () => {
  it('names the schema by its public id, not by a path that means nothing outside the repository', () => {
    expect(buildMapJson(newEditorMap(8, 8)).$schema).toBe(MAP_SCHEMA_ID);
    const ruins = openBuiltin('ruins');
    if (!ruins.ok) throw new Error('ruins did not open');
    expect(ruins.map.$schema).toBe('../../schema/map.schema.json'); // as the built-in file has it
    expect(buildMapJson(ruins.map).$schema).toBe(MAP_SCHEMA_ID);
    expect(exportedSchema('https://example.org/my-maps.schema.json')).toBe('https://example.org/my-maps.schema.json');
    expect(exportedSchema('./map.schema.json')).toBe(MAP_SCHEMA_ID);
    expect(exportedSchema(undefined)).toBe(MAP_SCHEMA_ID);
  });
});
