/**
 * The one safe way the tools read a file a user named: regular files only (a directory, a FIFO, a device such as
 * /dev/zero or a link to one is refused without reading a byte), the size checked with fstat before reading and
 * the bytes counted again while reading (a file that grows is cut off at the limit), UTF-8 only (a byte-order mark
 * is accepted and dropped). Problems come back as typed results naming the file; nothing here throws for bad input.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { TextDecoder } from 'node:util';

/**
 * The documented limit for each kind of file the tools read, in bytes. A map is at most 256×256 tiles, so 2 MiB is
 * generous; a Tiled map keeps several layers of CSV numbers; a replay holds at most 10,000 turns of commands; a save
 * is a map plus a replay.
 */
export const INPUT_LIMITS = {
  map: 2 * 1024 * 1024,
  tiledMap: 8 * 1024 * 1024,
  tileset: 1024 * 1024,
  replay: 8 * 1024 * 1024,
  save: 16 * 1024 * 1024,
} as const;

export type InputFileKind = keyof typeof INPUT_LIMITS;

export interface ReadInputOptions {
  /** Largest accepted file, in bytes (counted on disk, not in characters). */
  maxBytes: number;
  /** What the file should be, in words ("map", "replay", "Tiled tileset"), used in messages. */
  what: string;
}

/** Why a file was not read. */
export type InputFileProblem = 'missing' | 'not-a-file' | 'too-large' | 'not-utf8' | 'unreadable';

export interface InputFileError {
  file: string;
  problem: InputFileProblem;
  /** One sentence without the file name: what is wrong and what to do. */
  message: string;
}

export type ReadInputResult =
  | { ok: true; file: string; text: string; bytes: number }
  | { ok: false; error: InputFileError };

/** Bytes read per `read` call. */
const CHUNK = 64 * 1024;

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${bytes} bytes`;
}

function tooLarge(file: string, what: string, bytes: number | undefined, maxBytes: number): ReadInputResult {
  const size = bytes === undefined ? 'larger than' : `${bytes} bytes (${sizeText(bytes)});`;
  return {
    ok: false,
    error: {
      file,
      problem: 'too-large',
      message: `file is ${size} a ${what} may be at most ${maxBytes} bytes (${sizeText(maxBytes)}), so it was not read`,
    },
  };
}

/** Decodes UTF-8 bytes, accepting and dropping a byte-order mark; undefined when the bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

function notUtf8(file: string, bytes: Uint8Array): ReadInputResult {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return {
    ok: false,
    error: {
      file,
      problem: 'not-utf8',
      message: utf16
        ? 'file is UTF-16 text; save it as UTF-8'
        : 'file is not UTF-8 text (is it binary or in another encoding?); save it as UTF-8',
    },
  };
}

/**
 * Reads a text file a user named, safely (see the top of this file). `what` names the kind of file in messages.
 */
export function readInputFile(file: string, { maxBytes, what }: ReadInputOptions): ReadInputResult {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused right after by fstat.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      return { ok: false, error: { file, problem: 'missing', message: 'no such file; check the path' } };
    if (code === 'EISDIR')
      return {
        ok: false,
        error: { file, problem: 'not-a-file', message: `is a directory; give the path of a ${what}` },
      };
    return {
      ok: false,
      error: { file, problem: 'unreadable', message: `cannot open it (${code ?? (e as Error).message})` },
    };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile())
      return {
        ok: false,
        error: { file, problem: 'not-a-file', message: `is ${kindOf(st)}, not a file; give the path of a ${what}` },
      };
    if (st.size > maxBytes) return tooLarge(file, what, st.size, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) return tooLarge(file, what, undefined, maxBytes);
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
    }
    const bytes = Buffer.concat(chunks, total);
    const text = decodeUtf8(bytes);
    if (text === undefined) return notUtf8(file, bytes);
    return { ok: true, file, text, bytes: total };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      error: { file, problem: 'unreadable', message: `cannot read it (${code ?? (e as Error).message})` },
    };
  } finally {
    closeSync(fd);
  }
}

/** `file: message`, one line, for callers that only print the error. */
export function formatInputFileError(e: InputFileError): string {
  return `${e.file}: ${e.message}`;
}
