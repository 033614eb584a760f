// Generates the hostile-input corpus (issue 10): mutations of the built-in maps, the golden replays, a save,
// the Tiled sample and its tileset. Seeded: the same corpus every run. Used by hostile.test.ts, which feeds
// every file to the real CLI.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_MAPS, validateMap } from '@denizens/maps';
import { serializeGame } from '../../src/save/serialize';
import { createGame } from '../../src/setup/createGame';
import { createRng, type Rng, randInt } from '../../src/world/rng';

/** Which CLI command reads the file: `verify`, `maps validate` or `maps import-tiled`. */
export type Tool = 'verify' | 'validate' | 'tiled';

export interface HostileInput {
  file: string;
  tool: Tool;
  /** What was done to it, for messages. */
  how: string;
}

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a value in a document (keys and indexes), breadth first, at most `max`. */
function pathsOf(doc: Json, max: number): (string | number)[][] {
  const out: (string | number)[][] = [];
  const queue: { v: Json; p: (string | number)[] }[] = [{ v: doc, p: [] }];
  while (queue.length && out.length < max) {
    const { v, p } = queue.shift()!;
    if (p.length) out.push(p);
    if (Array.isArray(v)) {
      for (let i = 0; i < Math.min(v.length, 6); i++) queue.push({ v: v[i]!, p: [...p, i] });
    } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) queue.push({ v: x, p: [...p, k] });
  }
  return out;
}

function setAt(doc: Json, path: (string | number)[], value: Json | undefined): Json {
  const copy = structuredClone(doc);
  let cur = copy as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(cur)) cur.splice(last as number, 1);
    else delete cur[last];
  } else cur[last] = value;
  return copy;
}

/** A value nested `depth` arrays deep, as text (too deep to build as an object safely everywhere). */
const deepText = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

/** Replacement values: wrong types, huge and odd numbers, long strings. */
const WEIRD: { how: string; value: Json }[] = [
  { how: 'null', value: null },
  { how: 'a string', value: 'x' },
  { how: 'a boolean', value: true },
  { how: 'an empty object', value: {} },
  { how: 'an array', value: [1, 'two', null] },
  { how: 'a negative number', value: -1 },
  { how: 'a fraction', value: 1.5 },
  { how: 'a huge number', value: 1e308 },
  { how: '2^53 + 2', value: 2 ** 53 + 2 },
  { how: 'a 100 000-character string', value: 'A'.repeat(100_000) },
  { how: 'a long array', value: Array.from({ length: 50_000 }, (_, i) => i) },
];

/** Mutants of one JSON document: per-path replacements and deletions, text damage, wrong versions. */
function mutants(
  text: string,
  r: Rng,
  count: number,
  extra: { how: string; text: string }[],
): { how: string; text: string }[] {
  const doc = JSON.parse(text) as Json;
  const out: { how: string; text: string }[] = [...extra];
  const paths = pathsOf(doc, 400);
  // Text damage.
  for (const f of [0.001, 0.1, 0.5, 0.9, 0.999])
    out.push({ how: `truncated at ${f * 100}%`, text: text.slice(0, Math.floor(text.length * f)) });
  out.push({ how: 'a UTF-8 BOM in front', text: `\uFEFF${text}` });
  out.push({ how: 'a stray comma', text: text.replace(/\}\s*$/, ',}') });
  out.push({ how: 'a stray control character', text: text.replace(':', ':\u0001') });
  out.push({ how: 'nested 100 000 arrays deep at the top', text: deepText(100_000) });
  out.push({ how: 'one value nested 10 000 arrays deep', text: text.replace(/:\s*(-?\d+)/, `: ${deepText(10_000)}`) });
  while (out.length < count) {
    const path = paths[randInt(r, paths.length)]!;
    const k = randInt(r, WEIRD.length + 2);
    const at = `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}`;
    if (k === WEIRD.length) out.push({ how: `${at} removed`, text: JSON.stringify(setAt(doc, path, undefined)) });
    else if (k === WEIRD.length + 1)
      out.push({
        how: `${at} nested 5 000 objects deep`,
        text: JSON.stringify(setAt(doc, path, 0))
          .replace(/^/, '')
          .replace('0', '{"a":'.repeat(5000) + '0' + '}'.repeat(5000)),
      });
    else out.push({ how: `${at} is ${WEIRD[k]!.how}`, text: JSON.stringify(setAt(doc, path, WEIRD[k]!.value)) });
  }
  return out;
}

/** Inputs that are not JSON documents of any kind. */
function garbage(r: Rng): { how: string; bytes: Buffer }[] {
  const random = Buffer.alloc(4096);
  for (let i = 0; i < random.length; i++) random[i] = randInt(r, 256);
  return [
    { how: 'an empty file', bytes: Buffer.alloc(0) },
    { how: 'random bytes', bytes: random },
    { how: 'zero bytes', bytes: Buffer.alloc(1000) },
    { how: 'UTF-16 text', bytes: Buffer.from('\uFEFF{"format": "x"}', 'utf16le') },
    { how: 'the word null', bytes: Buffer.from('null') },
    { how: 'a bare number', bytes: Buffer.from('1e999') },
    { how: 'an array', bytes: Buffer.from('[]') },
    { how: 'a string', bytes: Buffer.from('"denizens"') },
    { how: 'XML', bytes: Buffer.from('<?xml version="1.0"?><map></map>') },
    { how: 'a __proto__ key', bytes: Buffer.from('{"__proto__": {"polluted": 1}, "format": "denizens-replay"}') },
    { how: 'invalid UTF-8', bytes: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) },
    { how: '1 MB of spaces', bytes: Buffer.alloc(1 << 20, 0x20) },
  ];
}

/** Writes the corpus into `dir` (which must be empty) and lists it. */
export function writeHostileCorpus(dir: string): HostileInput[] {
  const r = createRng('hostile-corpus');
  const inputs: HostileInput[] = [];
  let n = 0;
  const put = (tool: Tool, how: string, data: string | Buffer, ext = 'json', sub?: string) => {
    const folder = sub ? join(dir, sub) : dir;
    mkdirSync(folder, { recursive: true });
    const file = join(folder, `${String(n++).padStart(3, '0')}-${tool}.${ext}`);
    writeFileSync(file, data);
    inputs.push({ file, tool, how });
    return file;
  };

  // Replays: the golden corpus, mutated.
  const goldenDir = join(ROOT, 'packages', 'engine', 'test', 'golden');
  const golden = readdirSync(goldenDir)
    .filter((f) => f.endsWith('.replay.json'))
    .sort();
  for (const [i, f] of golden.slice(0, 3).entries()) {
    const text = readFileSync(join(goldenDir, f), 'utf8');
    const doc = JSON.parse(text) as Record<string, Json>;
    const extra = [
      { how: 'rules version 999', text: JSON.stringify({ ...doc, version: 999 }) },
      { how: 'format of a map', text: JSON.stringify({ ...doc, format: 'denizens-map' }) },
      { how: 'an unknown map id', text: JSON.stringify({ ...doc, map: { ...(doc.map as object), id: 'nowhere' } }) },
      {
        how: 'a command of an unknown type',
        text: JSON.stringify({ ...doc, commands: [{ type: 'teleport', unit: 'x' }, ...(doc.commands as Json[])] }),
      },
      {
        how: 'a command nested 100 000 levels deep',
        text: JSON.stringify(doc).replace(
          '"commands":[',
          `"commands":[{"type":"move","unit":"x","to":${deepText(100_000)}},`,
        ),
      },
      {
        how: 'a million commands',
        text: JSON.stringify({ ...doc, commands: Array(1_000_000).fill({ type: 'end_turn' }) }),
      },
    ];
    for (const m of mutants(text, r, i === 0 ? 60 : 30, i === 0 ? extra : []))
      put('verify', `replay ${f}: ${m.how}`, m.text);
  }
  // A save (the engine's save file), mutated, given to verify: it must say it is not a replay, or why.
  const training = validateMap(BUILTIN_MAPS.training, 'training');
  if (!training.ok) throw new Error('training map invalid');
  const save = JSON.stringify(serializeGame(createGame(training.map, 1)));
  for (const m of mutants(save, r, 15, [])) put('verify', `save: ${m.how}`, m.text);
  for (const g of garbage(r)) put('verify', `replay: ${g.how}`, g.bytes);

  // Maps: the built-in maps, mutated.
  for (const id of Object.keys(BUILTIN_MAPS).sort()) {
    const text = JSON.stringify(BUILTIN_MAPS[id]);
    const extra =
      id === 'training'
        ? [
            { how: 'width 100000', text: JSON.stringify({ ...(BUILTIN_MAPS[id] as object), width: 100000 }) },
            { how: 'format version 999', text: JSON.stringify({ ...(BUILTIN_MAPS[id] as object), version: 999 }) },
          ]
        : [];
    for (const m of mutants(text, r, 30, extra)) put('validate', `map ${id}: ${m.how}`, m.text);
  }
  for (const g of garbage(r)) put('validate', `map: ${g.how}`, g.bytes);

  // Tiled: the sample map, mutated (with its tileset next to it), and the tileset, mutated (next to the sample).
  const tiledDir = join(ROOT, 'packages', 'maps', 'tiled');
  const tmj = readFileSync(join(tiledDir, 'sample.tmj'), 'utf8');
  const tsj = readFileSync(join(tiledDir, 'denizens-tiles.tsj'), 'utf8');
  for (const m of mutants(tmj, r, 12, [])) {
    const sub = `tiled-${n}`;
    copyFileSync(join(tiledDir, 'denizens-tiles.tsj'), join(mkdirAndReturn(join(dir, sub)), 'denizens-tiles.tsj'));
    put('tiled', `Tiled map: ${m.how}`, m.text, 'tmj', sub);
  }
  for (const m of mutants(tsj, r, 6, [])) {
    const sub = `tileset-${n}`;
    writeFileSync(join(mkdirAndReturn(join(dir, sub)), 'denizens-tiles.tsj'), m.text);
    put('tiled', `Tiled tileset: ${m.how}`, tmj, 'tmj', sub);
  }
  return inputs;
}

function mkdirAndReturn(d: string): string {
  mkdirSync(d, { recursive: true });
  return d;
}
