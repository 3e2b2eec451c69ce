import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/validate/validate';
import { expectNoNewErrors, expectUndoRestores, given, splice, when } from './support';

describe('state.duplicate', () => {
  it('copies the state text, comments included, right after it under a new id', () => {
    const before = given('auth-jwt-scopes');
    const { text, selection } = when(before, 'state.duplicate', { state: 'checkScopes' });
    const original = before.slice(
      before.indexOf('    checkScopes:\n'),
      before.indexOf('\n\n    fetchUser:') + 1,
    );
    const { added } = splice(before, text);
    expect(added.trim()).toBe(original.replace('checkScopes:', 'checkScopesCopy:').trim());
    expect(text).toContain(
      original + '\n' + original.replace('checkScopes:', 'checkScopesCopy:') + '\n    fetchUser:',
    );
    expect(text.slice(selection!.start, selection!.end)).toBe('checkScopesCopy');
    expect(analyze(text).model.top.states.has('checkScopesCopy')).toBe(true);
    expectNoNewErrors(before, text);
    expectUndoRestores(before, text);
  });

  it('takes a given id and numbers further copies', () => {
    const before = given('http-failure-branch');
    const once = when(before, 'state.duplicate', { state: 'done', id: 'finished' }).text;
    expect(once).toContain('    finished:\n      type: succeed\n      outputVar: api\n');
    const twice = when(when(before, 'state.duplicate', { state: 'done' }).text, 'state.duplicate', {
      state: 'done',
    }).text;
    expect(analyze(twice).model.top.states.has('doneCopy2')).toBe(true);
  });
});
