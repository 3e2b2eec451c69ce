import { describe, expect, it } from 'vitest';
import {
  expectCommentsKept,
  expectNoNewErrors,
  expectUndoRestores,
  given,
  refused,
  when,
} from './support';

describe('state.remove', () => {
  it('removes a state and the default pointing at it, keeping the comments of the choice', () => {
    const before = given('auth-jwt-scopes');
    const { text } = when(before, 'state.remove', { state: 'scopeDenied' });
    expect(text).toBe(
      before
        .replace('      default: scopeDenied\n', '')
        .replace(
          '    scopeDenied:\n      type: fail\n      errorCode: JWT_SCOPE_DENIED\n      reason: "Token does not have required scopes"\n\n',
          '',
        ),
    );
    expectCommentsKept(before, text);
    expectUndoRestores(before, text);
  });

  it('removes choice branches that pointed at it', () => {
    const before = given('http-failure-branch');
    const { text } = when(before, 'state.remove', { state: 'failed' });
    expect(text).not.toMatch(/\bfailed\b/);
    expect(text).toContain('      choices: []\n      default: done\n');
    expect(text.endsWith('      outputVar: api\n')).toBe(true);
  });

  it('moves the start to the single successor of a removed start state', () => {
    const before = given('http-failure-branch');
    const { text } = when(before, 'state.remove', { state: 'call_api' });
    expect(text).toContain('  start: decide\n  states:\n    decide:\n');
    expectNoNewErrors(before, text);
  });

  it('removes the next of the predecessor in a chain', () => {
    const before = given('auth-jwt-scopes');
    const { text } = when(before, 'state.remove', { state: 'fetchUser' });
    expect(text).not.toMatch(/\bfetchUser\b/);
    expect(text).toContain('      default: scopeDenied\n\n    decide:\n');
  });

  it('refuses unknown states', () => {
    expect(refused(given('auth-jwt-scopes'), 'state.remove', { state: 'ghost' })).toMatch(
      /no state 'ghost'/,
    );
  });
});
