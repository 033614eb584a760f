// The `denizens` command line (commander): simulate, verify, maps. Node-only (this folder may use node: APIs).
// Conventions: --help/-h on every command (exit 0, that command's usage), --version, and one style of usage error:
// one line naming the command and the problem with a pointer to its --help, exit 2. Exit codes: exitCodes.ts.
// Each command's code is imported when that command runs, so --help, --version and a usage error load no engine.
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ENGINE_VERSION, REPLAY_VERSION } from '../src/version';
import { EXIT } from './exitCodes';
import type { Io } from './io';
import { loadQueue } from './loadQueue';
import { UsageError } from './usageError';

export type { Io } from './io';

export const VERSION_TEXT = `denizens ${ENGINE_VERSION} (engine ${ENGINE_VERSION}, replay version ${REPLAY_VERSION})`;

function wholeNumber(name: string, min: number, max: number) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
      throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}`);
    return Number(value);
  };
}

/** What runCli needs from the outside world besides Io (so tests and the bundle can give their own). */
export interface CliEnv {
  /** The time a recording is made (ISO 8601); only simulate's provenance uses it. */
  now: () => string;
  /** A millisecond clock for progress and rates. */
  clock: () => number;
}

const defaultEnv: CliEnv = { now: () => new Date().toISOString(), clock: () => performance.now() };

function redisUrl(value: string): string {
  if (!/^rediss?:\/\/\S+$/.test(value))
    throw new InvalidArgumentError('--queue takes a Redis URL such as redis://127.0.0.1:6379');
  return value;
}

/** Runs the CLI; returns the exit code. Bad input never throws out of here. */
export async function runCli(argv: string[], io: Io, env: CliEnv = defaultEnv): Promise<number> {
  let code: number = EXIT.ok;
  let failing = 'denizens';
  const program = new Command('denizens')
    .description('Denizens headless tools: play games with the AI, verify replays, check maps.')
    .version(VERSION_TEXT, '-V, --version', 'print the engine and replay versions')
    .helpOption('-h, --help', 'show this help')
    .helpCommand(false)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: (s) => io.err(s.trimEnd()),
      outputError: () => {},
    })
    .showHelpAfterError(false);
  program.hook('preAction', (_p, action) => {
    failing = fullName(action);
  });

  program
    .command('simulate')
    .description('play both sides with the built-in AI and write a replay (and every event, one JSON object a line)')
    .requiredOption('--map <id|file>', 'a built-in map id or a map file')
    .requiredOption('--seed <n>', 'the random seed (0 to 4294967295)', wholeNumber('--seed', 0, 2 ** 32 - 1))
    .option(
      '--turns <n>',
      // (60: MAX_MISSION_TURNS, written out so that the start does not load the engine; a test compares them)
      "play at most this many turns (1 to 10000; default: the map's turn limit, or 60 for a map without one)",
      wholeNumber('--turns', 1, 10_000),
    )
    .requiredOption('--out <replay.json>', 'where to write the replay')
    .option('--events <events.jsonl>', 'also write every event, one JSON object a line')
    .option('--embed-map', 'put the map into the replay (default for maps that are not built in)')
    .action(
      async (o: { map: string; seed: number; turns?: number; out: string; events?: string; embedMap?: boolean }) => {
        const { runSimulate } = await import('./simulateCommand');
        code = runSimulate(o, io, env.now());
      },
    );

  program
    .command('verify')
    .description(
      're-simulate replays and check every recorded hash; one verdict line per file on stdout, in input order, then a summary',
    )
    .argument('<paths...>', 'replay files, or folders (every *.replay.json below them, sorted)')
    .option(
      '--map <file>',
      'a map file for replays on maps that are not built in (repeatable)',
      (v, acc: string[]) => [...acc, v],
      [],
    )
    .option('--json', 'one JSON object per line (NDJSON) as each file finishes, then a summary object')
    .addOption(
      new Option('-j, --jobs <n>', 'verify on this many worker threads')
        .default(availableParallelism(), 'the number of CPUs')
        .argParser(wholeNumber('--jobs', 1, 256)),
    )
    .option('--explain', 'at a divergence, also print what the re-simulated command did (unit and events)')
    .option('--report <file>', 'append each verdict to this NDJSON file as soon as it is known')
    .option('--resume', 'with --report: skip the files the report already has a verdict for')
    .addOption(
      new Option(
        '--queue <redis URL>',
        'verify on `denizens worker` processes through this Redis (any machines; see docs/verification.md)',
      ).argParser(redisUrl),
    )
    .action(
      async (
        inputs: string[],
        o: {
          map?: string[];
          json?: boolean;
          jobs: number;
          explain?: boolean;
          report?: string;
          resume?: boolean;
          queue?: string;
        },
      ) => {
        if (o.resume && o.report === undefined) throw new UsageError('--resume needs --report <file>');
        const { runVerifyCommand } = await import('./verifyCommand');
        code = await runVerifyCommand(
          {
            inputs,
            maps: o.map ?? [],
            json: o.json ?? false,
            jobs: o.jobs,
            explain: o.explain ?? false,
            report: o.report,
            resume: o.resume ?? false,
            now: env.clock,
            queue: o.queue,
          },
          io,
        );
      },
    );

  program
    .command('campaign')
    .description('play the whole campaign (ruins, then ship) with the built-in AI, the squad carried between missions')
    .requiredOption('--seed <n>', 'the campaign seed (a whole number)')
    .requiredOption('--out <dir>', 'writes <dir>/mission-<n>-<map>.replay.json and <dir>/campaign.json')
    .option('--difficulty <name>', 'easy, normal or hard', 'normal')
    .action(async (o: { seed: string; out: string; difficulty: string }) => {
      const { CampaignUsageError, runCampaignCli } = await import('./campaignCmd');
      try {
        code = runCampaignCli(['--seed', o.seed, '--out', o.out, '--difficulty', o.difficulty], io);
      } catch (e) {
        if (e instanceof CampaignUsageError) throw new UsageError(e.message);
        throw e;
      }
    });

  program
    .command('worker')
    .description(
      'verify replays queued by `verify --queue` until stopped (Ctrl-C or SIGTERM: finish the replay in hand, then exit)',
    )
    .requiredOption('--queue <redis URL>', 'the Redis the producers queue on, e.g. redis://host:6379', redisUrl)
    .addOption(
      new Option('-j, --jobs <n>', 'worker processes on this machine (each verifies one replay at a time)')
        .default(availableParallelism(), 'the number of CPUs')
        .argParser(wholeNumber('--jobs', 1, 256)),
    )
    .option(
      '--lock-ms <n>',
      "a job stays locked to its worker this long without renewal; a dead worker's replay waits this long (default 60000)",
      wholeNumber('--lock-ms', 100, 3_600_000),
    )
    .option(
      '--stalled-check-ms <n>',
      'how often to look for jobs whose worker died (default 30000)',
      wholeNumber('--stalled-check-ms', 100, 3_600_000),
    )
    .option(
      '--max-stalls <n>',
      'times a job may be put back after its worker died before it ends as FAULT (default 1)',
      wholeNumber('--max-stalls', 0, 100),
    )
    .action(
      async (o: { queue: string; jobs: number; lockMs?: number; stalledCheckMs?: number; maxStalls?: number }) => {
        const { runWorkerCommand } = await loadQueue();
        code = await runWorkerCommand(
          { url: o.queue, jobs: o.jobs, lockMs: o.lockMs, stalledCheckMs: o.stalledCheckMs, maxStalls: o.maxStalls },
          io,
        );
      },
    );

  addMapsCommands(program, io, (c) => {
    code = c;
  });
  program.addHelpText('after', () => `\n${mapsOverview(program)}`);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.ok;
      if (e.code === 'commander.help' || e.code === 'commander.executeSubCommandAsync') return EXIT.invalid;
      const cmd = commandOf(program, argv);
      io.err(`${cmd}: ${e.message.replace(/^error: /, '')} (see ${cmd} --help)`);
      return EXIT.invalid;
    }
    if (e instanceof UsageError) {
      io.err(`${failing}: ${e.message} (see ${failing} --help)`);
      return EXIT.invalid;
    }
    io.err(
      `denizens: internal error: ${(e as Error)?.message ?? e}. This is a bug; please report it with the command you ran.`,
    );
    return EXIT.internal;
  }
}

/** A command's whole name, e.g. "denizens maps validate". */
function fullName(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** The deepest command argv names ("denizens maps validate", "denizens verify"), else "denizens". */
function commandOf(program: Command, argv: string[]): string {
  let cmd = program;
  for (const a of argv) {
    if (a.startsWith('-')) continue;
    const sub = cmd.commands.find((c) => c.name() === a);
    if (!sub) break;
    cmd = sub;
  }
  return fullName(cmd);
}

/**
 * `denizens maps validate|new|fmt|import-tiled`, each with its own options, --help and usage errors; the work is
 * the maps package's (runMapsCli), given the same arguments.
 */
function addMapsCommands(program: Command, io: Io, done: (code: number) => void): void {
  const run = async (args: string[]) => {
    const { runMapsCli } = await import('@denizens/maps/node');
    done(await runMapsCli(args, io));
  };
  const flag = (on: boolean | undefined, name: string) => (on ? [name] : []);
  const maps = program
    .command('maps')
    .description('check, create and format map files; import maps made with Tiled')
    .usage('<command> [options]')
    .argument('[command]')
    .action((name?: string) => {
      throw new UsageError(
        name === undefined ? 'missing command (validate, new, fmt or import-tiled)' : `unknown command '${name}'`,
      );
    });
  maps
    .command('validate')
    .description(
      'check maps: every problem and warning as file:line:col: $.path: …; exit 0 when all are valid, 2 otherwise',
    )
    .argument('<files...>', 'map files (.json)')
    .option('--json', 'print the results as JSON')
    .option('--strict', 'warnings fail too (exit 2)')
    .action((files: string[], o: { json?: boolean; strict?: boolean }) =>
      run(['validate', ...files, ...flag(o.json, '--json'), ...flag(o.strict, '--strict')]),
    );
  maps
    .command('new')
    .description('write a minimal valid map (open ground, the seven-person squad) to edit')
    .requiredOption('--size <W>x<H>', 'the size in tiles, e.g. 24x16')
    .requiredOption('-o, --out <file.json>', 'where to write it')
    .option('--id <id>', 'the map id (default: from the file name)')
    .option('--name <name>', 'the name shown in the game (default: the id)')
    .option('--force', 'replace the file when it exists')
    .action((o: { size: string; out: string; id?: string; name?: string; force?: boolean }) =>
      run([
        'new',
        '--size',
        o.size,
        '--out',
        o.out,
        ...(o.id !== undefined ? ['--id', o.id] : []),
        ...(o.name !== undefined ? ['--name', o.name] : []),
        ...flag(o.force, '--force'),
      ]),
    );
  maps
    .command('fmt')
    .description('rewrite maps in the canonical layout (one row, one unit a line); unknown fields are kept')
    .argument('<files...>', 'map files (.json)')
    .action((files: string[]) => run(['fmt', ...files]));
  maps
    .command('import-tiled')
    .description('convert a Tiled map (JSON) to a Denizens map, validate it and write it')
    .argument('<map>', 'the Tiled map (.tmj or .json)')
    .requiredOption('-o, --out <out.json>', 'where to write the Denizens map')
    .action((input: string, o: { out: string }) => run(['import-tiled', input, '-o', o.out]));
}

/** The map commands with their arguments, for the top-level help (written from their definitions). */
function mapsOverview(program: Command): string {
  const maps = program.commands.find((c) => c.name() === 'maps')!;
  const rows = maps.commands.map((c) => {
    const args = c.registeredArguments.map((a) => (a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : ''));
    const opts = c.options.map((o) => {
      const words = o.long ?? o.short ?? '';
      const value = o.flags.slice(o.flags.indexOf(words) + words.length).trim();
      const text = value ? `${words} ${value}` : words;
      return o.mandatory ? text : `[${text}]`;
    });
    return { use: `maps ${c.name()} ${[...args, ...opts].filter(Boolean).join(' ')}`, what: c.description() };
  });
  return [
    'Map commands (denizens maps <command> --help for each):',
    ...rows.map((r) => `  ${r.use}\n      ${r.what}`),
  ].join('\n');
}
