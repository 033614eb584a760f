import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_MISSION_TURNS } from '../src/story/playCampaign';
import { REPLAY_VERSION } from '../src/version';
import { denizens, GOLDEN, NO_STACK, tempDir } from './testSupport';

const dir = tempDir();
const golden = (name: string) => join(GOLDEN, `${name}.replay.json`);

describe('denizens conventions (the real binary)', () => {
  const COMMANDS = [
    'simulate',
    'verify',
    'campaign',
    'worker',
    'maps',
    'maps validate',
    'maps new',
    'maps fmt',
    'maps import-tiled',
  ];

  it('--help and -h on every command and subcommand exit 0 with that command’s usage only', () => {
    for (const cmd of COMMANDS) {
      for (const h of ['--help', '-h']) {
        const r = denizens([...cmd.split(' '), h]);
        expect(r.status, `${cmd} ${h}`).toBe(0);
        expect(r.stderr, `${cmd} ${h}`).toBe('');
        expect(r.stdout, `${cmd} ${h}`).toMatch(new RegExp(`^Usage: denizens ${cmd} `));
        // that command's usage only: no other command's usage line, no top-level list
        expect(r.stdout.match(/Usage:/g), `${cmd} ${h}`).toHaveLength(1);
        expect(r.stdout, `${cmd} ${h}`).not.toMatch(/Map commands|--version/);
      }
    }
    expect(denizens(['verify', '--help']).stdout).toMatch(/--jobs <n>/);
    expect(denizens(['verify', '--help']).stdout).not.toMatch(/denizens simulate|--seed/);
    expect(denizens(['maps', 'validate', '--help']).stdout).toMatch(/--strict/);
    expect(denizens(['maps', 'validate', '--help']).stdout).not.toMatch(/--size|import-tiled/);
  }, 180_000); // 22 processes, on a machine that may be busy

  it('the top-level --help lists every command, the map commands with their options (new, fmt, --strict)', () => {
    for (const h of ['--help', '-h']) {
      const r = denizens([h]);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/^Usage: denizens /);
      expect(r.stdout).toMatch(/Commands:[\s\S]*simulate[\s\S]*verify[\s\S]*campaign[\s\S]*worker[\s\S]*maps/);
      expect(r.stdout).toMatch(/maps validate <files\.\.\.> \[--json\] \[--strict\]/);
      expect(r.stdout).toMatch(/maps new --size <W>x<H> --out <file\.json>/);
      expect(r.stdout).toMatch(/maps fmt <files\.\.\.>/);
      expect(r.stdout).toMatch(/maps import-tiled <map> --out <out\.json>/);
    }
  });

  it('--version names the engine and the replay version', () => {
    const r = denizens(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(`denizens 0.1.0 (engine 0.1.0, replay version ${REPLAY_VERSION})`);
  });

  it('usage errors: exit 2, one line on stderr naming the command, with a pointer to its --help', () => {
    for (const [args, msg] of [
      [['verify'], /^denizens verify: missing required argument 'paths' \(see denizens verify --help\)$/],
      [['verify', '--bogus', 'x'], /^denizens verify: unknown option '--bogus' \(see denizens verify --help\)$/],
      [['verify', '--jobs', '0', 'x'], /^denizens verify: .*--jobs must be a whole number from 1 to 256/],
      [['verify', '--resume', 'x'], /^denizens verify: --resume needs --report <file> \(see denizens verify --help\)$/],
      [
        ['simulate', '--map', 'training'],
        /^denizens simulate: required option .* not specified \(see denizens simulate --help\)$/,
      ],
      [['fly'], /^denizens: unknown command 'fly' \(see denizens --help\)$/],
      [['campaign', '--out', 'x'], /^denizens campaign: required option .* \(see denizens campaign --help\)$/],
      [['worker'], /^denizens worker: required option .* \(see denizens worker --help\)$/],
      [['maps'], /^denizens maps: missing command .* \(see denizens maps --help\)$/],
      [['maps', 'frob'], /^denizens maps: unknown command 'frob' \(see denizens maps --help\)$/],
      [
        ['maps', 'validate'],
        /^denizens maps validate: missing required argument .* \(see denizens maps validate --help\)$/,
      ],
      [
        ['maps', 'validate', '--nope', 'a.json'],
        /^denizens maps validate: unknown option '--nope' \(see denizens maps validate --help\)$/,
      ],
      [['maps', 'new', '--out', 'x.json'], /^denizens maps new: required option .* \(see denizens maps new --help\)$/],
      [
        ['maps', 'new', '--size', 'big', '--out', 'x.json'],
        /^denizens maps new: needs --size .* \(see denizens maps new --help\)$/,
      ],
      [['maps', 'fmt'], /^denizens maps fmt: missing required argument .* \(see denizens maps fmt --help\)$/],
      [
        ['maps', 'import-tiled', 'a.tmj'],
        /^denizens maps import-tiled: required option .* \(see denizens maps import-tiled --help\)$/,
      ],
    ] as const) {
      const r = denizens([...args]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr.trim()).toMatch(msg);
      expect(r.stdout).toBe('');
    }
  }, 180_000);
});

describe('denizens simulate', () => {
  it('writes a replay with provenance that verify says OK to, naming map and outcome', () => {
    const out = join(dir, 'sim.replay.json');
    const events = join(dir, 'sim.events.jsonl');
    const s = denizens(['simulate', '--map', 'ruins', '--seed', '3', '--turns', '4', '--out', out, '--events', events]);
    expect(s.status).toBe(0);
    expect(s.stdout).toMatch(/^simulated ruins seed 3: 4 turns, \d+ commands/);
    const replay = JSON.parse(readFileSync(out, 'utf8'));
    expect(replay.provenance).toMatchObject({ players: { squad: 'ai', enemy: 'ai' }, tool: 'denizens-cli 0.1.0' });
    expect(replay.provenance.recordedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(replay.hashes).toHaveLength(replay.commands.length);
    for (const l of readFileSync(events, 'utf8').trim().split('\n')) expect(typeof JSON.parse(l).type).toBe('string');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const v = denizens(['verify', out]);
    expect(v.status).toBe(0);
    expect(v.lines[0]).toMatch(
      /^OK .*sim\.replay\.json: map ruins \(built-in, [0-9a-f]{16}\), ongoing at turn 5, 4 turns, \d+ commands, final hash [0-9a-f]{16}$/,
    );
    expect(v.lines[1]).toBe('1 replay: 1 OK');
  });

  it('an --out or --events that cannot be written is a usage error before any work (nothing written)', () => {
    for (const [flag, path, why] of [
      ['--out', join(dir, 'no-such-folder', 'x.json'), /the folder .*no-such-folder does not exist/],
      ['--out', dir, /is a directory/],
      ['--events', join(dir, 'nowhere', 'e.jsonl'), /the folder .*nowhere does not exist/],
    ] as const) {
      const args = ['simulate', '--map', 'training', '--seed', '1', '--turns', '1000', '--out', join(dir, 'ok.json')];
      const r = denizens(flag === '--out' ? [...args.slice(0, -2), '--out', path] : [...args, flag, path]);
      expect(r.status, path).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(why);
      expect(readdirSync(dir)).not.toContain('ok.json');
    }
  });

  it('without --turns plays up to the map’s turn limit (help says so, and what a map without one gets)', () => {
    const training = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../maps/src/builtin/training.json'), 'utf8'),
    );
    const mapFile = join(dir, 'short-training.json');
    writeFileSync(mapFile, JSON.stringify({ ...training, id: 'short-training', turnLimit: 2 }));
    const out = join(dir, 'limit.replay.json');
    const s = denizens(['simulate', '--map', mapFile, '--seed', '1', '--out', out]);
    expect(s.stderr).toBe('');
    expect(s.status).toBe(0);
    expect(s.stdout).toMatch(/^simulated short-training seed 1: 2 turns, \d+ commands, defeat at turn 3,/);
    const replay = JSON.parse(readFileSync(out, 'utf8'));
    expect(replay.result.outcome).toBe('defeat');
    expect(denizens(['verify', out]).status).toBe(0);
    // --turns, when given, still wins over the map's limit
    const one = denizens(['simulate', '--map', mapFile, '--seed', '1', '--turns', '1', '--out', out]);
    expect(one.stdout).toMatch(/^simulated short-training seed 1: 1 turns, \d+ commands, ongoing at turn 2,/);
    const help = denizens(['simulate', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toContain(`default: the map's turn limit, or ${MAX_MISSION_TURNS} for a map without one`);
  });
});

describe('denizens verify output', () => {
  it('every verdict on stdout, one line per file in input order, then the summary; exit = worst verdict', () => {
    const r0 = JSON.parse(readFileSync(golden('training-seed1'), 'utf8'));
    r0.hashes[7] = '0000000000000000';
    const tampered = join(dir, 'tampered.replay.json');
    writeFileSync(tampered, JSON.stringify(r0));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'denizens-replay', version: REPLAY_VERSION }));
    const r = denizens(['verify', '--jobs', '1', tampered, golden('ship-seed1'), bad, join(dir, 'missing.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('');
    expect(r.lines).toHaveLength(5);
    expect(r.lines[0]).toMatch(
      /^DIVERGED .*tampered\.replay\.json at command #7 \(turn 1, [a-z_]+[^)]*\): expected 0000000000000000, got [0-9a-f]{16} \[map training \(built-in, [0-9a-f]{16}\)\]$/,
    );
    expect(r.lines[1]).toMatch(/^OK .*ship-seed1\.replay\.json: map ship/);
    expect(r.lines[2]).toMatch(/^INVALID .*bad\.json: \$\.engine: missing/);
    expect(r.lines[3]).toMatch(/^INVALID .*missing\.json: \$: no such file/);
    expect(r.lines[4]).toBe('4 replays: 1 OK, 1 DIVERGED, 2 INVALID');
    expect(r.stdout).not.toMatch(NO_STACK);
    expect(denizens(['verify', tampered]).status).toBe(1);
  });

  it('--explain says which unit and what events the re-simulated command produced', () => {
    const r0 = JSON.parse(readFileSync(golden('training-seed1'), 'utf8'));
    const i = r0.commands.findIndex((c: { type: string }) => c.type === 'move');
    r0.hashes[i] = 'ffffffffffffffff';
    const f = join(dir, 'explain.replay.json');
    writeFileSync(f, JSON.stringify(r0));
    const r = denizens(['verify', '--explain', f]);
    expect(r.status).toBe(1);
    expect(r.lines[0]).toMatch(new RegExp(`^DIVERGED .* at command #${i} \\(turn 1, move ${r0.commands[i].unit} → `));
    expect(r.stdout).toMatch(
      new RegExp(`unit ${r0.commands[i].unit} after the re-simulated command: at \\d+,\\d+, \\d+ HP`),
    );
    expect(r.stdout).toMatch(/events of the re-simulated command \(\d+\):\n {4}\{"type":"moved","unit"/);
  });
});
