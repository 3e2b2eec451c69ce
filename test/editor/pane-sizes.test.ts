import { describe, expect, it } from 'vitest';
import { clampSize } from '../../src/editor/pane-sizes';

describe('pane sizes', () => {
  const viewport = { width: 1400, height: 900 };
  it('a dragged pane keeps a usable size and leaves room for the canvas', () => {
    expect(clampSize('code', 100, viewport)).toBe(240);
    expect(clampSize('code', 5000, viewport)).toBe(1400 - 170 - 240 - 240);
    expect(clampSize('code', 512.4, viewport)).toBe(512);
    expect(clampSize('dock', 10, viewport)).toBe(60);
    expect(clampSize('dock', 900, viewport)).toBe(630);
    expect(clampSize('side', 50, viewport)).toBe(200);
    expect(clampSize('side', 5000, viewport)).toBe(640);
  });
  it('on a window too small for the limits, the minimum wins', () => {
    expect(clampSize('code', 400, { width: 600, height: 400 })).toBe(240);
  });
});
