import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMapText } from '../validate';
import { runMapsCli } from './mapsCli';

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
    const $schema = JSON.parse(text).$schema as string;
    expect($schema.endsWith('packages/maps/schema/map.schema.json')).toBe(true);
    expect(readFileSync(join(dir, $schema), 'utf8')).toContain('"title"');
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

  it('usage errors exit 2 and print the usage', async () => {
    for (const args of [
      [],
      ['frobnicate'],
      ['validate'],
      ['import-tiled', 'a.tmj'],
      ['validate', '--nope', 'a.json'],
    ]) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toContain('usage:');
    }
    expect((await run('help')).code).toBe(0);
  });
});
