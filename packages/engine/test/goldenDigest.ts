import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The golden corpus folder and the file of recorded corpus digests, one per REPLAY_VERSION. */
export const GOLDEN_DIR = join(import.meta.dirname, 'golden');
export const DIGESTS_FILE = join(GOLDEN_DIR, 'DIGESTS.json');

/** sha256 over the corpus: every *.replay.json file, by name, its name and its bytes. */
export function corpusDigest(files: ReadonlyMap<string, string>): string {
  const h = createHash('sha256');
  for (const name of [...files.keys()].sort()) h.update(`${name}\0${files.get(name)!}\0`);
  return h.digest('hex');
}

/** The corpus as it is on disk: file name to text. */
export function readCorpus(dir = GOLDEN_DIR): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.replay.json'))) {
    out.set(f, readFileSync(join(dir, f), 'utf8'));
  }
  return out;
}

/** The recorded digests: REPLAY_VERSION (as text) to the corpus digest made for it by `pnpm golden`. */
export function readDigests(): Record<string, string> {
  return existsSync(DIGESTS_FILE) ? (JSON.parse(readFileSync(DIGESTS_FILE, 'utf8')) as Record<string, string>) : {};
}

/** The digests file's text: one version per line, in version order (small, readable diffs). */
export function digestsText(d: Record<string, string>): string {
  const keys = Object.keys(d).sort((a, b) => Number(a) - Number(b));
  return `{\n${keys.map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(d[k])}`).join(',\n')}\n}\n`;
}
