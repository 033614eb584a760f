import { describe, expect, it } from 'vitest';
import { type KeyPress, keyIntent } from './keys';

const key = (k: string, more: Partial<KeyPress> = {}) =>
  keyIntent({ key: k, ctrl: false, shift: false, alt: false, onGrid: false, cell: 20, ...more });

describe('editor keys', () => {
  it('map tool letters, digits, H, Delete, Escape and zoom to intents', () => {
    expect(key('b')).toEqual({ kind: 'tool', tool: 'brush' });
    expect(key('K')).toEqual({ kind: 'tool', tool: 'breach' });
    expect(key('x')).toEqual({ kind: 'tool', tool: 'erase' });
    expect(key('h')).toEqual({ kind: 'layer', layer: 'toggle' });
    expect(key('7')).toEqual({ kind: 'digit', n: 7 });
    expect(key('Delete')).toEqual({ kind: 'remove' });
    expect(key('Backspace')).toEqual({ kind: 'remove' });
    expect(key('Escape')).toEqual({ kind: 'deselect' });
    expect(key('+')).toEqual({ kind: 'zoom', cell: 24 });
    expect(key('-')).toEqual({ kind: 'zoom', cell: 16 });
    expect(key('q')).toBeNull();
  });

  it('Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo; other Ctrl and Alt keys are left alone', () => {
    expect(key('z', { ctrl: true })).toEqual({ kind: 'undo' });
    expect(key('y', { ctrl: true })).toEqual({ kind: 'redo' });
    expect(key('Z', { ctrl: true, shift: true })).toEqual({ kind: 'redo' });
    expect(key('b', { ctrl: true })).toBeNull();
    expect(key('b', { alt: true })).toBeNull();
  });

  it('arrows move the keyboard cursor (Shift: 4 tiles) and Space/Enter press, only on the focused grid', () => {
    expect(key('ArrowLeft', { onGrid: true })).toEqual({ kind: 'cursor', dx: -1, dy: 0 });
    expect(key('ArrowDown', { onGrid: true, shift: true })).toEqual({ kind: 'cursor', dx: 0, dy: 4 });
    expect(key(' ', { onGrid: true })).toEqual({ kind: 'activate' });
    expect(key('Enter', { onGrid: true })).toEqual({ kind: 'activate' });
    expect(key('ArrowLeft')).toBeNull();
    expect(key(' ')).toBeNull();
  });
});
