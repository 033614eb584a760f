// `--report <file>`: each verdict appended as one NDJSON line the moment it is known; `--resume` reads the report
// back and skips the files it already has a verdict for, so an interrupted run of thousands loses nothing.
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { readInputFile } from '@denizens/maps/node/readInputFile';
import { STATUSES, type Verdict, type VerdictStatus } from './verdict';

/** Largest report read back by --resume (10,000 verdicts are a few MB). */
const MAX_REPORT_BYTES = 512 * 1024 * 1024;

export interface Report {
  /** Verdicts already in the report, by absolute file path (only with --resume). */
  done: Map<string, VerdictStatus>;
  append: (v: Verdict) => void;
  close: () => void;
}

/** The verdicts in a report's text by absolute path; a line cut short by an interrupted write is ignored. */
export function readReport(text: string): Map<string, VerdictStatus> {
  const done = new Map<string, VerdictStatus>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let o: { type?: unknown; file?: unknown; status?: unknown };
    try {
      o = JSON.parse(line);
    } catch {
      continue;
    }
    if (o?.type === 'verdict' && typeof o.file === 'string' && STATUSES.includes(o.status as VerdictStatus))
      done.set(resolve(o.file), o.status as VerdictStatus);
  }
  return done;
}

/** Opens the report for appending (created if missing); with `resume`, reads what it holds first. */
export function openReport(
  file: string,
  resume: boolean,
): { ok: true; report: Report } | { ok: false; message: string } {
  let done = new Map<string, VerdictStatus>();
  if (resume) {
    const read = readInputFile(file, { maxBytes: MAX_REPORT_BYTES, what: 'report (.ndjson)' });
    if (!read.ok && read.error.problem !== 'missing') return { ok: false, message: `${file}: ${read.error.message}` };
    if (read.ok) done = readReport(read.text);
  }
  let fd: number;
  try {
    fd = openSync(file, 'a+');
    // a run cut off in the middle of a line: start on a fresh line, so the next verdict is not glued to the torn one
    const size = fstatSync(fd).size;
    const last = Buffer.alloc(1);
    if (size > 0 && readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0a) writeSync(fd, '\n');
  } catch (e) {
    return { ok: false, message: `${file}: cannot open the report for writing (${(e as NodeJS.ErrnoException).code})` };
  }
  return {
    ok: true,
    report: {
      done,
      append: (v) => {
        writeSync(fd, `${JSON.stringify({ type: 'verdict', ...v })}\n`);
      },
      close: () => closeSync(fd),
    },
  };
}
