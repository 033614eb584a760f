import { realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJsonSafely } from '../safeJson';
import { stringifyMap } from '../stringify';
import { importTiled, tiledXmlProblem } from '../tiled/importTiled';
import type { TilesetResolver } from '../tiled/tilesets';
import { formatIssue, type MapIssue, parseMapText } from '../validate';
import { INPUT_LIMITS, readInputFile } from './readInputFile';

export * from './readInputFile';

/** Where the CLI writes: normal output and messages. */
export interface MapsCliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

export const MAPS_USAGE = `usage:
  denizens maps validate <files…> [--json]      check maps; exit 0 when all are valid, 2 otherwise
  denizens maps import-tiled <map.tmj|map.json> -o <out.json>
                                                convert a Tiled map (JSON) to a Denizens map, validate it, write it`;

const SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema', 'map.schema.json');

function validateFiles(args: string[], io: MapsCliIo): number {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  const unknown = files.find((f) => f.startsWith('--'));
  if (unknown) return usage(io, `unknown option ${unknown}`);
  if (files.length === 0) return usage(io, 'validate needs at least one file');
  const results: { file: string; ok: boolean; issues: MapIssue[] }[] = [];
  for (const file of files) {
    const read = readInputFile(file, { maxBytes: INPUT_LIMITS.map, what: '.json map' });
    const r = read.ok
      ? parseMapText(read.text, file)
      : { ok: false as const, issues: [{ file, path: '$', message: read.error.message }] };
    results.push({ file, ok: r.ok, issues: r.ok ? [] : r.issues });
    if (json) continue;
    if (r.ok) {
      const m = r.map;
      io.out(`${file}: ok (${m.id}, ${m.width}x${m.height}, ${m.squad.length} squad, ${m.enemies.length} enemies)`);
    } else {
      for (const i of r.issues) io.err(formatIssue(i));
    }
  }
  if (json) io.out(JSON.stringify(results, null, 2));
  return results.every((r) => r.ok) ? 0 : 2;
}

function importTiledFile(args: string[], io: MapsCliIo): number {
  let input: string | undefined;
  let output: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-o' || a === '--out') {
      output = args[++i];
      if (output === undefined) return usage(io, `${a} needs a file name`);
    } else if (a.startsWith('-')) return usage(io, `unknown option ${a}`);
    else if (input === undefined) input = a;
    else return usage(io, `import-tiled takes one input file, got also ${a}`);
  }
  if (!input || !output) return usage(io, 'import-tiled needs <map.tmj> and -o <out.json>');
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
  const schema = relative(dirname(resolve(output)), SCHEMA_PATH)
    .split(sep)
    .join('/');
  const r = importTiled(parsed.value, { file: src, resolveTileset, schema });
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

function usage(io: MapsCliIo, why?: string): number {
  io.err(`${why ? `denizens maps: ${why}\n\n` : ''}${MAPS_USAGE}`);
  return 2;
}

/**
 * `denizens maps …`: validate maps and import Tiled maps. Returns the exit code (0 ok, 2 invalid input or
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
      case 'help':
      case '--help':
      case '-h':
        io.out(MAPS_USAGE);
        return 0;
      default:
        return usage(io, sub === undefined ? 'missing subcommand' : `unknown subcommand ${JSON.stringify(sub)}`);
    }
  } catch (e) {
    io.err(
      `denizens maps: internal error: ${(e as Error).message}; this is a bug, please report it with the command you ran`,
    );
    return 3;
  }
}
