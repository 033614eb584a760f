/**
 * The exit codes of `denizens` (the README's table). For `verify` the code is that of the worst verdict.
 *   0  everything verified (or the command succeeded)
 *   1  a replay DIVERGED or holds an ILLEGAL command
 *   2  INVALID input (unreadable, malformed, unknown map) or a usage error
 *   3  internal error of the tool (a bug)
 *   4  FAULT: the engine itself failed on a command (a bug in the rules, named to the command)
 */
export const EXIT = { ok: 0, mismatch: 1, invalid: 2, internal: 3, fault: 4 } as const;

/** How bad an exit code is: fault > internal > invalid > mismatch > ok. */
const SEVERITY: Record<number, number> = { 0: 0, 1: 1, 2: 2, 3: 3, 4: 4 };

/** The worse of two exit codes. */
export function worseExit(a: number, b: number): number {
  return (SEVERITY[b] ?? 5) > (SEVERITY[a] ?? 5) ? b : a;
}
