// Output files: checked before any work starts, written to a temporary name and renamed into place, so a failure
// (a full disk, a killed process) never leaves a half-written replay.
import { accessSync, constants, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Why `file` cannot be written, in one line, or undefined when it can (its folder exists and is writable). */
export function outputProblem(file: string): string | undefined {
  if (file === '' || file.endsWith('/')) return `${file || '(empty)'}: give a file name, not a folder`;
  try {
    if (statSync(file).isDirectory()) return `${file}: is a directory; give a file name`;
  } catch {
    // does not exist yet: fine
  }
  const dir = dirname(file);
  try {
    if (!statSync(dir).isDirectory()) return `${file}: ${dir} is not a folder`;
  } catch {
    return `${file}: the folder ${dir} does not exist`;
  }
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    return `${file}: the folder ${dir} is not writable`;
  }
  return undefined;
}

/** Writes `text` to a temporary file beside `file`, then renames it over `file`; on failure nothing is left behind. */
export function writeAtomically(file: string, text: string): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
