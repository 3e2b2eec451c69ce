/** Autosave never overwrites good work with nothing. */
import { describe, expect, it } from 'vitest';
import { replacesGoodWork } from '../../src/editor/files/persist';

describe('autosave guard', () => {
  it('does not write an empty text over saved work', () => {
    expect(replacesGoodWork({ text: '' }, { text: 'apiVersion: v1\n' })).toBe(false);
    expect(replacesGoodWork({ text: '  \n' }, { text: 'apiVersion: v1\n' })).toBe(false);
  });
  it('writes everything else, including unparseable text and a first empty document', () => {
    expect(replacesGoodWork({ text: 'spec: [' }, { text: 'apiVersion: v1\n' })).toBe(true);
    expect(replacesGoodWork({ text: '' }, undefined)).toBe(true);
    expect(replacesGoodWork({ text: '' }, { text: '' })).toBe(true);
  });
});
