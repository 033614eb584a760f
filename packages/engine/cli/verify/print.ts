// How verdicts are written: one text line per file (plus indented --explain lines), or one JSON object per line
// (NDJSON, shape in schema/verify-output.schema.json), and the closing summary. Everything printed here is bounded:
// a verdict carries only short strings (commands are described, never echoed whole).
import type { MapInfo } from '../../src/replay/open';
import { STATUSES, type Verdict, type VerdictStatus } from './verdict';

/** One line whatever a message holds (messages from map checks may span lines). */
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, '; ');

const SOURCE_WORDS: Record<MapInfo['source'], string> = {
  builtin: 'built-in',
  given: 'from --map',
  embedded: 'embedded',
};

function mapWords(m: MapInfo | undefined): string {
  return m ? `map ${m.id} (${SOURCE_WORDS[m.source]}, ${m.hash})` : '';
}

/** The verdict as the lines text output prints for it: one line, then --explain lines indented by two spaces. */
export function verdictLines(v: Verdict): string[] {
  switch (v.status) {
    case 'ok':
      return [
        `OK ${v.file}: ${mapWords(v.map)}, ${v.outcome} at turn ${v.turn}, ${v.turns} turns, ${v.commands} commands, final hash ${v.hash}`,
      ];
    case 'diverged': {
      const where =
        v.index === undefined
          ? `at turn ${v.turn}: ${v.what}`
          : `at command #${v.index} (turn ${v.turn}, ${v.command})`;
      const lines = [
        oneLine(
          `DIVERGED ${v.file} ${where}: expected ${v.expected}, got ${v.got}${v.map && v.index !== undefined ? ` [${mapWords(v.map)}]` : ''}`,
        ),
      ];
      const x = v.explain;
      if (x) {
        lines.push(`  the hash before the command agrees: ${x.before}`);
        if (x.unit)
          lines.push(
            x.unit.found
              ? `  unit ${x.unit.id} after the re-simulated command: at ${x.unit.x},${x.unit.y}, ${x.unit.hp} HP, ${x.unit.ap} AP`
              : `  unit ${x.unit.id}: not in the game`,
          );
        lines.push(`  events of the re-simulated command (${x.events.length}):`);
        for (const e of x.events) lines.push(`    ${e}`);
        lines.push('  (the replay records only hashes, so this is what the re-simulation did; the recording differs)');
      }
      return lines;
    }
    case 'illegal':
      return [
        oneLine(`ILLEGAL ${v.file} at command #${v.index} (turn ${v.turn}, ${v.command}): ${v.code}: ${v.reason}`),
      ];
    case 'fault':
      return [
        oneLine(
          'index' in v
            ? `FAULT ${v.file} at command #${v.index} (turn ${v.turn}): ${v.message}`
            : `FAULT ${v.file}: ${v.message}`,
        ),
      ];
    case 'invalid':
      return [oneLine(`INVALID ${v.file}: ${v.path}: ${v.message}`)];
  }
}

/** The verdict as one NDJSON object (see schema/verify-output.schema.json). */
export function verdictJson(v: Verdict): Record<string, unknown> {
  return { type: 'verdict', ...v };
}

export type Counts = Record<VerdictStatus, number>;

export function emptyCounts(): Counts {
  return { ok: 0, diverged: 0, illegal: 0, fault: 0, invalid: 0 };
}

/** "12 replays: 10 OK, 1 DIVERGED, 1 INVALID" (plus how many verdicts came from the report when resuming). */
export function summaryLine(counts: Counts, fromReport: number): string {
  const total = STATUSES.reduce((n, s) => n + counts[s], 0);
  const parts = STATUSES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s.toUpperCase()}`);
  return `${total} replay${total === 1 ? '' : 's'}: ${parts.join(', ') || 'none'}${fromReport ? ` (${fromReport} already in the report, not verified again)` : ''}`;
}

export function summaryJson(counts: Counts, fromReport: number, exit: number): Record<string, unknown> {
  const files = STATUSES.reduce((n, s) => n + counts[s], 0);
  return { type: 'summary', files, ...counts, fromReport, exit };
}
