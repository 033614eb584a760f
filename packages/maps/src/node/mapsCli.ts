import { closeSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJsonSafely } from '../safeJson';
import { stringifyMap } from '../stringify';
import { MAP_LIMITS } from '../terrain';
import { importTiled } from '../tiled/importTiled';
import { formatIssue, type MapIssue, parseMapText } from '../validate';

/** Where the CLI writes: normal output and messages. */
export interface MapsCliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

export const MAPS_USAGE = `usage:
  denizens maps validate <files…> [--json]      check maps; exit 0 when all are valid, 2 otherwise
  denizens maps import-tiled <map.tmj|map.json> -o <out.json>
                                                convert a Tiled map (JSON) to a Denizens map, validate it, write it`;

/** Largest Tiled file read (a 256×256 map with several CSV layers fits easily). */
export const MAX_TILED_BYTES = 8 * 1024 * 1024;

const SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema', 'map.schema.json');

type ReadResult = { ok: true; text: string } | { ok: false; message: string };

/** Reads a text file, refusing (before reading it) anything larger than `limit` bytes. */
export function readTextFile(file: string, limit: number): ReadResult {
  try {
    const st = statSync(file);
    if (!st.isFile()) return { ok: false, message: 'not a file; give the path of a .json map' };
    if (st.size > limit)
      return { ok: false, message: `file is ${st.size} bytes; the limit is ${limit} bytes, so it was not read` };
    const fd = openSync(file, 'r');
    try {
      const buf = Buffer.alloc(st.size);
      let n = 0;
      while (n < st.size) {
        const r = readSync(fd, buf, n, st.size - n, n);
        if (r === 0) break;
        n += r;
      }
      return { ok: true, text: buf.subarray(0, n).toString('utf8') };
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      message: code === 'ENOENT' ? 'no such file; check the path' : `cannot read it (${code ?? (e as Error).message})`,
    };
  }
}

function validateFiles(args: string[], io: MapsCliIo): number {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  const unknown = files.find((f) => f.startsWith('--'));
  if (unknown) return usage(io, `unknown option ${unknown}`);
  if (files.length === 0) return usage(io, 'validate needs at least one file');
  const results: { file: string; ok: boolean; issues: MapIssue[] }[] = [];
  for (const file of files) {
    const read = readTextFile(file, MAP_LIMITS.maxFileBytes);
    const r = read.ok
      ? parseMapText(read.text, file)
      : { ok: false as const, issues: [{ file, path: '$', message: read.message }] };
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
  const read = readTextFile(src, MAX_TILED_BYTES);
  if (!read.ok) return fail([{ file: src, path: '$', message: read.message }]);
  const parsed = parseJsonSafely(read.text, { maxChars: MAX_TILED_BYTES, maxDepth: 32 });
  if (!parsed.ok) return fail([{ file: src, ...parsed.problem }]);
  const baseDir = dirname(resolve(src));
  const resolveTileset = (source: string): unknown => {
    const path = resolve(baseDir, source);
    const r = readTextFile(path, MAX_TILED_BYTES);
    if (!r.ok) return undefined;
    const p = parseJsonSafely(r.text, { maxChars: MAX_TILED_BYTES, maxDepth: 32 });
    return p.ok ? p.value : undefined;
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
