import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/commands/yaml-splice';
import { analyze } from '../../../src/core/validate/validate';
import {
  expectCommentsKept,
  expectNoNewErrors,
  expectUndoRestores,
  given,
  refused,
  when,
} from './support';

const FETCH_USER_BLOCK = /\n {4}fetchUser:\n[\s\S]*?\n {6}next: decide\n/;

/** The GRAPH-001 findings of a text, with their fixes (first the main one, then the alternatives). */
function dangling(text: string) {
  return analyze(text)
    .diagnostics.filter((d) => d.code === 'GRAPH-001')
    .map((d) => ({ d, fixes: [d.fix!, ...(d.alternatives ?? [])] }));
}

describe('state.remove', () => {
  it('removes only the state: a default pointing at it stays, to be re-pointed', () => {
    const before = given('auth-jwt-scopes');
    const { text } = when(before, 'state.remove', { state: 'scopeDenied' });
    expect(text).toBe(
      before.replace(
        '    scopeDenied:\n      type: fail\n      errorCode: JWT_SCOPE_DENIED\n      reason: "Token does not have required scopes"\n\n',
        '',
      ),
    );
    expect(text).toContain('      default: scopeDenied\n');
    expectCommentsKept(before, text);
    expectUndoRestores(before, text);
  });

  it('keeps the choice branch (predicate, comments and all) that led to the deleted state', () => {
    const before = given('auth-jwt-scopes');
    const { text } = when(before, 'state.remove', { state: 'fetchUser' });
    // Exactly the block of fetchUser goes; every byte of checkScopes stays.
    expect(text).toBe(before.replace(FETCH_USER_BLOCK, ''));
    expect(text).toContain('contains "read:users"');
    expect(text).toContain('          next: fetchUser\n      default: scopeDenied\n');
    expectCommentsKept(before, text);
    expectUndoRestores(before, text);
  });

  it("marks the dangling branch with fixes to point it at the deleted state's successor or remove it", () => {
    const text = when(given('auth-jwt-scopes'), 'state.remove', { state: 'fetchUser' }).text;
    const found = dangling(text);
    expect(found).toHaveLength(1);
    const { d, fixes } = found[0];
    expect(d.path).toBe('spec.states.checkScopes.choices[0].next');
    expect(text.slice(d.span.start, d.span.end)).toBe('fetchUser');
    expect(d.message).toMatch(/'checkScopes' points to unknown state 'fetchUser'/);
    expect(fixes.map((f) => f.title)).toEqual(["Point to 'decide'", 'Remove this branch']);

    const repointed = applyEdits(text, fixes[0].edits);
    expect(repointed).toContain('          next: decide\n      default: scopeDenied\n');
    expect(dangling(repointed)).toEqual([]);
    expectNoNewErrors(given('auth-jwt-scopes'), repointed);

    const removed = applyEdits(text, fixes[1].edits);
    expect(removed).not.toMatch(/\bfetchUser\b/);
    expect(removed).toContain('      choices: []\n      default: scopeDenied\n');
  });

  it('leaves every choice branch that pointed at it in place', () => {
    const before = given('http-failure-branch');
    const { text } = when(before, 'state.remove', { state: 'failed' });
    const branches = (t: string) => t.slice(t.indexOf('    decide:'), t.indexOf('      default: done'));
    expect(branches(text)).toBe(branches(before));
    expect(dangling(text).map(({ d }) => d.path)).toEqual(['spec.states.decide.choices[0].next']);
  });

  it('a dangling next can be removed by its fix', () => {
    const before = given('auth-jwt-scopes');
    const text = when(before, 'state.remove', { state: 'decide' }).text;
    const [{ d, fixes }] = dangling(text);
    expect(d.path).toBe('spec.states.fetchUser.next');
    expect(fixes.at(-1)!.title).toBe("Remove this 'next'");
    expect(applyEdits(text, fixes.at(-1)!.edits)).not.toMatch(/next: decide/);
  });

  it('moves the start to the single successor of a removed start state', () => {
    const before = given('http-failure-branch');
    const { text } = when(before, 'state.remove', { state: 'call_api' });
    expect(text).toContain('  start: decide\n  states:\n    decide:\n');
    expectNoNewErrors(before, text);
  });

  it('refuses unknown states', () => {
    expect(refused(given('auth-jwt-scopes'), 'state.remove', { state: 'ghost' })).toMatch(
      /no state 'ghost'/,
    );
  });
});
