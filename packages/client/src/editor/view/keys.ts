import type { Intent } from '../intents';
import { TOOLS } from '../tools';

/** The keys a handler needs to map a key press (a plain object, so the mapping is tested without a browser). */
export interface KeyPress {
  key: string;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  /** The grid has the focus: arrows move the keyboard cursor, Space and Enter press. */
  onGrid: boolean;
  /** The grid's current cell size in pixels (for + and −). */
  cell: number;
}

/** The intent a key press asks for, or null when the editor leaves the key alone. */
export function keyIntent(k: KeyPress): Intent | null {
  const key = k.key.toLowerCase();
  if (k.ctrl) {
    if (key === 'z' && !k.shift) return { kind: 'undo' };
    if (key === 'y' || (key === 'z' && k.shift)) return { kind: 'redo' };
    return null;
  }
  if (k.alt) return null;
  if (k.onGrid) {
    const step = k.shift ? 4 : 1;
    if (k.key === 'ArrowLeft') return { kind: 'cursor', dx: -step, dy: 0 };
    if (k.key === 'ArrowRight') return { kind: 'cursor', dx: step, dy: 0 };
    if (k.key === 'ArrowUp') return { kind: 'cursor', dx: 0, dy: -step };
    if (k.key === 'ArrowDown') return { kind: 'cursor', dx: 0, dy: step };
    if (k.key === ' ' || k.key === 'Enter') return { kind: 'activate' };
  }
  const tool = TOOLS.find((t) => t.key.toLowerCase() === key);
  if (tool) return { kind: 'tool', tool: tool.id };
  if (key === 'h') return { kind: 'layer', layer: 'toggle' };
  if (/^[0-9]$/.test(key)) return { kind: 'digit', n: Number(key) };
  if (key === 'delete' || key === 'backspace') return { kind: 'remove' };
  if (key === 'escape') return { kind: 'deselect' };
  if (key === '+' || key === '=') return { kind: 'zoom', cell: k.cell + 4 };
  if (key === '-') return { kind: 'zoom', cell: k.cell - 4 };
  return null;
}
