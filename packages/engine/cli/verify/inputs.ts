// What `verify` was given, as a list of replay files: files as named, folders expanded to every *.replay.json below
// them (sorted, walked without recursion on the stack, symbolic links to folders not followed).
import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The replay files of the inputs in order, or the first input that is neither a file nor a folder. */
export function expandInputs(
  inputs: readonly string[],
): { ok: true; files: string[] } | { ok: false; message: string } {
  const files: string[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      // a missing file gets its own INVALID verdict
    }
    if (!isDir) {
      files.push(input);
      continue;
    }
    const found: string[] = [];
    const stack = [input];
    while (stack.length > 0) {
      const dir = stack.pop()!;
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (e) {
        return { ok: false, message: `${dir}: cannot list the folder (${(e as NodeJS.ErrnoException).code})` };
      }
      for (const e of entries) {
        const path = join(dir, e.name);
        if (e.isDirectory()) stack.push(path);
        else if (e.name.endsWith('.replay.json') && (e.isFile() || e.isSymbolicLink())) found.push(path);
      }
    }
    if (found.length === 0) return { ok: false, message: `${input}: no *.replay.json files in this folder` };
    found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    files.push(...found);
  }
  return { ok: true, files };
}
