import { readFileSync } from 'node:fs';
import { addComponent, addEntity, hasComponent, query, removeComponent, removeEntity } from 'bitecs';
import { describe, expect, it } from 'vitest';
import { builtin } from '../../test/support';
import { createGame } from '../setup/createGame';
import { COMPONENT_NAMES } from './components';
import { bitsCurrent, componentBits, liveQuery, replaceWorld, withComponent } from './ecs';

/**
 * world/ecs.ts reads bitECS internals. These tests pin the bitECS version and compare every answer of the
 * adapter with bitECS's public API, so an upgrade that moves the internals fails here, loudly, before the
 * state hash or the unit lists go quietly wrong.
 */
describe('the bitECS adapter', () => {
  it('is written for bitECS 0.4.0 exactly (check world/ecs.ts against the new internals before changing this)', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../node_modules/bitecs/package.json', import.meta.url), 'utf8'));
    expect(pkg.version, 'bitECS was upgraded: re-check world/ecs.ts (componentBits, liveQuery)').toBe('0.4.0');
  });

  it('componentBits agrees with hasComponent for every entity and component, through adds and removals', () => {
    const w = createGame(builtin('ruins'), 3);
    const eids = [...query(w, [w.c.Meta])];
    // Churn: remove a component, remove an entity, add a new entity with a component.
    removeComponent(w, eids[0]!, w.c.Actions);
    removeEntity(w, eids[1]!);
    const fresh = addEntity(w);
    addComponent(w, fresh, w.c.Overwatch);
    let checked = 0;
    for (const name of COMPONENT_NAMES) {
      const store = w.c[name];
      const bits = componentBits(w, store);
      for (let eid = 0; eid <= fresh + 2; eid++) {
        const viaBits = bits !== null && ((bits.masks[eid] ?? 0) & bits.bit) === bits.bit;
        expect(viaBits, `${name} on entity ${eid}`).toBe(hasComponent(w, eid, store));
        checked++;
      }
      if (bits) expect(bitsCurrent(w, bits)).toBe(true);
    }
    expect(checked).toBeGreaterThanOrEqual(COMPONENT_NAMES.length * 5);
  });

  it('withComponent gives what query() gives for one component, through adds, removals and a replaced world', () => {
    const w = createGame(builtin('ruins'), 3);
    const same = () => {
      for (const name of COMPONENT_NAMES) {
        const store = w.c[name];
        expect([...withComponent(w, store)], name).toEqual([...query(w, [store])]);
      }
    };
    same();
    const eids = [...query(w, [w.c.Meta])];
    removeComponent(w, eids[0]!, w.c.Actions);
    removeEntity(w, eids[1]!);
    // asked before query() commits the removals: withComponent commits them itself
    expect(withComponent(w, w.c.Meta)).not.toContain(eids[1]);
    const fresh = addEntity(w);
    addComponent(w, fresh, w.c.Overwatch);
    addComponent(w, fresh, w.c.Meta);
    expect(withComponent(w, w.c.Overwatch)).toContain(fresh);
    same();
    // a world replaced in place (a rollback) has queries of its own: none of the old world's are used
    const other = createGame(builtin('training'), 1);
    replaceWorld(w, other);
    expect([...withComponent(w, w.c.Meta)].sort()).toEqual([...query(other, [other.c.Meta])].sort());
    same();
  });

  it("liveQuery is the query's own record: the same entities as query(), and its observers hear adds and removals", () => {
    const w = createGame(builtin('training'), 1);
    const q = liveQuery(w, [w.c.Unit, w.c.Position]);
    expect(q, 'bitECS no longer keeps its queries where world/ecs.ts looks').not.toBeNull();
    expect([...q!.dense].sort()).toEqual([...query(w, [w.c.Unit, w.c.Position])].sort());
    const added: number[] = [];
    const removed: number[] = [];
    q!.addObservable.subscribe((eid: number) => {
      added.push(eid);
    });
    q!.removeObservable.subscribe((eid: number) => {
      removed.push(eid);
    });
    const e = addEntity(w);
    addComponent(w, e, w.c.Unit);
    addComponent(w, e, w.c.Position);
    removeEntity(w, e);
    expect(added).toEqual([e]);
    expect(removed).toEqual([e]);
  });

  it('replaceWorld makes a world the other one in place: entities, components and queries', () => {
    const w = createGame(builtin('training'), 1);
    const other = createGame(builtin('ruins'), 2);
    const want = [...query(other, [other.c.Unit, other.c.Position])].sort();
    replaceWorld(w, other);
    expect(w.c).toBe(other.c);
    expect([...query(w, [w.c.Unit, w.c.Position])].sort()).toEqual(want);
    for (const eid of want) expect(hasComponent(w, eid, w.c.Unit)).toBe(true);
    const e = addEntity(w);
    expect(hasComponent(w, e, w.c.Unit)).toBe(false);
  });
});
