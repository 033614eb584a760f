import { describe, expect, it } from 'vitest';
import { type KeyContext, keyIntent } from './input';

const idle: KeyContext = {
  targeting: false,
  cursor: false,
  locked: false,
  buttonFocused: false,
  prompt: false,
  help: false,
};
const key = (k: string, ctx: Partial<KeyContext> = {}, mods = {}) =>
  keyIntent({ key: k, ...mods }, { ...idle, ...ctx });

describe('the key map', () => {
  it('pans with held arrows and keeps the page from scrolling', () => {
    expect(key('ArrowLeft')).toEqual({ intent: { type: 'pan_key', key: 'ArrowLeft', down: true }, prevent: true });
    expect(key('ArrowDown', { locked: true }).intent).toEqual({ type: 'pan_key', key: 'ArrowDown', down: true });
  });

  it('fires with Enter or F while aiming, and never ends the turn with Enter (Space does)', () => {
    expect(key('Enter', { targeting: true })).toEqual({ intent: { type: 'confirm' }, prevent: true });
    expect(key('F', { targeting: true }).intent).toEqual({ type: 'confirm' });
    expect(key('Enter', { cursor: true }).intent).toEqual({ type: 'cursor_click' });
    expect(key('Enter').intent).toBeNull();
    expect(key(' ')).toEqual({ intent: { type: 'end_turn' }, prevent: true });
    // asked "End the turn?": Space or Enter says yes, Escape no
    expect(key('Enter', { prompt: true }).intent).toEqual({ type: 'answer', yes: true });
    expect(key(' ', { prompt: true }).intent).toEqual({ type: 'answer', yes: true });
    expect(key('Escape', { prompt: true }).intent).toEqual({ type: 'cancel' });
    // a focused HUD button takes Space and Enter itself
    expect(key(' ', { buttonFocused: true })).toEqual({ intent: null, prevent: true });
  });

  it('acts on the keyboard cursor with F, and moves it with W/A/S/D', () => {
    expect(key('f', { cursor: true }).intent).toEqual({ type: 'cursor_click' });
    expect(key('f').intent).toBeNull();
    expect(key('w').intent).toEqual({ type: 'cursor', dx: 0, dy: -1 });
    expect(key('D').intent).toEqual({ type: 'cursor', dx: 1, dy: 0 });
  });

  it('cycles with Tab (Shift+Tab back), cancels with Escape, undoes with U, Backspace or Ctrl+Z', () => {
    expect(key('Tab')).toEqual({ intent: { type: 'cycle', dir: 1 }, prevent: true });
    expect(key('Tab', {}, { shift: true }).intent).toEqual({ type: 'cycle', dir: -1 });
    expect(key('Escape').intent).toEqual({ type: 'cancel' });
    for (const [k, mods] of [
      ['u', {}],
      ['Backspace', {}],
      ['z', { ctrl: true }],
      ['Z', { meta: true }],
    ] as const)
      expect(key(k, {}, mods).intent).toEqual({ type: 'undo' });
  });

  it('chooses actions by digit or letter, but not with a modifier held', () => {
    expect(key('2').intent).toMatchObject({ type: 'action', action: { id: 'shoot' } });
    expect(key('o').intent).toMatchObject({ type: 'action', action: { id: 'overwatch' } });
    expect(key('o', {}, { ctrl: true }).intent).toBeNull();
  });

  it('while animating, only camera, speed, text and skip keys do anything', () => {
    const locked = { locked: true, targeting: true, cursor: true };
    for (const k of ['Tab', 'Escape', 'Enter', ' ', 'f', 'u', 'w', '2']) expect(key(k, locked).intent).toBeNull();
    expect(key('x', locked).intent).toEqual({ type: 'skip' });
    expect(key('+', locked).intent).toEqual({ type: 'zoom', factor: 1.2 });
    expect(key('c', locked).intent).toEqual({ type: 'centre' });
    expect(key('.', locked).intent).toEqual({ type: 'speed', delta: 1 });
    expect(key('[', locked).intent).toEqual({ type: 'text_size', delta: -1 });
  });

  it('opens the key help with ? (even while animating) and closes it with ? or Escape', () => {
    expect(key('?')).toEqual({ intent: { type: 'help', open: true }, prevent: true });
    expect(key('?', { locked: true }).intent).toEqual({ type: 'help', open: true });
    expect(key('?', { help: true }).intent).toEqual({ type: 'help', open: false });
    expect(key('Escape', { help: true, locked: true }).intent).toEqual({ type: 'help', open: false });
  });
});
