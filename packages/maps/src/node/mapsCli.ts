import { existsSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMapText } from '../formatMap';
import { MAP_SCHEMA_ID } from '../jsonSchema';
import { newMap, newMapSizeProblem } from '../newMap';
import { parseJsonSafely } from '../safeJson';
import { stringifyMap } from '../stringify';
import { importTiled, slugOf, tiledXmlProblem } from '../tiled/importTiled';
import type { TilesetResolver } from '../tiled/tilesets';
import { formatIssue, formatWarning, type MapIssue, parseMapText, validateMap } from '../validate';
import { INPUT_LIMITS, readInputFile } from './readInputFile';

export * from './readInputFile';

/** Where the CLI writes: normal output and messages. */
export interface MapsCliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

export const MAPS_USAGE = `usage:
  denizens maps validate <files…> [--json] [--strict]
                                                check maps: every problem and warning, as file:line:col: $.path: …;
                                                exit 0 when all are valid, 2 otherwise (--strict: warnings too)
  denizens maps new --size <W>x<H> --out <f.json> [--id <id>] [--name <name>] [--force]
                                                write a minimal valid map (open ground, the seven-person squad)
  denizens maps fmt <files…>                    rewrite maps in the canonical layout (one row, one unit a line)
  denizens maps import-tiled <map.tmj|map.json> -o <out.json>
                                                convert a Tiled map (JSON) to a Denizens map, validate it, write it`;

const SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema', 'map.schema.json');
/** The repository (or installed package tree) the schema file sits in: inside it, maps point at the file. */
const REPO_ROOT = resolve(dirname(SCHEMA_PATH), '..', '..', '..');

/**
 * The `$schema` to write into a map saved at `out`: a relative path to the schema file when the map is inside the
 * repository (editors follow it), else the schema's stable public id (`MAP_SCHEMA_ID`).
 */
export function schemaRefFor(out: string): string {
  const abs = resolve(out);
  if (abs !== REPO_ROOT && !abs.startsWith(REPO_ROOT + sep)) return MAP_SCHEMA_ID;
  return relative(dirname(abs), SCHEMA_PATH).split(sep).join('/');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function validateFiles(args: string[], io: MapsCliIo): number {
  const json = args.includes('--json');
  const strict = args.includes('--strict');
  const files = args.filter((a) => a !== '--json' && a !== '--strict');
  const unknown = files.find((f) => f.startsWith('--'));
  if (unknown) return usage(io, `unknown option ${unknown}`, 'validate');
  if (files.length === 0) return usage(io, 'needs at least one file', 'validate');
  const results: { file: string; ok: boolean; issues: MapIssue[]; warnings: MapIssue[] }[] = [];
  for (const file of files) {
    const read = readInputFile(file, { maxBytes: INPUT_LIMITS.map, what: '.json map' });
    const r = read.ok
      ? parseMapText(read.text, file)
      : { ok: false as const, issues: [{ file, path: '$', message: read.error.message }], warnings: [], notes: [] };
    results.push({ file, ok: r.ok, issues: r.ok ? [] : [...r.issues, ...r.notes], warnings: r.warnings });
    if (json) continue;
    if (!r.ok) for (const i of [...r.issues, ...r.notes]) io.err(formatIssue(i));
    for (const w of r.warnings) io.err(formatWarning(w));
    if (r.ok) {
      const m = r.map;
      const warned = r.warnings.length
        ? `; ${plural(r.warnings.length, 'warning')}${strict ? ' (--strict: fails)' : ''}`
        : '';
      io.out(
        `${file}: ok (${m.id}, ${m.width}x${m.height}, ${m.squad.length} squad, ${m.enemies.length} enemies)${warned}`,
      );
    }
  }
  if (json) io.out(JSON.stringify(results, null, 2));
  const failed = results.some((r) => !r.ok || (strict && r.warnings.length > 0));
  return failed ? 2 : 0;
}

/** Writes a file through a temporary name in the same folder, so a failure never leaves half a file. */
function writeAtomically(file: string, text: string): string | undefined {
  const tmp = join(dirname(resolve(file)), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
    return undefined;
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing more to clean
    }
    return `cannot write it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  }
}

function newMapFile(args: string[], io: MapsCliIo): number {
  const opts: Record<string, string> = {};
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--force') force = true;
    else if (a === '--size' || a === '--out' || a === '-o' || a === '--id' || a === '--name') {
      const v = args[++i];
      if (v === undefined) return usage(io, `${a} needs a value`, 'new');
      opts[a === '-o' ? '--out' : a] = v;
    } else return usage(io, `unexpected ${JSON.stringify(a)}`, 'new');
  }
  const size = /^(\d{1,3})x(\d{1,3})$/.exec(opts['--size'] ?? '');
  if (!size) return usage(io, 'needs --size <W>x<H>, e.g. --size 24x16', 'new');
  const out = opts['--out'];
  if (!out) return usage(io, 'needs --out <file.json>', 'new');
  const width = Number(size[1]);
  const height = Number(size[2]);
  const why = newMapSizeProblem(width, height);
  if (why) return usage(io, `--size ${opts['--size']}: ${why}`, 'new');
  const id = opts['--id'] ?? slugOf(basename(out).replace(/\.[^.]*$/, '')) ?? 'new-map';
  if (existsSync(out) && !force) {
    io.err(`${out}: already exists; nothing was written (give another --out, or --force to replace it)`);
    return 2;
  }
  const map = newMap({ width, height, id, name: opts['--name'] ?? id, schema: schemaRefFor(out) });
  const check = validateMap(map, out);
  if (!check.ok) {
    for (const i of check.issues) io.err(formatIssue(i));
    return 2;
  }
  const failed = writeAtomically(out, stringifyMap(map));
  if (failed) {
    io.err(`${out}: ${failed}`);
    return 2;
  }
  io.out(
    `${out}: new ${width}x${height} map "${id}" with the ${map.squad.length}-person squad; edit it, then: denizens maps validate ${out}`,
  );
  return 0;
}

function formatFiles(args: string[], io: MapsCliIo): number {
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown) return usage(io, `unknown option ${unknown}`, 'fmt');
  if (args.length === 0) return usage(io, 'needs at least one file', 'fmt');
  let failed = false;
  for (const file of args) {
    const read = readInputFile(file, { maxBytes: INPUT_LIMITS.map, what: '.json map' });
    if (!read.ok) {
      io.err(`${file}: $: ${read.error.message}`);
      failed = true;
      continue;
    }
    const parsed = parseJsonSafely(read.text, { maxChars: INPUT_LIMITS.map, maxDepth: 32 });
    if (!parsed.ok) {
      io.err(formatIssue({ file, ...parsed.problem }));
      io.err(`${file}: not formatted; the file was left as it was`);
      failed = true;
      continue;
    }
    const text = formatMapText(parsed.value);
    if (text === read.text) {
      io.out(`${file}: already formatted`);
      continue;
    }
    const why = writeAtomically(file, text);
    if (why) {
      io.err(`${file}: ${why}`);
      failed = true;
    } else io.out(`${file}: formatted`);
  }
  return failed ? 2 : 0;
}

function importTiledFile(args: string[], io: MapsCliIo): number {
  let input: string | undefined;
  let output: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-o' || a === '--out') {
      output = args[++i];
      if (output === undefined) return usage(io, `${a} needs a file name`, 'import-tiled');
    } else if (a.startsWith('-')) return usage(io, `unknown option ${a}`, 'import-tiled');
    else if (input === undefined) input = a;
    else return usage(io, `takes one input file, got also ${a}`, 'import-tiled');
  }
  if (!input || !output) return usage(io, 'needs <map.tmj> and -o <out.json>', 'import-tiled');
  const src = input;
  const fail = (issues: MapIssue[]) => {
    for (const i of issues) io.err(formatIssue(i));
    io.err(`${src}: not converted; nothing was written to ${output}`);
    return 2;
  };
  const read = readInputFile(src, { maxBytes: INPUT_LIMITS.tiledMap, what: 'Tiled map (.tmj)' });
  if (!read.ok) return fail([{ file: src, path: '$', message: read.error.message }]);
  const xml = tiledXmlProblem(read.text);
  if (xml) return fail([{ file: src, path: '$', line: 1, column: 1, message: xml }]);
  const parsed = parseJsonSafely(read.text, { maxChars: INPUT_LIMITS.tiledMap, maxDepth: 32 });
  if (!parsed.ok) return fail([{ file: src, ...parsed.problem }]);
  const baseDir = dirname(resolve(src));
  const resolveTileset: TilesetResolver = (source) => {
    const path = resolve(baseDir, source);
    // The importer already refused absolute paths and "..": a symbolic link must not lead out of the folder either.
    const real = realPathOrUndefined(path);
    const realBase = realPathOrUndefined(baseDir) ?? baseDir;
    if (real !== undefined && real !== realBase && !real.startsWith(realBase + sep))
      return {
        ok: false,
        message: "it is a link to a file outside the map's folder; copy the tileset next to the map",
      };
    const r = readInputFile(path, { maxBytes: INPUT_LIMITS.tileset, what: 'Tiled tileset (.tsj)' });
    if (!r.ok) return r.error.problem === 'missing' ? undefined : { ok: false, message: r.error.message };
    const xml = tiledXmlProblem(r.text);
    if (xml) return { ok: false, message: xml };
    const p = parseJsonSafely(r.text, { maxChars: INPUT_LIMITS.tileset, maxDepth: 32 });
    return p.ok ? { ok: true, value: p.value } : { ok: false, message: `${p.problem.path}: ${p.problem.message}` };
  };
  const r = importTiled(parsed.value, { file: src, resolveTileset, schema: schemaRefFor(output) });
  if (!r.ok) return fail(r.issues);
  try {
    writeFileSync(output, stringifyMap(r.map));
  } catch (e) {
    io.err(`${output}: cannot write it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    return 2;
  }
  io.out(
    `${src} → ${output}: ok (${r.data.id}, ${r.data.width}x${r.data.height}, ${r.data.squad.length} squad, ${r.data.enemies.length} enemies)`,
  );
  return 0;
}

function realPathOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** A usage error: one line naming the (sub)command and the problem, with a pointer to its --help; exit 2. */
function usage(io: MapsCliIo, why: string, sub?: string): number {
  const cmd = sub ? `denizens maps ${sub}` : 'denizens maps';
  io.err(`${cmd}: ${why} (see ${cmd} --help)`);
  return 2;
}

/**
 * `denizens maps …`: validate, create, format maps and import Tiled maps. Returns the exit code (0 ok, 2 invalid input or
 * usage); never throws for bad input.
 */
export async function runMapsCli(args: string[], io: MapsCliIo): Promise<number> {
  const [sub, ...rest] = args;
  try {
    switch (sub) {
      case 'validate':
        return validateFiles(rest, io);
      case 'import-tiled':
        return importTiledFile(rest, io);
      case 'new':
        return newMapFile(rest, io);
      case 'fmt':
        return formatFiles(rest, io);
      case 'help':
      case '--help':
      case '-h':
        io.out(MAPS_USAGE);
        return 0;
      default:
        return usage(
          io,
          sub === undefined
            ? 'missing command (validate, new, fmt or import-tiled)'
            : `unknown command ${JSON.stringify(sub)}`,
        );
    }
  } catch (e) {
    io.err(
      `denizens maps: internal error: ${(e as Error).message}; this is a bug, please report it with the command you ran`,
    );
    return 3;
  }
}
