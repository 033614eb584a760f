import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAP_SCHEMA_ID } from '../jsonSchema';
import { formatIssue, parseMapText } from '../validate';
import { runMapsCli, schemaRefFor } from './mapsCli';

const PKG = join(import.meta.dirname, '..', '..');
const BUILTIN = ['ruins', 'ship', 'training'].map((id) => join(PKG, 'src', 'builtin', `${id}.json`));

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runMapsCli(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('denizens maps', () => {
  it('validate: exit 0 and one ok line per valid map', async () => {
    const r = await run('validate', ...BUILTIN);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out.split('\n')).toHaveLength(3);
    expect(r.out).toContain('ruins.json: ok (ruins, 40x32, 7 squad, 8 enemies)');
  });

  it('validate: exit 2 with file, path, tile and fix for a broken map, and no stack trace', async () => {
    const bad = join(PKG, 'test', 'fixtures', 'invalid', 'spawn-on-wall.json');
    const r = await run('validate', BUILTIN[0]!, bad);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `${bad}:29:3: $.squad[1] (tile 2,1): squad member "buffy" stands on wall; move it to a tile a unit can stand on (ground, rubble, deck, conduit, crater or cell)`,
    );
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('validate --json: one result per file', async () => {
    const bad = join(PKG, 'test', 'fixtures', 'invalid', 'duplicate-ids.json');
    const r = await run('validate', '--json', BUILTIN[2]!, bad);
    expect(r.code).toBe(2);
    const results = JSON.parse(r.out);
    expect(results.map((x: { ok: boolean }) => x.ok)).toEqual([true, false]);
    expect(results[1].issues[0]).toMatchObject({ path: '$.squad[1].id' });
  });

  it('validate: a missing file, a directory, bad JSON and an oversized file are issues, not crashes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'denizens-maps-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format": ');
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, 'x'.repeat(3 * 1024 * 1024));
    const r = await run('validate', join(dir, 'nope.json'), dir, broken, huge);
    expect(r.code).toBe(2);
    const lines = r.err.split('\n');
    expect(lines[0]).toBe(`${join(dir, 'nope.json')}: $: no such file; check the path`);
    expect(lines[1]).toBe(`${dir}: $: is a directory, not a file; give the path of a .json map`);
    expect(lines.slice(2, 5)).toEqual([
      `${broken}:1:11: $: not valid JSON: the file ends before the JSON is complete (a bracket, brace or string is not closed)`,
      '  {"format": ',
      '            ^',
    ]);
    expect(lines[5]).toBe(
      `${huge}: $: file is 3145728 bytes (3 MiB); a .json map may be at most 2097152 bytes (2 MiB), so it was not read`,
    );
  });

  it('import-tiled: converts the sample, writes a valid map that points at the schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'denizens-maps-'));
    const out = join(dir, 'sample.json');
    const r = await run('import-tiled', join(PKG, 'tiled', 'sample.tmj'), '-o', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(parseMapText(text, out).ok).toBe(true);
    // Written outside the repository: the schema's public id, not a path that means nothing there.
    expect(JSON.parse(text).$schema).toBe(MAP_SCHEMA_ID);
  });

  it('points $schema at the schema file by a relative path inside the repository, at the public id outside', () => {
    expect(schemaRefFor(join(PKG, 'src', 'builtin', 'x.json'))).toBe('../../schema/map.schema.json');
    const ref = schemaRefFor(join(PKG, '..', '..', 'maps', 'mine.json'));
    expect(ref).toBe('../packages/maps/schema/map.schema.json');
    expect(readFileSync(join(PKG, '..', '..', 'maps', ref), 'utf8')).toContain(`"$id": "${MAP_SCHEMA_ID}"`);
    expect(schemaRefFor(join(tmpdir(), 'x.json'))).toBe(MAP_SCHEMA_ID);
  });

  it('import-tiled: writes nothing and exits 2 when the Tiled map cannot be converted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'denizens-maps-'));
    const src = join(dir, 'hex.tmj');
    writeFileSync(
      src,
      JSON.stringify({ orientation: 'hexagonal', width: 2, height: 2, tilewidth: 8, tileheight: 8, layers: [] }),
    );
    const out = join(dir, 'out.json');
    const r = await run('import-tiled', src, '-o', out);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toEqual([
      `${src}: $.orientation: "hexagonal" maps are not supported; make an orthogonal or isometric map (Tiled: Map > Map Properties > Orientation)`,
      `${src}: not converted; nothing was written to ${out}`,
    ]);
    expect(() => readFileSync(out)).toThrow();
  });

  it('import-tiled: an unusable tileset says why (not JSON, a directory), not just that it is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'denizens-maps-'));
    const map = JSON.parse(readFileSync(join(PKG, 'tiled', 'sample.tmj'), 'utf8'));
    const src = join(dir, 'm.tmj');
    writeFileSync(src, JSON.stringify(map));
    writeFileSync(join(dir, 'denizens-tiles.tsj'), '{"name": ');
    const r = await run('import-tiled', src, '-o', join(dir, 'out.json'));
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toMatch(
      /^.*m\.tmj: \$\.tilesets\[0\]\.source: cannot use tileset "denizens-tiles\.tsj": \$: not valid JSON/,
    );
  });

  it('import-tiled: a .tmx (Tiled XML) says what it is and how to export JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'denizens-maps-'));
    const src = join(dir, 'm.tmx');
    writeFileSync(
      src,
      '<?xml version="1.0" encoding="UTF-8"?>\n<map version="1.10" orientation="orthogonal">\n</map>\n',
    );
    const r = await run('import-tiled', src, '-o', join(dir, 'out.json'));
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe(
      `${src}:1:1: $: this file is Tiled's XML format (.tmx), which the importer does not read; in Tiled use File > Export As and choose "JSON map files (*.tmj *.json)" (tilesets: "JSON tileset files (*.tsj *.json)"), then import the exported file`,
    );
  });

  it('import-tiled: a tileset reached through a link out of the map folder is refused', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'denizens-outside-'));
    writeFileSync(join(outside, 'denizens-tiles.tsj'), readFileSync(join(PKG, 'tiled', 'denizens-tiles.tsj')));
    const dir = mkdtempSync(join(tmpdir(), 'denizens-maps-'));
    symlinkSync(join(outside, 'denizens-tiles.tsj'), join(dir, 'denizens-tiles.tsj'));
    const src = join(dir, 'm.tmj');
    writeFileSync(src, readFileSync(join(PKG, 'tiled', 'sample.tmj')));
    const r = await run('import-tiled', src, '-o', join(dir, 'out.json'));
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe(
      `${src}: $.tilesets[0].source: cannot use tileset "denizens-tiles.tsj": it is a link to a file outside the map's folder; copy the tileset next to the map`,
    );
  });

  it('validate: a map saved with a UTF-8 byte-order mark is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'denizens-maps-'));
    const f = join(dir, 'bom.json');
    writeFileSync(f, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(BUILTIN[2]!)]));
    const r = await run('validate', f);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('validate: reports a structural, a shape and a meaning problem in one run, each with line and column', async () => {
    const f = join(PKG, 'test', 'fixtures', 'invalid', 'three-kinds.json');
    const r = await run('validate', f);
    expect(r.code).toBe(2);
    expect(r.err.split('\n').map((l) => l.slice(f.length).replace(/ \(allowed here.*$/, ''))).toEqual([
      ':16:3: $.terrain[6]: row is 9 characters long but width is 10; every row must be exactly width long',
      ':29:3: $.squad[1].mobility: missing required field "mobility" (expected a number); add it',
      ':37:4: $.squad[1].mobilty: unknown field "mobilty"; did you mean "mobility"? remove it or fix its name',
      ':57:3: $.enemies[1] (tile 2,1): enemy "drone-2" stands on wall; move it to a tile a unit can stand on (ground, rubble, deck, conduit, crater or cell)',
      ':1:1: $: not checked until the problems above in terrain, squad are fixed: patrol routes, objective reachability, story triggers and the captive; fix them and validate again',
    ]);
  });

  it('validate: warnings are printed and exit 0; --strict makes them exit 2; --json carries them with line and column', async () => {
    const f = join(PKG, 'test', 'fixtures', 'warnings', 'strike-after-limit.json');
    const warning = `${f}:73:4: warning: $.strikes[0].turn (tile 6,3): strike lands on turn 3, after the turn limit (2), so it never happens; schedule it on turn 2 or earlier, or raise turnLimit`;
    const loose = await run('validate', f);
    expect(loose.code).toBe(0);
    expect(loose.err).toBe(warning);
    expect(loose.out).toBe(`${f}: ok (fixture, 10x7, 2 squad, 1 enemies); 1 warning`);
    const strict = await run('validate', '--strict', f);
    expect(strict.code).toBe(2);
    expect(strict.err).toBe(warning);
    const json = await run('validate', '--json', '--strict', f);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out)).toEqual([
      {
        file: f,
        ok: true,
        issues: [],
        warnings: [expect.objectContaining({ path: '$.strikes[0].turn', tile: { x: 6, y: 3 }, line: 73, column: 4 })],
      },
    ]);
    expect((await run('validate', '--strict', BUILTIN[0]!)).code).toBe(0);
  });

  it('new: writes a minimal valid map with the seven-person squad, never over an existing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'denizens-maps-'));
    const out = join(dir, 'rescue.json');
    const r = await run('new', '--size', '20x12', '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    const v = parseMapText(text, out);
    if (!v.ok) throw new Error(v.issues.map(formatIssue).join('\n'));
    expect(v.warnings).toEqual([]);
    expect(v.map).toMatchObject({ id: 'rescue', width: 20, height: 12 });
    expect(v.map.squad.map((u) => u.id)).toEqual(['willow', 'buffy', 'faith', 'alex', 'william', 'charlie', 'barrel']);
    expect(JSON.parse(text).$schema).toBe(MAP_SCHEMA_ID);
    expect((await run('validate', '--strict', out)).code).toBe(0);
    writeFileSync(out, 'precious');
    const again = await run('new', '--size', '20x12', '--out', out);
    expect(again.code).toBe(2);
    expect(again.err).toBe(
      `${out}: already exists; nothing was written (give another --out, or --force to replace it)`,
    );
    expect(readFileSync(out, 'utf8')).toBe('precious');
    expect((await run('new', '--size', '20x12', '--out', out, '--force')).code).toBe(0);
    for (const size of ['2x3', '300x2', '0x9', 'big']) {
      const bad = await run('new', '--size', size, '--out', join(dir, `${size}.json`));
      expect(bad.code, size).toBe(2);
      expect(bad.err).toMatch(/^denizens maps new: .* \(see denizens maps new --help\)$/);
    }
    const small = join(dir, 'small.json');
    expect((await run('new', '--size', '4x2', '--out', small)).code).toBe(0);
    expect(parseMapText(readFileSync(small, 'utf8'), small).ok).toBe(true);
  });

  it('fmt: rewrites a map in the canonical layout, keeps unknown fields, and is idempotent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'denizens-maps-'));
    const f = join(dir, 'messy.json');
    const messy = JSON.parse(readFileSync(BUILTIN[2]!, 'utf8'));
    const { squad, terrain, ...rest } = messy;
    const shuffled = {
      squad: squad.map((u: Record<string, unknown>) => ({ y: u.y, x: u.x, ...u })),
      ...rest,
      terrain,
      note: 'mine',
    };
    writeFileSync(f, JSON.stringify(shuffled));
    const first = await run('fmt', f);
    expect(first.code).toBe(0);
    expect(first.out).toBe(`${f}: formatted`);
    const once = readFileSync(f, 'utf8');
    expect(JSON.parse(once)).toEqual({ ...messy, note: 'mine' });
    expect(once).toBe(`${readFileSync(BUILTIN[2]!, 'utf8').slice(0, -3)},\n  "note": "mine"\n}\n`);
    const second = await run('fmt', f);
    expect(second.out).toBe(`${f}: already formatted`);
    expect(readFileSync(f, 'utf8')).toBe(once);
    writeFileSync(f, '{"format": ');
    const broken = await run('fmt', f);
    expect(broken.code).toBe(2);
    expect(readFileSync(f, 'utf8')).toBe('{"format": ');
  });

  it('usage errors exit 2 with one line naming the command and pointing to its --help', async () => {
    for (const [args, cmd] of [
      [[], 'denizens maps'],
      [['frobnicate'], 'denizens maps'],
      [['validate'], 'denizens maps validate'],
      [['import-tiled', 'a.tmj'], 'denizens maps import-tiled'],
      [['validate', '--nope', 'a.json'], 'denizens maps validate'],
    ] as const) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.err.startsWith(`${cmd}: `), r.err).toBe(true);
      expect(r.err.endsWith(`(see ${cmd} --help)`), r.err).toBe(true);
    }
    expect((await run('help')).code).toBe(0);
  });
});
