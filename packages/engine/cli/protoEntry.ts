import { runCli } from './cli';

runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
}).then((c) => {
  process.exitCode = c;
});
