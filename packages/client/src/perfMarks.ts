/** Start-up timings (ms since navigation start) for the benchmark: boot, renderer ready, textures, first playable frame. */
export const perfMarks: Record<string, number> = {};

export function mark(name: string): void {
  perfMarks[name] = Math.round(performance.now());
}
