import { describe, expect, it } from 'vitest';
import { clampSize, defaultCollapsed } from '../../src/editor/pane-sizes';
import { paneForKey } from '../../src/editor/layout/pane-keys';

describe('pane sizes', () => {
  const viewport = { width: 1400, height: 900 };
  it('a dragged pane keeps a usable size and leaves room for the canvas', () => {
    expect(clampSize('code', 100, viewport)).toBe(240);
    expect(clampSize('code', 5000, viewport)).toBe(1400 - 150 - 240 - 240);
    expect(clampSize('code', 512.4, viewport)).toBe(512);
    expect(clampSize('dock', 10, viewport)).toBe(60);
    expect(clampSize('dock', 900, viewport)).toBe(630);
    expect(clampSize('side', 50, viewport)).toBe(200);
    expect(clampSize('side', 5000, viewport)).toBe(640);
  });
  it('on a window too small for the limits, the minimum wins', () => {
    expect(clampSize('code', 400, { width: 600, height: 400 })).toBe(240);
  });
  it('the code pane starts collapsed only on a narrow window', () => {
    expect(defaultCollapsed(1024)).toEqual(['code']);
    expect(defaultCollapsed(1280)).toEqual([]);
    expect(defaultCollapsed(1440)).toEqual([]);
  });
});

describe('pane keys', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; altKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) =>
    paneForKey({ key: k, ctrlKey: true, altKey: true, metaKey: false, shiftKey: false, ...mods });
  it('Ctrl+Alt+1…4 are the palette, the code pane, the side and the bottom panels', () => {
    expect(['1', '2', '3', '4'].map((k) => key(k))).toEqual(['palette', 'code', 'side', 'dock']);
  });
  it('other keys and modifiers are left alone (AltGr typing reports the character, not the digit)', () => {
    expect(key('5')).toBeUndefined();
    expect(key('²')).toBeUndefined();
    expect(key('1', { altKey: false })).toBeUndefined();
    expect(key('1', { ctrlKey: false })).toBeUndefined();
    expect(key('1', { shiftKey: true })).toBeUndefined();
  });
  it('on a Mac, where Option changes the character, the physical digit key counts', () => {
    const e = { key: '¡', code: 'Digit1', ctrlKey: true, altKey: true, metaKey: false, shiftKey: false };
    expect(paneForKey(e, true)).toBe('palette');
    expect(paneForKey(e, false)).toBeUndefined();
  });
});
