// The body of the built CLI (dist/node/cli/denizens.cjs, run by denizens-entry.cjs with a code cache: entry.ts): real
// stdout/stderr, a progress line only when stderr is a terminal, and a quiet end when the reader of stdout goes away
// (`denizens verify dir | head`).
import { runCli } from './cli';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

void runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
  ...(process.stderr.isTTY ? { progress: (s: string) => process.stderr.write(s) } : {}),
}).then((code) => {
  process.exitCode = code;
});
