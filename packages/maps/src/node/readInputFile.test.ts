import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS, readInputFile } from './readInputFile';

const dir = () => mkdtempSync(join(tmpdir(), 'denizens-read-'));
const opts = { maxBytes: 100, what: 'map' };

function failure(file: string, o = opts) {
  const r = readInputFile(file, o);
  if (r.ok) throw new Error(`expected ${file} to be refused`);
  return r.error;
}

describe('readInputFile', () => {
  it('reads a regular file and a link to one', () => {
    const d = dir();
    const f = join(d, 'm.json');
    writeFileSync(f, '{"a":1}');
    symlinkSync(f, join(d, 'link.json'));
    expect(readInputFile(f, opts)).toEqual({ ok: true, file: f, text: '{"a":1}', bytes: 7 });
    expect(readInputFile(join(d, 'link.json'), opts)).toMatchObject({ ok: true, text: '{"a":1}' });
  });

  it('refuses a link to /dev/zero without reading it', () => {
    const link = join(dir(), 'zero.json');
    symlinkSync('/dev/zero', link);
    expect(failure(link)).toEqual({
      file: link,
      problem: 'not-a-file',
      message: 'is a character device, not a file; give the path of a map',
    });
  });

  it('refuses a FIFO at once (no writer, so a blocking read would hang)', () => {
    const fifo = join(dir(), 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    expect(failure(fifo)).toMatchObject({ problem: 'not-a-file', message: expect.stringMatching(/^is a FIFO/) });
  });

  it('refuses a directory and names a missing file', () => {
    const d = dir();
    expect(failure(d)).toMatchObject({ file: d, problem: 'not-a-file', message: expect.stringMatching(/directory/) });
    expect(failure(join(d, 'nope.json'))).toEqual({
      file: join(d, 'nope.json'),
      problem: 'missing',
      message: 'no such file; check the path',
    });
  });

  it('refuses a file over the limit, counting bytes (not characters)', () => {
    const d = dir();
    const big = join(d, 'big.json');
    writeFileSync(big, 'x'.repeat(101));
    expect(failure(big)).toEqual({
      file: big,
      problem: 'too-large',
      message: 'file is 101 bytes (101 bytes); a map may be at most 100 bytes (100 bytes), so it was not read',
    });
    // 62 characters (UTF-16 units) but 122 bytes: over the limit although its string length is not.
    const wide = join(d, 'wide.json');
    writeFileSync(wide, `"${'é'.repeat(60)}"`);
    expect(failure(wide).problem).toBe('too-large');
    const exact = join(d, 'exact.json');
    writeFileSync(exact, 'y'.repeat(100));
    expect(readInputFile(exact, opts)).toMatchObject({ ok: true, bytes: 100 });
  });

  it('accepts UTF-8 with a byte-order mark (dropped) and refuses UTF-16 and other binary, saying so', () => {
    const d = dir();
    const bom = join(d, 'bom.json');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":"é"}')]));
    expect(readInputFile(bom, opts)).toMatchObject({ ok: true, text: '{"a":"é"}' });
    const utf16 = join(d, 'utf16.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":1}', 'utf16le')]));
    expect(failure(utf16)).toMatchObject({ problem: 'not-utf8', message: 'file is UTF-16 text; save it as UTF-8' });
    const bin = join(d, 'bin.json');
    writeFileSync(bin, Buffer.from([0x7b, 0xc3, 0x28, 0x7d]));
    expect(failure(bin)).toMatchObject({ problem: 'not-utf8' });
  });

  it('documents a limit for every kind of file', () => {
    expect(INPUT_LIMITS).toEqual({
      map: 2097152,
      tiledMap: 8388608,
      tileset: 1048576,
      replay: 8388608,
      save: 16777216,
    });
  });
});
